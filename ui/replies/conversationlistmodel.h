#pragma once

#include "inbox/inbox.h"

#include <QAbstractListModel>

// The customers who wrote, newest first: name (or number), their last message, when, and how many the owner has
// not read. setConversations() replaces the list read elsewhere (off the window's thread), keeping the rows that
// did not change, so the selection stays.
class ConversationListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        ContactIdRole = Qt::UserRole + 1,
        UnreadRole,
        ProfileIdRole,
    };

    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    void setConversations(const QList<Conversation>& conversations);
    const Conversation* conversation(int row) const;
    int rowOf(qint64 contactId) const;
    int unreadTotal() const;

private:
    QList<Conversation> m_conversations;
};
