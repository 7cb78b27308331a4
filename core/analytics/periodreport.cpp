#include "periodreport.h"

#include "storage/database.h"
#include "storage/writetransaction.h"

#include <QSet>

#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <map>

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 kDayMs = 24LL * 3600 * 1000;
// A day's figures stop changing about a week after it: Meta retries a webhook for up to seven days.
constexpr qint64 kSettledDays = 8;

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

namespace {
// One sender's figures for one of the owner's days.
struct DayRow
{
    qint64 day = 0;
    qint64 profileId = 0;
    int sent = 0;
    int delivered = 0;
    int read = 0;
    int failed = 0;
    double estimated = 0;
    double reported = 0;
};

// The rows that went out in [fromDay, toDay) (claimed_at: when Tandem sent them), by the owner's day and sender.
Result<QList<DayRow>> liveDays(QSqlDatabase db, qint64 offsetMs, qint64 fromDay, qint64 toDay, const QString& sender)
{
    QSqlQuery q(db);
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
    q.addBindValue(offsetMs);
    q.addBindValue(fromDay * kDayMs - offsetMs);
    q.addBindValue(toDay * kDayMs - offsetMs);
    if (!q.exec())
        return failed(q);
    QList<DayRow> rows;
    while (q.next())
        rows << DayRow {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toInt(), q.value(3).toInt(),
            q.value(4).toInt(), q.value(5).toInt(), q.value(6).toDouble(), q.value(7).toDouble()};
    return rows;
}

// Settled days come from report_days; the ones not there yet are worked out once, together, and kept.
Result<QList<DayRow>> settledDays(QSqlDatabase db, qint64 offsetMs, qint64 fromDay, qint64 toDay, const QString& sender)
{
    QSqlQuery done(db);
    done.prepare(u"SELECT day FROM report_days_done WHERE offset_ms = ? AND day >= ? AND day < ?"_s);
    done.addBindValue(offsetMs);
    done.addBindValue(fromDay);
    done.addBindValue(toDay);
    if (!done.exec())
        return failed(done);
    QSet<qint64> kept;
    while (done.next())
        kept.insert(done.value(0).toLongLong());
    qint64 firstMissing = -1;
    qint64 lastMissing = -1;
    for (qint64 day = fromDay; day < toDay; ++day) {
        if (!kept.contains(day)) {
            if (firstMissing < 0)
                firstMissing = day;
            lastMissing = day;
        }
    }
    if (firstMissing >= 0) {
        const Result<QList<DayRow>> computed = liveDays(db, offsetMs, firstMissing, lastMissing + 1, QString());
        if (!computed.isOk())
            return computed;
        WriteTransaction transaction(db);
        if (!transaction.isOpen())
            return transaction.status();
        QSqlQuery clear(db);
        clear.prepare(u"DELETE FROM report_days WHERE offset_ms = ? AND day >= ? AND day <= ?"_s);
        clear.addBindValue(offsetMs);
        clear.addBindValue(firstMissing);
        clear.addBindValue(lastMissing);
        if (!clear.exec())
            return failed(clear);
        QSqlQuery insert(db);
        // Another desk sharing the database may work out the same days at the same moment: the same figures, kept
        // once either way.
        insert.prepare(u"INSERT INTO report_days (offset_ms, day, profile_id, sent, delivered, read_count, failed, "
                       "estimated, reported) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                       "ON CONFLICT (offset_ms, day, profile_id) DO UPDATE SET sent = excluded.sent, "
                       "delivered = excluded.delivered, read_count = excluded.read_count, failed = excluded.failed, "
                       "estimated = excluded.estimated, reported = excluded.reported"_s);
        for (const DayRow& r : computed.value()) {
            const QVariantList values
                = {offsetMs, r.day, r.profileId, r.sent, r.delivered, r.read, r.failed, r.estimated, r.reported};
            for (int i = 0; i < values.size(); ++i)
                insert.bindValue(i, values.at(i));
            if (!insert.exec())
                return failed(insert);
        }
        QSqlQuery mark(db);
        mark.prepare(u"INSERT INTO report_days_done (offset_ms, day) VALUES (?, ?) ON CONFLICT DO NOTHING"_s);
        for (qint64 day = firstMissing; day <= lastMissing; ++day) {
            if (kept.contains(day))
                continue;
            mark.bindValue(0, offsetMs);
            mark.bindValue(1, day);
            if (!mark.exec())
                return failed(mark);
        }
        if (const Status committed = transaction.commit(); !committed.isOk())
            return committed;
    }
    QSqlQuery q(db);
    q.prepare(u"SELECT day, profile_id, sent, delivered, read_count, failed, estimated, reported FROM report_days "
              "WHERE offset_ms = ? AND day >= ? AND day < ?%1"_s.arg(sender));
    q.addBindValue(offsetMs);
    q.addBindValue(fromDay);
    q.addBindValue(toDay);
    if (!q.exec())
        return failed(q);
    QList<DayRow> rows;
    while (q.next())
        rows << DayRow {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toInt(), q.value(3).toInt(),
            q.value(4).toInt(), q.value(5).toInt(), q.value(6).toDouble(), q.value(7).toDouble()};
    return rows;
}
} // namespace

Status PeriodReports::settle(const QDate& from, const QDate& to) const
{
    const Range range = rangeOf({from, to, std::nullopt, Granularity::Day});
    const qint64 fromDay = (range.fromMs + range.offsetMs) / kDayMs;
    const qint64 toDay = (range.toMs + range.offsetMs) / kDayMs; // exclusive
    const qint64 today = (QDateTime::currentMSecsSinceEpoch() + range.offsetMs) / kDayMs;
    const qint64 settledBefore = qBound(fromDay, today - kSettledDays, toDay);
    if (fromDay >= settledBefore)
        return Status::success();
    return settledDays(m_database.connection(), range.offsetMs, fromDay, settledBefore, QString()).status();
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
    const qint64 fromDay = (range.fromMs + range.offsetMs) / kDayMs;
    const qint64 toDay = (range.toMs + range.offsetMs) / kDayMs; // exclusive
    const qint64 today = (QDateTime::currentMSecsSinceEpoch() + range.offsetMs) / kDayMs;
    const qint64 settledBefore = qBound(fromDay, today - kSettledDays, toDay);
    QSqlDatabase db = m_database.connection();
    QList<DayRow> days;
    if (fromDay < settledBefore) {
        Result<QList<DayRow>> settled = settledDays(db, range.offsetMs, fromDay, settledBefore, sender);
        if (!settled.isOk())
            return settled.status();
        days << settled.value();
    }
    if (settledBefore < toDay) {
        Result<QList<DayRow>> live = liveDays(db, range.offsetMs, settledBefore, toDay, sender);
        if (!live.isOk())
            return live.status();
        days << live.value();
    }
    for (const DayRow& r : std::as_const(days)) {
        PeriodFigures& f = at(r.day, r.profileId);
        f.sent += r.sent;
        f.delivered += r.delivered;
        f.read += r.read;
        f.failed += r.failed;
        f.estimatedCostUsd += r.estimated;
        f.reportedCostUsd += r.reported;
    }
    // What the provider itself said the days cost (Meta's pricing_analytics, UTC days, on the owner's day they
    // begin in). Meta's rows carry no price of their own, so nothing is counted twice.
    QSqlQuery reported(db);
    reported.prepare(u"SELECT (day_start + ?) / %1 AS day, profile_id, SUM(cost) FROM reported_costs "
                     "WHERE day_start + ? >= ? AND day_start + ? < ?%2 GROUP BY day, profile_id"_s.arg(kDayMs)
                         .arg(sender));
    reported.addBindValue(range.offsetMs);
    reported.addBindValue(range.offsetMs);
    reported.addBindValue(fromDay * kDayMs);
    reported.addBindValue(range.offsetMs);
    reported.addBindValue(toDay * kDayMs);
    if (!reported.exec())
        return failed(reported);
    while (reported.next())
        at(reported.value(0).toLongLong(), reported.value(1).toLongLong()).reportedCostUsd
            += reported.value(2).toDouble();
    QSqlQuery in(db);
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

Result<OwnMonth> PeriodReports::lastMonth(const ComparisonData& prices, const QDate& today) const
{
    return OwnMonth::last(m_database, prices, today);
}
