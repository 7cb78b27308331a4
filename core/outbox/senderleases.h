#pragma once

#include "util/result.h"

#include <QList>
#include <QString>

class Database;

// One process at a time sends for a sender, however many Tandems share the database: the window, `tandem-cli
// outbox run`, a second window, a server. The owner holds a lease it renews; when it stops renewing (it was killed,
// or hangs), another takes the sender over once the lease has expired. So a sender's pace is kept by one token
// bucket, never by two adding up.
class SenderLeases
{
public:
    // Who sends for a sender now, for the window to show.
    struct Holder
    {
        qint64 profileId = 0;
        QString owner; // the worker's id
        QString holder; // a label a person can read: computer, program, process
        qint64 expiresAtMs = 0;
    };

    explicit SenderLeases(Database& database);

    // Takes the sender for this owner until `untilMs`, or renews it; refused while another owner's lease runs.
    // True when this owner holds it afterwards.
    Result<bool> acquire(qint64 profileId, const QString& owner, const QString& holder, qint64 nowMs, qint64 untilMs);
    // Renews every sender this owner holds and returns them (a sender missing from the list was lost).
    Result<QList<qint64>> renew(const QString& owner, qint64 untilMs);
    Status release(const QString& owner);
    Status release(qint64 profileId, const QString& owner);
    // The leases still running at `nowMs`.
    Result<QList<Holder>> holders(qint64 nowMs) const;

private:
    Database& m_database;
};
