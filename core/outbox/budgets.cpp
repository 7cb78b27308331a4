#include "budgets.h"

#include "outboxsql.h"
#include "pricing/money.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QLocale>

#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace OutboxSql;

namespace {
// Sent or on its way: what the provider may charge for.
const QString kCommitted = u"state IN ('sending', 'accepted', 'sent', 'delivered', 'read', 'unconfirmed')"_s;
const QString kWaiting = u"state IN ('queued', 'retry_wait')"_s;

QVariant money(std::optional<double> usd)
{
    return usd ? QVariant(*usd) : QVariant(QMetaType(QMetaType::Double));
}
} // namespace

Budgets::Budgets(Database& database) : m_database(database)
{ }

Status Budgets::setBroadcastBudget(qint64 broadcastId, std::optional<double> usd)
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"UPDATE broadcasts SET budget_usd = ? WHERE id = ?"_s);
    q.addBindValue(money(usd));
    q.addBindValue(broadcastId);
    return q.exec() ? Status::success() : failed(q);
}

Status Budgets::setMonthlyBudget(qint64 profileId, std::optional<double> usd)
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"UPDATE profiles SET monthly_budget_usd = ? WHERE id = ?"_s);
    q.addBindValue(money(usd));
    q.addBindValue(profileId);
    return q.exec() ? Status::success() : failed(q);
}

namespace {
// The budget, then (only when there is one, or when asked) what counts against it: two sums over the rows.
Result<Budgets::Standing> standing(QSqlDatabase db,
    const QString& budgetQuery,
    const QString& committedQuery,
    const QString& waitingQuery,
    const QVariantList& committedValues,
    qint64 id,
    bool sumsAlways)
{
    QSqlQuery q(db);
    q.prepare(budgetQuery);
    q.addBindValue(id);
    if (!q.exec())
        return failed(q);
    Budgets::Standing s;
    if (q.next() && !q.value(0).isNull())
        s.budget = q.value(0).toDouble();
    if (!s.budget && !sumsAlways)
        return s;
    QSqlQuery sum(db);
    sum.prepare(committedQuery);
    for (const QVariant& v : committedValues)
        sum.addBindValue(v);
    if (!sum.exec())
        return failed(sum);
    s.committed = sum.next() ? sum.value(0).toDouble() : 0;
    QSqlQuery waiting(db);
    waiting.prepare(waitingQuery);
    waiting.addBindValue(id);
    if (!waiting.exec())
        return failed(waiting);
    s.queued = waiting.next() ? waiting.value(0).toDouble() : 0;
    return s;
}
} // namespace

Result<std::optional<double>> Budgets::monthlyBudget(qint64 profileId) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT monthly_budget_usd FROM profiles WHERE id = ?"_s);
    q.addBindValue(profileId);
    if (!q.exec())
        return failed(q);
    if (!q.next() || q.value(0).isNull())
        return std::optional<double>();
    return std::optional<double>(q.value(0).toDouble());
}

Result<Budgets::Standing> Budgets::broadcast(qint64 broadcastId, bool sumsAlways) const
{
    return standing(m_database.connection(), u"SELECT budget_usd FROM broadcasts WHERE id = ?"_s,
        u"SELECT COALESCE(SUM(cost_estimate), 0) FROM outbox WHERE broadcast_id = ? AND "_s + kCommitted,
        u"SELECT COALESCE(SUM(cost_estimate), 0) FROM outbox WHERE broadcast_id = ? AND "_s + kWaiting, {broadcastId},
        broadcastId, sumsAlways);
}

Result<Budgets::Standing> Budgets::senderMonth(qint64 profileId, const QDateTime& at, bool sumsAlways) const
{
    const qint64 from = monthStartMs(at);
    const qint64 to = monthStartMs(at.toLocalTime().addMonths(1));
    return standing(m_database.connection(), u"SELECT monthly_budget_usd FROM profiles WHERE id = ?"_s,
        u"SELECT COALESCE(SUM(cost_estimate), 0) FROM outbox WHERE profile_id = ? AND claimed_at >= ? AND "
        "claimed_at < ? AND "_s
            + kCommitted,
        u"SELECT COALESCE(SUM(cost_estimate), 0) FROM outbox WHERE profile_id = ? AND "_s + kWaiting,
        {profileId, from, to}, profileId, sumsAlways);
}

qint64 Budgets::monthStartMs(const QDateTime& at)
{
    const QDate day = at.toLocalTime().date();
    return QDateTime(QDate(day.year(), day.month(), 1), QTime(0, 0)).toMSecsSinceEpoch();
}

Result<QString> Budgets::refusalToStart(
    qint64 profileId, double estimateUsd, std::optional<double> broadcastBudget, const QDateTime& now) const
{
    if (broadcastBudget && estimateUsd > *broadcastBudget + 1e-9)
        return QCoreApplication::translate("Budgets",
            "The estimated cost, %1, is above this broadcast's budget of %2. Raise the budget or send to fewer "
            "customers.")
            .arg(Money::usd(estimateUsd), Money::usd(*broadcastBudget));
    const Result<Standing> month = senderMonth(profileId, now);
    if (!month.isOk())
        return month.status();
    if (!month.value().budget)
        return QString();
    const double left = *month.value().budget - month.value().committed - month.value().queued;
    if (estimateUsd > left + 1e-9)
        return QCoreApplication::translate("Budgets",
            "The estimated cost, %1, is more than what is left of this sender's budget for %2: %3 of %4 (what is "
            "sent and what is still queued counts). Raise the monthly budget or send to fewer customers.")
            .arg(Money::usd(estimateUsd), QLocale().standaloneMonthName(now.toLocalTime().date().month()),
                Money::usd(qMax(0.0, left)), Money::usd(*month.value().budget));
    return QString();
}
