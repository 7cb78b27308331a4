#include "periodreport.h"

#include "storage/database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <map>

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 kDayMs = 24LL * 3600 * 1000;

Status failed(const QSqlQuery& q)
{
    return Status::failure(q.lastError().text());
}

struct Range
{
    qint64 fromMs = 0;
    qint64 toMs = 0; // exclusive
    qint64 offsetMs = 0; // the owner's distance from UTC, so days are the owner's days
};

Range rangeOf(const PeriodReports::Query& query)
{
    const QDateTime from(query.from, QTime(0, 0));
    const QDateTime to(query.to.addDays(1), QTime(0, 0));
    return {from.toMSecsSinceEpoch(), to.toMSecsSinceEpoch(), qint64(from.offsetFromUtc()) * 1000};
}

QDate dayOf(qint64 dayNumber)
{
    return QDate(1970, 1, 1).addDays(dayNumber);
}
} // namespace

double PeriodFigures::deliveryRate() const
{
    return sent > 0 ? double(delivered) / sent : 0;
}

double PeriodFigures::readRate() const
{
    return sent > 0 ? double(read) / sent : 0;
}

PeriodReports::PeriodReports(Database& database) : m_database(database)
{ }

QDate PeriodReports::periodStart(const QDate& day, Granularity granularity)
{
    switch (granularity) {
    case Granularity::Day:
        return day;
    case Granularity::Week:
        return day.addDays(1 - day.dayOfWeek());
    case Granularity::Month:
        return QDate(day.year(), day.month(), 1);
    }
    return day;
}

Result<QList<PeriodFigures>> PeriodReports::figures(const Query& query) const
{
    const Range range = rangeOf(query);
    const QString sender = query.profileId ? u" AND profile_id = %1"_s.arg(*query.profileId) : QString();
    std::map<std::pair<QDate, qint64>, PeriodFigures> periods;
    auto at = [&](qint64 dayNumber, qint64 profileId) -> PeriodFigures& {
        const QDate start = periodStart(dayOf(dayNumber), query.granularity);
        PeriodFigures& f = periods[{start, profileId}];
        f.start = start;
        f.profileId = profileId;
        return f;
    };
    // The rows that went out in the range (claimed_at: when Tandem sent them), by the owner's day and sender.
    QSqlQuery q(m_database.connection());
    q.prepare(
        u"SELECT (claimed_at + ?) / %1 AS day, profile_id, "
        "SUM(CASE WHEN state IN ('accepted', 'sent', 'delivered', 'read') THEN 1 ELSE 0 END), "
        "SUM(CASE WHEN state IN ('delivered', 'read') THEN 1 ELSE 0 END), "
        "SUM(CASE WHEN state = 'read' THEN 1 ELSE 0 END), "
        "SUM(CASE WHEN state = 'failed' THEN 1 ELSE 0 END), "
        "SUM(CASE WHEN state IN ('accepted', 'sent', 'delivered', 'read') AND (billable IS NULL OR billable <> 0) "
        "    THEN COALESCE(cost_estimate, 0) ELSE 0 END), "
        "SUM(CASE WHEN price <> '' THEN ABS(CAST(price AS DOUBLE PRECISION)) ELSE 0 END) "
        "FROM outbox WHERE claimed_at >= ? AND claimed_at < ?%2 GROUP BY day, profile_id"_s.arg(kDayMs)
            .arg(sender));
    q.addBindValue(range.offsetMs);
    q.addBindValue(range.fromMs);
    q.addBindValue(range.toMs);
    if (!q.exec())
        return failed(q);
    while (q.next()) {
        PeriodFigures& f = at(q.value(0).toLongLong(), q.value(1).toLongLong());
        f.sent += q.value(2).toInt();
        f.delivered += q.value(3).toInt();
        f.read += q.value(4).toInt();
        f.failed += q.value(5).toInt();
        f.estimatedCostUsd += q.value(6).toDouble();
        f.reportedCostUsd += q.value(7).toDouble();
    }
    QSqlQuery in(m_database.connection());
    in.prepare(u"SELECT (received_at + ?) / %1 AS day, profile_id, COUNT(*) FROM inbound_messages "
               "WHERE received_at >= ? AND received_at < ?%2 GROUP BY day, profile_id"_s.arg(kDayMs)
                   .arg(sender));
    in.addBindValue(range.offsetMs);
    in.addBindValue(range.fromMs);
    in.addBindValue(range.toMs);
    if (!in.exec())
        return failed(in);
    while (in.next())
        at(in.value(0).toLongLong(), in.value(1).toLongLong()).replies += in.value(2).toInt();
    QList<PeriodFigures> result;
    for (const auto& [key, figures] : periods)
        result << figures;
    return result;
}

Result<QList<BroadcastReport::Reason>> PeriodReports::failures(const Query& query) const
{
    const Range range = rangeOf(query);
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT error_code, error_explanation, COUNT(*) FROM outbox WHERE state = 'failed' AND claimed_at >= ? "
              "AND claimed_at < ?%1 GROUP BY error_code, error_explanation ORDER BY COUNT(*) DESC"_s.arg(
                  query.profileId ? u" AND profile_id = %1"_s.arg(*query.profileId) : QString()));
    q.addBindValue(range.fromMs);
    q.addBindValue(range.toMs);
    if (!q.exec())
        return failed(q);
    QList<BroadcastReport::Reason> list;
    while (q.next())
        list << BroadcastReport::Reason {q.value(0).toString(), q.value(1).toString(), q.value(2).toInt()};
    return list;
}
