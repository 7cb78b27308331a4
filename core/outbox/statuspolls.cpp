#include "statuspolls.h"

#include "outboxsql.h"
#include "storage/database.h"

#include <QSqlQuery>
#include <QStringList>

using namespace Qt::StringLiterals;
using namespace OutboxSql;

StatusPolls::StatusPolls(Database& database) : m_database(database)
{ }

Result<QList<qint64>> StatusPolls::profilesWithDue(qint64 nowMs) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT DISTINCT profile_id FROM outbox WHERE next_poll_at > 0 AND next_poll_at <= ?"_s);
    q.addBindValue(nowMs);
    if (!q.exec())
        return failed(q);
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

Result<QList<OutboxRow>> StatusPolls::claim(
    const QList<qint64>& profileIds, qint64 nowMs, int limit, qint64 holdUntilMs)
{
    if (profileIds.isEmpty() || limit <= 0)
        return QList<OutboxRow>();
    QStringList ids;
    for (qint64 id : profileIds)
        ids << QString::number(id);
    // The outbox_polls index holds only rows with a question scheduled. Moving next_poll_at past the answer's
    // expected time keeps a row from being asked twice at once; if Tandem stops before the answer, it is asked again
    // at holdUntilMs.
    QSqlQuery q(m_database.connection());
    q.prepare(u"UPDATE outbox SET next_poll_at = ? WHERE id IN (SELECT id FROM outbox WHERE next_poll_at > 0 AND "
              "next_poll_at <= ? AND profile_id IN (%1) AND state IN ('accepted', 'sent', 'delivered') "
              "ORDER BY next_poll_at, id LIMIT ?) RETURNING "_s.arg(ids.join(u','))
        + kRowColumns);
    q.addBindValue(holdUntilMs);
    q.addBindValue(nowMs);
    q.addBindValue(limit);
    if (!q.exec())
        return failed(q);
    QList<OutboxRow> rows;
    while (q.next())
        rows << rowFrom(q);
    return rows;
}

Status StatusPolls::schedule(qint64 rowId, qint64 atMs)
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"UPDATE outbox SET next_poll_at = ? WHERE id = ?"_s);
    q.addBindValue(atMs);
    q.addBindValue(rowId);
    return q.exec() ? Status::success() : failed(q);
}

Status StatusPolls::polled(qint64 rowId, qint64 nextAtMs)
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"UPDATE outbox SET next_poll_at = ?, polls = polls + 1 WHERE id = ?"_s);
    q.addBindValue(nextAtMs);
    q.addBindValue(rowId);
    return q.exec() ? Status::success() : failed(q);
}
