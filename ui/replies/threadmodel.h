#pragma once

#include "inbox/inbox.h"

#include <QAbstractListModel>

// One customer's messages both ways, oldest at the top: what they wrote (left) and what Tandem sent them, broadcasts
// included, with where each stands (right). Pages of older messages are added at the top as the owner scrolls up
// (canFetchMore/fetchMore asks the view to read them: olderThan()).
class ThreadModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        InboundRole = Qt::UserRole + 1,
        AtRole, // ms since epoch
    };
    static constexpr int kPageSize = 100;

    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    // A new thread (newest page, newest first as Inbox::thread returns it).
    void setThread(qint64 contactId, const QList<ThreadEntry>& newestFirst);
    // An older page was read (newest first): added at the top.
    void addOlder(const QList<ThreadEntry>& newestFirst);
    qint64 contactId() const;
    qint64 oldestAtMs() const;
    // A message of the owner's in it is still on its way out (queued, waiting for a retry, being sent).
    bool hasMessageOnItsWay() const;

Q_SIGNALS:
    // The view should read the page older than this (the model does not read the database itself).
    void olderWanted(qint64 contactId, qint64 beforeMs);

private:
    qint64 m_contactId = 0;
    QList<ThreadEntry> m_entries; // oldest first
    bool m_more = false;
    bool m_asked = false;
};
