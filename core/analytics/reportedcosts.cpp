#include "reportedcosts.h"

#include "storage/database.h"
#include "storage/writetransaction.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {
Status failed(const QSqlQuery& q)
{
    return Status::failure(q.lastError().text());
}
} // namespace

ReportedCosts::ReportedCosts(Database& database) : m_database(database)
{ }

Status ReportedCosts::replace(qint64 profileId, qint64 fromMs, qint64 toMs, const QList<Point>& points, qint64 nowMs)
{
    QSqlDatabase db = m_database.connection();
    WriteTransaction transaction(db);
    if (!transaction.isOpen())
        return transaction.status();
    QSqlQuery clear(db);
    clear.prepare(u"DELETE FROM reported_costs WHERE profile_id = ? AND day_start >= ? AND day_start < ?"_s);
    clear.addBindValue(profileId);
    clear.addBindValue(fromMs);
    clear.addBindValue(toMs);
    if (!clear.exec())
        return failed(clear);
    // A market and category may come in more than one point (another dimension Tandem did not ask for): summed.
    QSqlQuery insert(db);
    insert.prepare(u"INSERT INTO reported_costs (profile_id, day_start, country, category, volume, cost) "
                   "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (profile_id, day_start, country, category) DO UPDATE SET "
                   "volume = reported_costs.volume + excluded.volume, cost = reported_costs.cost + excluded.cost"_s);
    for (const Point& p : points) {
        if (p.dayStartMs < fromMs || p.dayStartMs >= toMs)
            continue; // outside what was asked for
        const QVariantList values = {profileId, p.dayStartMs, p.country, p.category, p.volume, p.costUsd};
        for (int i = 0; i < values.size(); ++i)
            insert.bindValue(i, values.at(i));
        if (!insert.exec())
            return failed(insert);
    }
    QSqlQuery noted(db);
    noted.prepare(u"INSERT INTO reported_cost_syncs (profile_id, synced_at) VALUES (?, ?) "
                  "ON CONFLICT (profile_id) DO UPDATE SET synced_at = excluded.synced_at"_s);
    noted.addBindValue(profileId);
    noted.addBindValue(nowMs);
    if (!noted.exec())
        return failed(noted);
    return transaction.commit();
}

Result<QList<ReportedCosts::Point>> ReportedCosts::of(qint64 profileId, qint64 fromMs, qint64 toMs) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT day_start, country, category, volume, cost FROM reported_costs WHERE profile_id = ? AND "
              "day_start >= ? AND day_start < ? ORDER BY day_start, country, category"_s);
    q.addBindValue(profileId);
    q.addBindValue(fromMs);
    q.addBindValue(toMs);
    if (!q.exec())
        return failed(q);
    QList<Point> points;
    while (q.next())
        points << Point {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong(),
            q.value(4).toDouble()};
    return points;
}

Result<QDateTime> ReportedCosts::lastFetched(qint64 profileId) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT synced_at FROM reported_cost_syncs WHERE profile_id = ?"_s);
    q.addBindValue(profileId);
    if (!q.exec())
        return failed(q);
    return q.next() ? QDateTime::fromMSecsSinceEpoch(q.value(0).toLongLong(), Qt::UTC) : QDateTime();
}
