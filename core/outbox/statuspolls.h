#pragma once

#include "outboxrow.h"
#include "util/result.h"

#include <QList>

class Database;

// When Tandem asks a provider (Twilio without callbacks) about the status of messages it accepted: accepted rows
// carry the time of their next question, taken by the status poller a few at a time.
class StatusPolls
{
public:
    explicit StatusPolls(Database& database);

    // Profiles with accepted rows whose status is due to be asked for.
    Result<QList<qint64>> profilesWithDue(qint64 nowMs) const;
    // Takes up to `limit` accepted rows of these senders whose status is due to be asked for (next_poll_at reached),
    // oldest first, and holds them until holdUntilMs (when they are due again if no answer was recorded).
    Result<QList<OutboxRow>> claim(const QList<qint64>& profileIds, qint64 nowMs, int limit, qint64 holdUntilMs);
    // When to ask for the status (0: never: it is final).
    Status schedule(qint64 rowId, qint64 atMs);
    // The status was asked for once more; the next time is atMs (0: never).
    Status polled(qint64 rowId, qint64 nextAtMs);

private:
    Database& m_database;
};
