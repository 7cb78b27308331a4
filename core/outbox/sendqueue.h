#pragma once

#include "model/providererror.h"
#include "outboxrow.h"
#include "retrypolicy.h"
#include "util/result.h"

#include <QList>

#include <map>
#include <memory>

class Database;
class QSqlQuery;

// The outbox's queue: rows are claimed ("sending") with a lease in a committed transaction before their requests
// leave, outcomes are recorded by the lease holder only, with every attempt logged, and a row whose holder stopped
// renewing its lease becomes "unconfirmed", never resent silently. Several processes may share the database.
class SendQueue
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

    explicit SendQueue(Database& database);
    ~SendQueue();
    SendQueue(const SendQueue&) = delete;
    SendQueue& operator=(const SendQueue&) = delete;

    // Profiles with rows due now (queued or retry_wait, time reached, broadcast running; or unconfirmed and due
    // for a check).
    Result<QList<qint64>> profilesWithDueRows(qint64 nowMs) const;
    // Moves up to `limit` due rows of this profile to "sending" (attempts + 1) under the lease and returns them.
    Result<QList<OutboxRow>> claimDue(qint64 profileId, int limit, qint64 nowMs, const Lease& lease);
    // Records finished attempts in one transaction, for the rows this owner still holds.
    Result<Recorded> record(const QList<Completion>& completions, const QString& owner);
    // Claimed rows Admission left out at their turn: "skipped", with the reason, the attempt not counted.
    struct Skip
    {
        OutboxRow row;
        QString reason; // LeftOut's name: opted_out, outside_window, …
        QString explanation;
    };
    Status skip(const QList<Skip>& rows, const QString& owner);
    // Puts claimed rows back untouched (the pair limit said "not yet"), all of them or none.
    Status release(const QList<OutboxRow>& rows, qint64 notBeforeMs, const QString& owner);
    // Extends the leases of every row this owner has in flight. Returns how many.
    Result<int> renewLeases(const Lease& lease);
    // Rows whose holder stopped renewing its lease (the program stopped or hangs) become unconfirmed with the
    // reason. Returns how many.
    Result<int> expireLeases(qint64 nowMs, const QString& reason);

private:
    // A statement the dispatcher runs many times a second, prepared once: SQLite parses every prepare afresh.
    QSqlQuery& prepared(const QString& sql) const;

    Database& m_database;
    mutable std::map<QString, std::unique_ptr<QSqlQuery>> m_prepared;
};
