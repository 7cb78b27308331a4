#include "budgetgate.h"

#include "pricing/money.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 kRereadMs = 2000;

double costOf(const OutboxRow& row)
{
    return row.costEstimateUsd.value_or(0);
}

// What the batch's rows of this broadcast (or sender) add: they are already counted as "on their way".
double inBatch(const QList<OutboxRow>& batch, bool sender, qint64 id)
{
    double sum = 0;
    for (const OutboxRow& r : batch) {
        if ((sender ? r.profileId : r.broadcastId) == id)
            sum += costOf(r);
    }
    return sum;
}
} // namespace

BudgetGate::BudgetGate(Database& database) : m_budgets(database)
{ }

Status BudgetGate::refresh(Entry& entry, bool sender, qint64 id, const QList<OutboxRow>& batch, qint64 nowMs)
{
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(nowMs);
    const Result<Budgets::Standing> standing = sender ? m_budgets.senderMonth(id, now) : m_budgets.broadcast(id);
    if (!standing.isOk())
        return standing.status();
    entry.budget = standing.value().budget;
    entry.committed = standing.value().committed - inBatch(batch, sender, id);
    entry.readAtMs = nowMs;
    entry.monthStartMs = Budgets::monthStartMs(now);
    return Status::success();
}

Result<QList<BudgetGate::Hold>> BudgetGate::take(QList<OutboxRow>& rows, qint64 nowMs)
{
    const QList<OutboxRow> batch = rows;
    const qint64 month = Budgets::monthStartMs(QDateTime::fromMSecsSinceEpoch(nowMs));
    // What was spent before this batch, read again when it is a couple of seconds old (or the month turned).
    QSet<qint64> fresh; // broadcasts and senders (negated) whose budget was read for this batch
    for (const OutboxRow& row : batch) {
        Entry& sender = m_senders[row.profileId];
        if (sender.readAtMs < 0 || nowMs - sender.readAtMs >= kRereadMs || sender.monthStartMs != month) {
            if (const Status s = refresh(sender, true, row.profileId, batch, nowMs); !s.isOk())
                return s;
            fresh.insert(-row.profileId);
        }
        Entry& broadcast = m_broadcasts[row.broadcastId];
        if (broadcast.readAtMs < 0 || nowMs - broadcast.readAtMs >= kRereadMs) {
            if (const Status s = refresh(broadcast, false, row.broadcastId, batch, nowMs); !s.isOk())
                return s;
            fresh.insert(row.broadcastId);
        }
    }
    // Whether one more message fits; before saying no, the budget is read again (the owner may have just raised
    // it and resumed).
    auto fits = [&](Entry& entry, bool isSender, qint64 id, double cost) -> Result<bool> {
        if (!entry.budget || entry.committed + cost <= *entry.budget + 1e-9)
            return true;
        const qint64 key = isSender ? -id : id;
        if (!fresh.contains(key)) {
            const QDateTime now = QDateTime::fromMSecsSinceEpoch(nowMs);
            const Result<Budgets::Standing> standing
                = isSender ? m_budgets.senderMonth(id, now) : m_budgets.broadcast(id);
            if (!standing.isOk())
                return standing.status();
            entry.budget = standing.value().budget;
            fresh.insert(key);
        }
        return !entry.budget || entry.committed + cost <= *entry.budget + 1e-9;
    };

    QHash<qint64, int> heldBroadcast; // broadcast -> index in holds
    QHash<qint64, int> heldSender;
    QList<Hold> holds;
    QList<OutboxRow> going;
    for (const OutboxRow& row : batch) {
        if (auto it = heldSender.constFind(row.profileId); it != heldSender.cend()) {
            holds[it.value()].rows << row;
            continue;
        }
        if (auto it = heldBroadcast.constFind(row.broadcastId); it != heldBroadcast.cend()) {
            holds[it.value()].rows << row;
            continue;
        }
        const double cost = costOf(row);
        Entry& sender = m_senders[row.profileId];
        const Result<bool> senderFits = fits(sender, true, row.profileId, cost);
        if (!senderFits.isOk())
            return senderFits.status();
        if (!senderFits.value()) {
            const QString monthName
                = QLocale().standaloneMonthName(QDateTime::fromMSecsSinceEpoch(nowMs).date().month());
            heldSender.insert(row.profileId, int(holds.size()));
            holds << Hold {0, row.profileId,
                QCoreApplication::translate("BudgetGate",
                    "Paused: the next message would take this sender past its budget of %1 for %2 (%3 spent or on "
                    "its way). Raise the budget to go on.")
                    .arg(Money::usd(*sender.budget), monthName, Money::usd(sender.committed)),
                {row}};
            continue;
        }
        Entry& broadcast = m_broadcasts[row.broadcastId];
        const Result<bool> broadcastFits = fits(broadcast, false, row.broadcastId, cost);
        if (!broadcastFits.isOk())
            return broadcastFits.status();
        if (!broadcastFits.value()) {
            heldBroadcast.insert(row.broadcastId, int(holds.size()));
            holds << Hold {row.broadcastId, row.profileId,
                QCoreApplication::translate("BudgetGate",
                    "Paused: the next message would take this broadcast past its budget of %1 (%2 spent or on its "
                    "way). Raise the budget to go on.")
                    .arg(Money::usd(*broadcast.budget), Money::usd(broadcast.committed)),
                {row}};
            continue;
        }
        sender.committed += cost;
        broadcast.committed += cost;
        going << row;
    }
    rows = going;
    return holds;
}
