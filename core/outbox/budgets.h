#pragma once

#include "util/result.h"

#include <QDateTime>

#include <optional>

class Database;

// The owner's budgets, in US dollars: one per broadcast, and one per sender for each calendar month. What counts
// against a budget is the estimate each row got when it was queued (MessageCost), for every row sent or on its way:
// a row that failed or was never sent costs nothing.
class Budgets
{
public:
    struct Standing
    {
        std::optional<double> budget; // none: no limit
        double committed = 0; // rows sent or on their way, at their estimates
        double queued = 0; // rows still waiting to go out
    };

    explicit Budgets(Database& database);

    Status setBroadcastBudget(qint64 broadcastId, std::optional<double> usd);
    Status setMonthlyBudget(qint64 profileId, std::optional<double> usd);
    // The sender's budget for each month alone (no pass over the rows).
    Result<std::optional<double>> monthlyBudget(qint64 profileId) const;
    // Without a budget the sums are left at 0 unless `sumsAlways` (they cost a pass over the rows).
    Result<Standing> broadcast(qint64 broadcastId, bool sumsAlways = false) const;
    // The sender's month that `at` falls in (the owner's calendar, local time).
    Result<Standing> senderMonth(qint64 profileId, const QDateTime& at, bool sumsAlways = false) const;
    // The first moment of the month `at` falls in, local time, in milliseconds since the epoch.
    static qint64 monthStartMs(const QDateTime& at);
    // Whether a broadcast estimated at `estimateUsd` may start now: within its own budget, and within what is left
    // of its sender's month (what is spent, on its way or still queued counts). The reason in plain words when not;
    // empty when it may. The pre-flight in the window and `broadcast start` both ask here.
    Result<QString> refusalToStart(
        qint64 profileId, double estimateUsd, std::optional<double> broadcastBudget, const QDateTime& now) const;

private:
    Database& m_database;
};
