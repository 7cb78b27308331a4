#pragma once

#include "budgets.h"
#include "outboxrow.h"

#include <QHash>
#include <QList>

// Budgets that hold while a broadcast is sent: the dispatcher hands each claimed batch here before it goes out. A
// row that would take its broadcast past its budget, or its sender past its budget for the month (counting what
// is sent or already on its way, at each row's estimate), is held back with the rows after it, and its broadcast
// (or every broadcast of the sender) pauses with the reason in plain words. Resume goes on once the owner raised
// the budget. Budgets are read again every couple of seconds, and at once before anything is paused.
class BudgetGate
{
public:
    struct Hold
    {
        qint64 broadcastId = 0; // the broadcast to pause, or 0 with profileId: every broadcast of the sender
        qint64 profileId = 0;
        QString reason;
        QList<OutboxRow> rows; // back to the queue
    };

    explicit BudgetGate(Database& database);

    // Takes from `rows` those that must wait; returns what to pause and why.
    Result<QList<Hold>> take(QList<OutboxRow>& rows, qint64 nowMs);

private:
    struct Entry
    {
        std::optional<double> budget;
        double committed = 0; // before the batch being looked at
        qint64 readAtMs = -1;
        qint64 monthStartMs = 0;
    };
    Status refresh(Entry& entry, bool sender, qint64 id, const QList<OutboxRow>& batch, qint64 nowMs);

    Budgets m_budgets;
    QHash<qint64, Entry> m_broadcasts;
    QHash<qint64, Entry> m_senders;
};
