#pragma once

#include "budgetgate.h"
#include "outbox.h"
#include "pollschedule.h"
#include "providers/providerresult.h"
#include "ratelimiter.h"
#include "retrypolicy.h"
#include "rowmessages.h"
#include "sendcheck.h"
#include "senderpool.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QRandomGenerator>
#include <QTimer>

class SenderLeases;

// Sends what the outbox holds: claims due rows in small batches (never a whole broadcast) for the senders it owns,
// paces them per sender, keeps a bounded number of requests in flight, and records every outcome: accepted, retry
// later with backoff, failed with its explanation, paused for the owner, rerouted to a backup sender, or unconfirmed
// when no answer came after the request was written. Claims carry a lease renewed by a heartbeat, so several
// Tandems can share one database: one of them sends for a sender at a time, and a stopped one's rows are taken over
// (as unconfirmed) only when its lease has run out.
class Dispatcher : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        // Requests under way at once. With the rows claimed ahead (below) also the most rows that can end
        // "unconfirmed" after a crash.
        int maxInFlight = 48;
        // A paced sender's rows are claimed this far ahead of their turn (never more rows than maxInFlight), in one
        // transaction, and handed out by the pace without touching the database; pause and cancel reach rows already
        // claimed this much later.
        int lookaheadMs = 25;
        int dueRefreshMs = 10; // how stale the list of senders with due rows may be while sending
        int idlePollMs = 200; // how soon pause, resume, cancel and new rows are noticed
        int flushEvery = 64; // outcomes per database transaction
        int flushAfterMs = 20;
        int leaseMs = 30000; // how long a claim or a sender stays ours without a heartbeat
        int heartbeatMs = 5000;
        QString holder; // who we are, for people: "laptop, tandem (pid 4242)"
        RetryPolicy retry;
        PollSchedule polls; // when accepted rows of senders that can be asked get their first status question
    };

    Dispatcher(Outbox& outbox,
        SenderLeases& leases,
        SenderPool& senders,
        Database& database,
        Options options,
        QObject* parent = nullptr);

    void start();
    // Claims nothing more, waits for the requests in flight, records them, gives up its senders, then emits
    // stopped().
    void stop();
    int inFlight() const;
    QString workerId() const;
    // The senders this dispatcher holds now.
    QList<qint64> ownedSenders() const;

Q_SIGNALS:
    void progressed();
    // One request answered (or failed), with how long it took; for benchmarks and the activity view.
    void requestFinished(qint64 latencyMs);
    // Rows became unconfirmed (no answer after sending, or another worker's lease ran out): time to reconcile.
    void unconfirmedFound();
    void stopped();
    void failedToRecord(const QString& error);
    // Rows left out at their turn (opted out since, window closed): "skipped", with the reason.
    void skipped(int rows);
    // A broadcast (or every broadcast of a sender) paused at its budget, with the reason.
    void pausedAtBudget(const QString& reason);

private:
    void tick();
    void heartbeat();
    void scheduleTick(int milliseconds);
    bool ownSender(qint64 profileId, qint64 now);
    const QList<qint64>& sendersWithDueRows(qint64 now);
    // Claims more rows for the sender when its queue runs low; true when more may be due at once.
    bool refill(SenderPool::Sender& sender, QList<OutboxRow>& queue, qint64 now);
    void skipLeftOut(QList<OutboxRow>& rows, qint64 now);
    void holdOverBudget(QList<OutboxRow>& rows, qint64 now);
    void drain(SenderPool::Sender& sender, QList<OutboxRow>& queue, qint64 now, qint64* wake);
    void releaseQueued(qint64 profileId, qint64 notBefore);
    void send(SenderPool::Sender& sender, const OutboxRow& row);
    void complete(const OutboxRow& row, qint64 profileId, const ProviderResult& result);
    void flush();
    void finishStopping();

    Outbox& m_outbox;
    SenderLeases& m_leases;
    SenderPool& m_senders;
    Options m_options;
    QString m_workerId;
    RowMessages m_messages;
    SendCheck m_check;
    BudgetGate m_budgets;
    QTimer m_tick;
    QTimer m_flushTimer;
    QTimer m_heartbeat;
    QList<Outbox::Completion> m_pending;
    QHash<qint64, QList<OutboxRow>> m_queued; // sender -> rows claimed, waiting for their token
    int m_queuedCount = 0;
    QList<qint64> m_dueSenders;
    qint64 m_dueCheckedAtMs = -1;
    QHash<qint64, qint64> m_ownedUntil; // sender -> our lease's end, as last written
    QHash<qint64, qint64> m_lastAcquireTry;
    QRandomGenerator m_random;
    QElapsedTimer m_clock;
    int m_inFlight = 0;
    int m_flushFailures = 0;
    qint64 m_scheduleCheckedAtMs = 0;
    bool m_waitingForSlot = false; // a sender had rows and tokens, but the requests in flight were at the limit
    bool m_running = false;
    bool m_stopping = false;
};
