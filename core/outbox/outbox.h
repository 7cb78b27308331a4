#pragma once

#include "outboxrow.h"
#include "retrypolicy.h"
#include "util/result.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>

#include <functional>
#include <map>
#include <memory>
#include <optional>

class Database;
struct ProviderResult;

// How a new broadcast starts: now, or at a time (it then waits as "scheduled").
struct OutboxBroadcastOptions
{
    QString title;
    QDateTime scheduledAt; // invalid or past: at once
    // A reply to one customer (from Replies, or a STOP confirmation): sent like any broadcast, but not listed
    // under Activity.
    bool reply = false;
};

// The persistent queue. Rows are written before anything is sent, claimed ("sending") with a lease in a committed
// transaction before their requests leave, and updated with every outcome by the lease holder only; every attempt
// is logged. Several processes may share the database: a row whose holder stopped renewing its lease becomes
// "unconfirmed", never resent silently.
class QSqlQuery;

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
        qint64 pollAtMs = 0; // accepted by a provider that is asked for the status (Twilio without callbacks)
    };

    using BroadcastOptions = OutboxBroadcastOptions;

    // Who holds a claim, and until when (wall-clock milliseconds).
    struct Lease
    {
        QString owner;
        qint64 untilMs = 0;
    };

    // What record() did: rows whose lease this worker no longer held are left as another worker put them.
    struct Recorded
    {
        int recorded = 0;
        QList<qint64> lost;
    };

    // What the owner (or Tandem, after checking with the provider) decides about an unconfirmed row.
    enum class Resolution
    {
        Accepted, // it did arrive: the provider's id is known
        Resend,
        Drop,
    };

    // Called every few thousand rows while a broadcast is written; returning false cancels it (nothing is kept).
    using Progress = std::function<bool(int done, int total)>;

    explicit Outbox(Database& database);
    ~Outbox();
    Outbox(const Outbox&) = delete;
    Outbox& operator=(const Outbox&) = delete;

    Result<qint64> createBroadcast(qint64 profileId,
        const OutgoingMessage& message,
        const QList<Recipient>& recipients,
        const BroadcastOptions& options = {},
        const Progress& progress = {});
    Result<Broadcast> broadcast(qint64 id) const;
    // Broadcasts, newest first; replies to single customers are left out.
    Result<QList<Broadcast>> broadcasts() const;
    // Every broadcast, newest first, with its counts, in two queries.
    Result<QList<BroadcastSummary>> summaries() const;
    // Scheduled broadcasts whose time has come start running. Returns how many started.
    Result<int> startScheduled(qint64 nowMs);

    // Profiles with rows due now (queued or retry_wait, time reached, broadcast running; or unconfirmed and due
    // for a check).
    Result<QList<qint64>> profilesWithDueRows(qint64 nowMs) const;
    // Profiles with accepted rows whose status is due to be asked for.
    Result<QList<qint64>> profilesWithDuePolls(qint64 nowMs) const;
    // Moves up to `limit` due rows of this profile to "sending" (attempts + 1) under the lease and returns them.
    Result<QList<OutboxRow>> claimDue(qint64 profileId, int limit, qint64 nowMs, const Lease& lease);
    // Records finished attempts in one transaction, for the rows this owner still holds.
    Result<Recorded> record(const QList<Completion>& completions, const QString& owner);
    // Puts claimed rows back untouched (the pair limit said "not yet"), all of them or none.
    Status release(const QList<OutboxRow>& rows, qint64 notBeforeMs, const QString& owner);
    // Extends the leases of every row this owner has in flight. Returns how many.
    Result<int> renewLeases(const Lease& lease);
    // Rows whose holder stopped renewing its lease (the program stopped or hangs) become unconfirmed with the
    // reason. Returns how many.
    Result<int> expireLeases(qint64 nowMs, const QString& reason);

    // Unconfirmed rows of these senders due for a check (next_attempt_at reached), oldest first, for the reconciler.
    Result<QList<OutboxRow>> unconfirmed(const QList<qint64>& profileIds, qint64 nowMs, int limit) const;
    // When to look at an unconfirmed row again, and what to tell the owner meanwhile.
    Status scheduleCheck(qint64 rowId, qint64 atMs, const QString& reason);
    // The provider ids recorded for messages to this recipient: a lookup must not mistake one of them for a new one.
    Result<QSet<QString>> knownProviderIds(const QString& recipient) const;
    // Accepted: the row gets the provider's id (and a status poll at pollAtMs, when given), and the status reports
    // that waited for that id apply.
    Status resolveUnconfirmed(
        qint64 rowId, Resolution resolution, const QString& providerMessageId = {}, qint64 pollAtMs = 0);
    // Tandem checked with the provider and found nothing: send once more, counting it in `resends`.
    Status resendUnconfirmed(qint64 rowId);
    // Resend or drop every unconfirmed row of a broadcast. Returns how many.
    Result<int> resolveAllUnconfirmed(qint64 broadcastId, Resolution resolution);

    Result<QList<OutboxRow>> rows(qint64 broadcastId, OutboxState state, int limit = 10000) const;
    // Rows in this state across every broadcast, oldest first, at most `limit`.
    Result<QList<OutboxRow>> rows(OutboxState state, int limit) const;
    Result<std::optional<OutboxRow>> row(qint64 rowId) const;
    // One page of a broadcast's rows in id order after `afterId`, optionally only one state: the activity view
    // reads 100,000 recipients this way, never all at once.
    Result<QList<OutboxRow>> rowsPage(
        qint64 broadcastId, qint64 afterId, int limit, std::optional<OutboxState> state = std::nullopt) const;
    // Rows of a broadcast with ids up to `maxId` changed at or after `sinceMs` (updated_at, wall-clock ms), at most
    // `limit` of them, oldest change first.
    Result<QList<OutboxRow>> rowsUpdatedSince(qint64 broadcastId, qint64 sinceMs, qint64 maxId, int limit) const;

    Result<QHash<OutboxState, int>> counts(qint64 broadcastId) const;
    // Takes up to `limit` accepted rows of these senders whose status is due to be asked for (next_poll_at reached),
    // oldest first, and holds them until holdUntilMs (when they are due again if no answer was recorded).
    Result<QList<OutboxRow>> claimPolls(const QList<qint64>& profileIds, qint64 nowMs, int limit, qint64 holdUntilMs);
    // When to ask for the status (0: never: it is final).
    Status schedulePoll(qint64 rowId, qint64 atMs);
    // The status was asked for once more; the next time is atMs (0: never).
    Status polled(qint64 rowId, qint64 nextAtMs);
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
    Status requeueUnconfirmed(qint64 rowId, bool byTandem);
    Result<QList<OutboxRow>> selectRows(
        const QString& where, const QVariantList& values, int limit, const QString& order = QString()) const;

    // A statement the dispatcher runs many times a second, prepared once: SQLite parses every prepare afresh.
    QSqlQuery& prepared(const QString& sql) const;

    Database& m_database;
    mutable std::map<QString, std::unique_ptr<QSqlQuery>> m_prepared;
};
