#pragma once

#include "outboxrow.h"
#include "util/result.h"

#include <QDateTime>
#include <QHash>
#include <QList>

#include <functional>
#include <optional>

class Database;

// How a new broadcast starts: now, or at a time (it then waits as "scheduled").
struct OutboxBroadcastOptions
{
    QString title;
    QDateTime scheduledAt; // invalid or past: at once
    // A reply to one customer (from Replies, or a STOP confirmation): sent like any broadcast, but not listed
    // under Activity.
    bool reply = false;
    // What Admission needs for its last look before each row goes out (see Broadcast).
    QString category;
    bool ignoreWindow = false;
    bool confirmsOptOut = false;
    // The most it may cost, in US dollars (its rows' estimates added up); none: no limit of its own.
    std::optional<double> budgetUsd;
};

// Broadcasts as a whole: writing one with its rows, reading them with their counts, and the owner's controls
// (pause, resume, cancel, retry), and the dispatcher's (start the scheduled ones, finish the completed ones).
class Broadcasts
{
public:
    using Options = OutboxBroadcastOptions;
    // Called every few thousand rows while a broadcast is written; returning false cancels it (nothing is kept).
    using Progress = std::function<bool(int done, int total)>;

    explicit Broadcasts(Database& database);

    Result<qint64> create(qint64 profileId,
        const OutgoingMessage& message,
        const QList<Recipient>& recipients,
        const Options& options = {},
        const Progress& progress = {});
    Result<Broadcast> find(qint64 id) const;
    // Broadcasts, newest first; replies to single customers are left out.
    Result<QList<Broadcast>> list() const;
    // Every broadcast, newest first, with its counts, in two queries.
    Result<QList<BroadcastSummary>> summaries() const;
    Result<QHash<OutboxState, int>> counts(qint64 broadcastId) const;
    // Scheduled broadcasts whose time has come start running. Returns how many started.
    Result<int> startScheduled(qint64 nowMs);
    Status pause(qint64 broadcastId, const QString& reason);
    // Pauses every running broadcast of a sender that cannot send (its token cannot be read, say).
    Status pauseSender(qint64 profileId, const QString& reason);
    Status resume(qint64 broadcastId);
    Status cancel(qint64 broadcastId);
    Status retryFailed(qint64 broadcastId);
    // Sends the failed rows again through another sender (the backup profile).
    Status retryFailedThrough(qint64 broadcastId, qint64 profileId);
    // Estimates again what the broadcast's rows that have not gone out through this sender will cost there, as
    // `create` estimated them for the first: after they were given to another sender (a backup, a moved number), whose
    // provider's fee differs. Runs inside the caller's transaction when it has one.
    Status reprice(qint64 broadcastId, qint64 profileId);
    // Marks running broadcasts with nothing left to send as finished.
    Status finishCompleted();

private:
    Database& m_database;
};
