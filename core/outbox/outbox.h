#pragma once

#include "outboxrow.h"
#include "retrypolicy.h"
#include "util/result.h"

#include <QDateTime>
#include <QHash>
#include <QList>

#include <optional>

class Database;
struct ProviderResult;

// The persistent queue. Rows are written before anything is sent, claimed ("sending") in a committed
// transaction before their requests leave, and updated with every outcome; every attempt is logged.
class Outbox
{
public:
    // The outcome of one attempt, as the dispatcher hands it back.
    struct Completion
    {
        OutboxRow row;
        qint64 sentThroughProfileId = 0;
        QString providerMessageId;
        ProviderError error;
        RetryDecision decision;
        qint64 atMs = 0;
        qint64 reroutedToProfileId = 0; // fallback: the row goes to this backup sender next
    };

    // How a new broadcast starts: now, or at a time (it then waits as "scheduled").
    struct BroadcastOptions
    {
        QString title;
        QDateTime scheduledAt; // invalid or past: at once
    };

    explicit Outbox(Database& database);

    Result<qint64> createBroadcast(qint64 profileId,
        const OutgoingMessage& message,
        const QList<Recipient>& recipients,
        const BroadcastOptions& options = {});
    Result<Broadcast> broadcast(qint64 id) const;
    Result<QList<Broadcast>> broadcasts() const;
    // Every broadcast, newest first, with its counts, in two queries.
    Result<QList<BroadcastSummary>> summaries() const;
    // Scheduled broadcasts whose time has come start running. Returns how many started.
    Result<int> startScheduled(qint64 nowMs);

    // Profiles with rows due now (queued or retry_wait, time reached, broadcast running).
    Result<QList<qint64>> profilesWithDueRows(qint64 nowMs) const;
    // Moves up to `limit` due rows of this profile to "sending" (attempts + 1) and returns them.
    Result<QList<OutboxRow>> claimDue(qint64 profileId, int limit, qint64 nowMs);
    // Records finished attempts in one transaction.
    Status record(const QList<Completion>& completions);
    // Puts claimed rows back untouched (the pair limit said "not yet").
    Status release(const QList<OutboxRow>& rows, qint64 notBeforeMs);

    // On start: rows left "sending" by a run that stopped become "unconfirmed". Returns how many.
    Result<int> markInFlightUnconfirmed();
    Result<QList<OutboxRow>> rows(qint64 broadcastId, OutboxState state) const;
    // Rows in this state across every broadcast.
    Result<QList<OutboxRow>> rows(OutboxState state) const;
    // One page of a broadcast's rows in id order after `afterId`, optionally only one state: the activity view
    // reads 100,000 recipients this way, never all at once.
    Result<QList<OutboxRow>> rowsPage(
        qint64 broadcastId, qint64 afterId, int limit, std::optional<OutboxState> state = std::nullopt) const;
    // Rows of a broadcast with ids up to `maxId` changed at or after `sinceMs` (updated_at, wall-clock ms).
    Result<QList<OutboxRow>> rowsUpdatedSince(qint64 broadcastId, qint64 sinceMs, qint64 maxId) const;
    Status resolveUnconfirmed(qint64 rowId, bool resend, const QString& providerMessageId = {});

    Result<QHash<OutboxState, int>> counts(qint64 broadcastId) const;
    Status pause(qint64 broadcastId, const QString& reason);
    // Pauses every running broadcast of a sender that cannot send (its token cannot be read, say).
    Status pauseSender(qint64 profileId, const QString& reason);
    Status resume(qint64 broadcastId);
    Status cancel(qint64 broadcastId);
    Status retryFailed(qint64 broadcastId);
    // Sends the failed rows again through another sender (the backup profile).
    Status retryFailedThrough(qint64 broadcastId, qint64 profileId);
    // Marks running broadcasts with nothing left to send as finished.
    Status finishCompleted();

private:
    Result<QList<OutboxRow>> selectRows(const QString& where, const QVariantList& values, int limit = -1) const;

    Database& m_database;
};
