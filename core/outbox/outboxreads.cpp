#include "outboxreads.h"

#include "outboxsql.h"
#include "storage/database.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace OutboxSql;

OutboxReads::OutboxReads(Database& database) : m_database(database)
{ }

Result<QList<OutboxRow>> OutboxReads::select(
    const QString& where, const QVariantList& values, int limit, const QString& order) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT "_s + kRowColumns + u" FROM outbox WHERE "_s + where + u" ORDER BY "_s
        + (order.isEmpty() ? u"id"_s : order) + u" LIMIT ?"_s);
    for (const QVariant& v : values)
        q.addBindValue(v);
    q.addBindValue(limit);
    if (!q.exec())
        return failed(q);
    QList<OutboxRow> result;
    while (q.next())
        result << rowFrom(q);
    return result;
}

Result<QList<OutboxRow>> OutboxReads::page(
    qint64 broadcastId, qint64 afterId, int limit, std::optional<OutboxState> state) const
{
    if (state)
        return select(
            u"broadcast_id = ? AND id > ? AND state = ?"_s, {broadcastId, afterId, outboxStateName(*state)}, limit);
    return select(u"broadcast_id = ? AND id > ?"_s, {broadcastId, afterId}, limit);
}

Result<QList<OutboxRow>> OutboxReads::updatedSince(qint64 broadcastId, qint64 sinceMs, qint64 maxId, int limit) const
{
    return select(u"broadcast_id = ? AND updated_at >= ? AND id <= ?"_s, {broadcastId, sinceMs, maxId}, limit,
        u"updated_at, id"_s);
}

Result<QList<OutboxAttempt>> OutboxReads::attempts(qint64 rowId) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT at, profile_id, outcome, error_code, error_explanation, provider_message_id "
              "FROM outbox_attempts WHERE outbox_id = ? ORDER BY at, attempt"_s);
    q.addBindValue(rowId);
    if (!q.exec())
        return failed(q);
    QList<OutboxAttempt> found;
    while (q.next()) {
        found << OutboxAttempt {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
            q.value(3).toString(), q.value(4).toString(), q.value(5).toString()};
    }
    return found;
}

Result<QList<OutboxRow>> OutboxReads::rows(qint64 broadcastId, OutboxState state, int limit) const
{
    return select(u"broadcast_id = ? AND state = ?"_s, {broadcastId, outboxStateName(state)}, limit);
}

Result<QList<OutboxRow>> OutboxReads::rows(OutboxState state, int limit) const
{
    return select(u"state = ?"_s, {outboxStateName(state)}, limit);
}

Result<std::optional<OutboxRow>> OutboxReads::row(qint64 rowId) const
{
    const Result<QList<OutboxRow>> found = select(u"id = ?"_s, {rowId}, 1);
    if (!found.isOk())
        return found.status();
    if (found.value().isEmpty())
        return std::optional<OutboxRow>();
    return std::optional<OutboxRow>(found.value().first());
}
