#pragma once

#include "outbox.h"
#include "ratelimiter.h"
#include "retrypolicy.h"
#include "senderpool.h"

#include <QElapsedTimer>
#include <QObject>
#include <QRandomGenerator>
#include <QTimer>

// Sends what the outbox holds: claims due rows in small batches (never a whole broadcast), paces them per sender,
// keeps a bounded number of requests in flight, and records every outcome: accepted, retry later with backoff,
// failed with its explanation, paused for the owner, or rerouted to a backup sender.
class Dispatcher : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        int maxInFlight = 48; // also the most rows that can end "unconfirmed" after a crash
        int idlePollMs = 200; // how soon pause, resume, cancel and new rows are noticed
        int flushEvery = 64; // outcomes per database transaction
        int flushAfterMs = 20;
        RetryPolicy retry;
    };

    Dispatcher(Outbox& outbox, SenderPool& senders, Options options, QObject* parent = nullptr);

    void start();
    // Claims nothing more, waits for the requests in flight, records them, then emits stopped().
    void stop();
    int inFlight() const;

Q_SIGNALS:
    void progressed();
    // One request answered (or failed), with how long it took; for benchmarks and the activity view.
    void requestFinished(qint64 latencyMs);
    void stopped();
    void failedToRecord(const QString& error);

private:
    void tick();
    void scheduleTick(int milliseconds);
    void send(SenderPool::Sender& sender, const OutboxRow& row);
    void complete(const OutboxRow& row, qint64 profileId, const ProviderResult& result);
    void flush();
    OutgoingMessage messageFor(const OutboxRow& row);

    Outbox& m_outbox;
    SenderPool& m_senders;
    Options m_options;
    QTimer m_tick;
    QTimer m_flushTimer;
    QList<Outbox::Completion> m_pending;
    QHash<qint64, OutgoingMessage> m_messages; // broadcast id -> its message
    QRandomGenerator m_random;
    QElapsedTimer m_clock;
    int m_inFlight = 0;
    qint64 m_scheduleCheckedAtMs = 0;
    bool m_running = false;
    bool m_stopping = false;
};
