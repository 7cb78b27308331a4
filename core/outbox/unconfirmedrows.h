#pragma once

#include "outboxrow.h"
#include "util/result.h"

#include <QList>
#include <QSet>

class Database;
class StatusPolls;

// Rows whose outcome is unknown: the request may have reached the provider but no answer came. They wait here for
// a check with the provider (the reconciler), or for the owner's decision, and are never resent silently.
class UnconfirmedRows
{
public:
    // What the owner (or Tandem, after checking with the provider) decides about an unconfirmed row.
    enum class Resolution
    {
        Accepted, // it did arrive: the provider's id is known
        Resend,
        Drop,
    };

    UnconfirmedRows(Database& database, StatusPolls& polls);

    // Unconfirmed rows of these senders due for a check (next_attempt_at reached), oldest first, for the reconciler.
    Result<QList<OutboxRow>> due(const QList<qint64>& profileIds, qint64 nowMs, int limit) const;
    // When to look at an unconfirmed row again, and what to tell the owner meanwhile.
    Status scheduleCheck(qint64 rowId, qint64 atMs, const QString& reason);
    // The provider ids recorded for messages to this recipient: a lookup must not mistake one of them for a new one.
    Result<QSet<QString>> knownProviderIds(const QString& recipient) const;
    // Accepted: the row gets the provider's id (and a status poll at pollAtMs, when given), and the status reports
    // that waited for that id apply.
    Status resolve(qint64 rowId, Resolution resolution, const QString& providerMessageId = {}, qint64 pollAtMs = 0);
    // Tandem checked with the provider and found nothing: send once more, counting it in `resends`.
    Status resend(qint64 rowId);
    // Resend or drop every unconfirmed row of a broadcast. Returns how many.
    Result<int> resolveAll(qint64 broadcastId, Resolution resolution);

private:
    Status requeue(qint64 rowId, bool byTandem);

    Database& m_database;
    StatusPolls& m_polls;
};
