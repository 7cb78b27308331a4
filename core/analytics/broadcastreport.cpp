#include "broadcastreport.h"

#include "model/outboxstate.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 kWeekMs = 7LL * 24 * 3600 * 1000;

Status failed(const QSqlQuery& q)
{
    return Status::failure(q.lastError().text());
}

// Rows the provider took.
const QString kReached = u"o.state IN ('accepted', 'sent', 'delivered', 'read')"_s;

// A customer who wrote to the same sender within a week of the row going out (`keyword` narrows it to STOP).
QString answeredWithin(const QString& extra)
{
    return u"EXISTS (SELECT 1 FROM inbound_messages i WHERE i.from_phone = o.recipient AND i.profile_id = o.profile_id "
           "AND i.received_at >= o.claimed_at AND i.received_at < o.claimed_at + %1"_s.arg(kWeekMs)
        + extra + u")"_s;
}

// Failed rows by the provider's code, skipped rows by Admission's reason (both kept in error_code).
QList<BroadcastReport::Reason> reasons(QSqlDatabase db, qint64 id, const QString& state)
{
    QList<BroadcastReport::Reason> list;
    QSqlQuery q(db);
    q.prepare(u"SELECT error_code, error_explanation, COUNT(*) FROM outbox WHERE broadcast_id = ? AND state = ? "
              "GROUP BY error_code, error_explanation ORDER BY COUNT(*) DESC"_s);
    q.addBindValue(id);
    q.addBindValue(state);
    if (q.exec()) {
        while (q.next())
            list << BroadcastReport::Reason {q.value(0).toString(), q.value(1).toString(), q.value(2).toInt()};
    }
    return list;
}
} // namespace

double BroadcastReport::costPerDelivered() const
{
    return delivered > 0 ? estimatedCostUsd / delivered : 0;
}

double BroadcastReport::costPerRead() const
{
    return read > 0 ? estimatedCostUsd / read : 0;
}

BroadcastReports::BroadcastReports(Database& database) : m_database(database)
{ }

Result<BroadcastReport> BroadcastReports::report(qint64 broadcastId) const
{
    QSqlDatabase db = m_database.connection();
    BroadcastReport r;
    r.broadcastId = broadcastId;
    QSqlQuery b(db);
    b.prepare(u"SELECT title, profile_id, created_at FROM broadcasts WHERE id = ?"_s);
    b.addBindValue(broadcastId);
    if (!b.exec())
        return failed(b);
    if (!b.next())
        return Result<BroadcastReport>::failure(
            QCoreApplication::translate("BroadcastReports", "There is no broadcast %1.").arg(broadcastId));
    r.title = b.value(0).toString();
    r.profileId = b.value(1).toLongLong();
    r.createdAt = QDateTime::fromString(b.value(2).toString(), Qt::ISODateWithMs);

    // One pass over the broadcast's rows (its (broadcast_id, state) index): counts and costs per state.
    QSqlQuery q(db);
    q.prepare(u"SELECT state, COUNT(*), "
              "SUM(CASE WHEN billable = 0 THEN 0 ELSE COALESCE(cost_estimate, 0) END), "
              "SUM(CASE WHEN price <> '' THEN ABS(CAST(price AS DOUBLE PRECISION)) ELSE 0 END), "
              "SUM(CASE WHEN price <> '' THEN 1 ELSE 0 END) "
              "FROM outbox WHERE broadcast_id = ? GROUP BY state"_s);
    q.addBindValue(broadcastId);
    if (!q.exec())
        return failed(q);
    while (q.next()) {
        const OutboxState state = outboxStateFromName(q.value(0).toString());
        const int rows = q.value(1).toInt();
        r.total += rows;
        const int progress = outboxProgress(state);
        if (progress >= 1) {
            r.sent += rows;
            r.estimatedCostUsd += q.value(2).toDouble();
        }
        if (progress >= 3)
            r.delivered += rows;
        if (progress >= 4)
            r.read += rows;
        r.reportedCostUsd += q.value(3).toDouble();
        r.reportedRows += q.value(4).toInt();
        switch (state) {
        case OutboxState::Failed:
            r.failed += rows;
            break;
        case OutboxState::Skipped:
            r.skipped += rows;
            break;
        case OutboxState::Cancelled:
            r.cancelled += rows;
            break;
        case OutboxState::Unconfirmed:
            r.unconfirmed += rows;
            break;
        default:
            if (outboxPending(state))
                r.waiting += rows;
        }
    }
    QSqlQuery answers(db);
    answers.prepare(u"SELECT SUM(CASE WHEN "_s + answeredWithin(QString()) + u" THEN 1 ELSE 0 END), SUM(CASE WHEN "_s
        + answeredWithin(u" AND i.keyword = 'stop'"_s)
        + u" THEN 1 ELSE 0 END) FROM outbox o WHERE o.broadcast_id = ? AND "_s + kReached);
    answers.addBindValue(broadcastId);
    if (!answers.exec())
        return failed(answers);
    if (answers.next()) {
        r.replied = answers.value(0).toInt();
        r.optedOutAfter = answers.value(1).toInt();
    }
    r.failedBy = reasons(db, broadcastId, u"failed"_s);
    r.skippedBy = reasons(db, broadcastId, u"skipped"_s);
    return r;
}

Result<QStringList> BroadcastReports::recipients(qint64 broadcastId, FunnelStage stage) const
{
    QString where;
    switch (stage) {
    case FunnelStage::Queued:
        where = u"1 = 1"_s;
        break;
    case FunnelStage::Sent:
        where = kReached;
        break;
    case FunnelStage::Delivered:
        where = u"o.state IN ('delivered', 'read')"_s;
        break;
    case FunnelStage::Read:
        where = u"o.state = 'read'"_s;
        break;
    case FunnelStage::Replied:
        where = kReached + u" AND "_s + answeredWithin(QString());
        break;
    case FunnelStage::Failed:
        where = u"o.state = 'failed'"_s;
        break;
    case FunnelStage::Skipped:
        where = u"o.state = 'skipped'"_s;
        break;
    }
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT o.recipient FROM outbox o WHERE o.broadcast_id = ? AND "_s + where + u" ORDER BY o.id"_s);
    q.addBindValue(broadcastId);
    if (!q.exec())
        return failed(q);
    QStringList phones;
    while (q.next())
        phones << q.value(0).toString();
    return phones;
}
