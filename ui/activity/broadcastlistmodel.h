#pragma once

#include "outbox/outboxrow.h"

#include <QAbstractTableModel>
#include <QHash>

class Outbox;
class ProfileRepository;

// Every broadcast, newest first, with its progress and counts. refresh() reads the counts again and reports only
// what changed (new broadcasts are inserted at the top), so selections survive the live updates.
class BroadcastListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        TitleColumn,
        SenderColumn,
        StateColumn,
        ProgressColumn,
        WaitingColumn,
        AcceptedColumn,
        DeliveredColumn,
        ReadColumn,
        FailedColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        ProgressRole, // 0..100
    };

    BroadcastListModel(Outbox& outbox, ProfileRepository& profiles, QObject* parent = nullptr);

    QString refresh();
    BroadcastSummary summary(int row) const;
    int rowOf(qint64 broadcastId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Outbox& m_outbox;
    ProfileRepository& m_profiles;
    QList<BroadcastSummary> m_rows;
    QHash<qint64, QString> m_senderNames;
};
