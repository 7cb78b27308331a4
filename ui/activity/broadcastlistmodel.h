#pragma once

#include "outbox/outboxrow.h"
#include "util/result.h"

#include <QAbstractTableModel>
#include <QHash>

class Outbox;
class ProfileRepository;

// Every broadcast, newest first, with its progress and counts. refresh() reads the counts again and reports only
// what changed (new broadcasts are inserted at the top), so selections survive the live updates. The reading can
// happen elsewhere (the activity view reads off the window's thread): read() then apply().
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
        SkippedColumn, // left out at their turn: opted out since, window closed
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        ProgressRole, // 0..100
    };

    // What one look at the outbox found.
    struct Snapshot
    {
        QList<BroadcastSummary> summaries;
        QHash<qint64, QString> senderNames;
    };

    BroadcastListModel(Outbox& outbox, ProfileRepository& profiles, QObject* parent = nullptr);

    QString refresh();
    static Result<Snapshot> read(Outbox& outbox, ProfileRepository& profiles);
    void apply(const Snapshot& snapshot);
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
