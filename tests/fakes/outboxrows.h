#pragma once

// Rows in the states the receiver's tests start from, written through the real Outbox as the dispatcher writes them,
// and read back by state.
#include "outbox/outbox.h"
#include "storage/database.h"

#include <QSqlQuery>

// A one-recipient broadcast whose row the provider accepted with this message id; returns the row's id.
inline qint64 acceptedRow(Outbox& outbox, qint64 profileId, const QString& recipient, const QString& messageId)
{
    OutgoingMessage m;
    m.text = QStringLiteral("Your order is ready");
    outbox.broadcasts().create(profileId, m, {{recipient, {}}});
    const QList<OutboxRow> rows
        = outbox.queue().claimDue(profileId, 1, 1000, {QStringLiteral("w"), 10'000'000}).value();
    if (rows.size() != 1)
        qFatal("test: no row claimed");
    Outbox::Completion c;
    c.row = rows.first();
    c.sentThroughProfileId = profileId;
    c.providerMessageId = messageId;
    c.decision.state = OutboxState::Accepted;
    c.atMs = 1000;
    if (!outbox.queue().record({c}, QStringLiteral("w")).isOk())
        qFatal("test: the outcome was not recorded");
    return rows.first().id;
}

inline QString rowState(Database& database, qint64 row)
{
    QSqlQuery q(database.connection());
    q.prepare(QStringLiteral("SELECT state FROM outbox WHERE id = ?"));
    q.addBindValue(row);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}
