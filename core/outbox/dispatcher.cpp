#include "dispatcher.h"

#include "providers/messagingprovider.h"
#include "senderleases.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLoggingCategory>
#include <QSysInfo>
#include <QUuid>

#include <cmath>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcDispatcher, "tandem.outbox.dispatcher")

namespace {
qint64 wallMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// How long a sender of 400 messages a second or more waits before waking for its next tokens.
constexpr qint64 kBatchWakeMs = 4;

QString expiredReason()
{
    return QCoreApplication::translate("Dispatcher",
        "The Tandem that was sending it stopped (or stopped responding) before the provider answered, so it is "
        "not known whether it went out.");
}
} // namespace

Dispatcher::Dispatcher(
    Outbox& outbox, SenderLeases& leases, SenderPool& senders, Database& database, Options options, QObject* parent)
    : QObject(parent)
    , m_outbox(outbox)
    , m_leases(leases)
    , m_senders(senders)
    , m_options(std::move(options))
    , m_workerId(QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_messages(outbox)
    , m_check(database, m_messages)
    , m_budgets(database)
    , m_random(QRandomGenerator::global()->generate())
{
    m_tick.setSingleShot(true);
    m_tick.setTimerType(Qt::PreciseTimer);
    connect(&m_tick, &QTimer::timeout, this, &Dispatcher::tick);
    m_flushTimer.setSingleShot(true);
    connect(&m_flushTimer, &QTimer::timeout, this, &Dispatcher::flush);
    if (m_options.holder.isEmpty())
        m_options.holder = u"%1 (pid %2)"_s.arg(QSysInfo::machineHostName()).arg(QCoreApplication::applicationPid());
    m_heartbeat.setInterval(m_options.heartbeatMs);
    connect(&m_heartbeat, &QTimer::timeout, this, &Dispatcher::heartbeat);
    connect(&m_senders, &SenderPool::ready, this, [this] { scheduleTick(0); });
    m_clock.start();
}

void Dispatcher::start()
{
    m_running = true;
    m_stopping = false;
    heartbeat(); // rows another Tandem left behind become unconfirmed now if their lease ran out
    m_heartbeat.start();
    scheduleTick(0);
}

void Dispatcher::stop()
{
    m_stopping = true;
    m_tick.stop();
    const qint64 now = wallMs();
    for (qint64 profileId : m_queued.keys())
        releaseQueued(profileId, now);
    if (m_inFlight == 0)
        finishStopping();
}

void Dispatcher::finishStopping()
{
    if (m_running) {
        flush();
        m_heartbeat.stop();
        // Another Tandem may take our senders at once instead of waiting for the leases to run out.
        m_leases.release(m_workerId);
        m_ownedUntil.clear();
        m_running = false;
    }
    Q_EMIT stopped();
}

int Dispatcher::inFlight() const
{
    return m_inFlight;
}

QString Dispatcher::workerId() const
{
    return m_workerId;
}

QList<qint64> Dispatcher::ownedSenders() const
{
    const qint64 now = wallMs();
    QList<qint64> owned;
    for (auto it = m_ownedUntil.cbegin(); it != m_ownedUntil.cend(); ++it) {
        if (it.value() > now)
            owned << it.key();
    }
    return owned;
}

void Dispatcher::scheduleTick(int milliseconds)
{
    if (!m_running || m_stopping)
        return;
    if (m_tick.isActive() && m_tick.remainingTime() <= milliseconds)
        return;
    m_tick.start(milliseconds);
}

void Dispatcher::heartbeat()
{
    const qint64 now = wallMs();
    const qint64 until = now + m_options.leaseMs;
    const Result<QList<qint64>> held = m_leases.renew(m_workerId, until);
    if (held.isOk()) {
        QHash<qint64, qint64> owned;
        for (qint64 id : held.value())
            owned.insert(id, until);
        for (auto it = m_ownedUntil.cbegin(); it != m_ownedUntil.cend(); ++it) {
            if (!owned.contains(it.key()))
                qCWarning(lcDispatcher) << "sender" << it.key() << "was taken over by another Tandem";
        }
        m_ownedUntil = owned;
    } else {
        Q_EMIT failedToRecord(held.error());
    }
    const Result<int> renewed = m_outbox.queue().renewLeases({m_workerId, until});
    if (!renewed.isOk())
        Q_EMIT failedToRecord(renewed.error());
    const Result<int> expired = m_outbox.queue().expireLeases(now, expiredReason());
    if (expired.isOk() && expired.value() > 0) {
        qCInfo(lcDispatcher) << expired.value() << "row(s) left in flight by a stopped worker are now unconfirmed";
        Q_EMIT unconfirmedFound();
        Q_EMIT progressed();
    }
}

bool Dispatcher::ownSender(qint64 profileId, qint64 now)
{
    // Our lease is fresh while the heartbeat renews it; near its end (the heartbeat could not write, or the
    // computer slept) we must win it again before claiming, or we could send beside the sender's new owner.
    if (m_ownedUntil.value(profileId) > now + m_options.leaseMs / 3)
        return true;
    if (now - m_lastAcquireTry.value(profileId) < m_options.idlePollMs)
        return false;
    m_lastAcquireTry.insert(profileId, now);
    const Result<bool> won = m_leases.acquire(profileId, m_workerId, m_options.holder, now, now + m_options.leaseMs);
    if (!won.isOk()) {
        Q_EMIT failedToRecord(won.error());
        return false;
    }
    if (!won.value()) {
        m_ownedUntil.remove(profileId);
        return false;
    }
    m_ownedUntil.insert(profileId, now + m_options.leaseMs);
    return true;
}

void Dispatcher::tick()
{
    if (m_stopping)
        return;
    const qint64 now = wallMs();
    // Scheduled broadcasts start within a second of their time; checking once a second keeps writes off the
    // busy path.
    if (now - m_scheduleCheckedAtMs >= 1000) {
        m_scheduleCheckedAtMs = now;
        m_outbox.broadcasts().startScheduled(now);
    }
    qint64 wake = m_options.idlePollMs;
    m_waitingForSlot = false;
    const QList<qint64> due = sendersWithDueRows(now);
    for (qint64 profileId : due) {
        SenderPool::Sender* sender = m_senders.get(profileId);
        if (!sender)
            continue; // still loading; ready() ticks again
        if (sender->tokenMissing) {
            // Another computer sharing the database has the token and sends; this one must not hold the sender.
            releaseQueued(profileId, now);
            if (m_ownedUntil.remove(profileId) > 0)
                m_leases.release(profileId, m_workerId);
            continue;
        }
        if (!ownSender(profileId, now)) {
            releaseQueued(profileId, now);
            continue; // another Tandem sends for it
        }
        if (!sender->error.isEmpty()) {
            // Nothing can go out through it: say so on its broadcasts instead of waiting in silence. Resuming
            // tries again with the sender loaded afresh.
            releaseQueued(profileId, now);
            m_outbox.broadcasts().pauseSender(profileId, sender->error);
            m_senders.forget(profileId);
            continue;
        }
        QList<OutboxRow>& queue = m_queued[profileId];
        const bool mayHaveMore = refill(*sender, queue, now);
        drain(*sender, queue, now, &wake);
        if (queue.isEmpty()) {
            m_queued.remove(profileId);
            if (mayHaveMore && !m_waitingForSlot)
                wake = 0;
        }
    }
    scheduleTick(int(wake));
}

const QList<qint64>& Dispatcher::sendersWithDueRows(qint64 now)
{
    // While sending, a tick comes with every token; which senders have due rows is read once every few
    // milliseconds, and a sender whose rows ran out drops from the list until the next read.
    if (m_dueCheckedAtMs >= 0 && now >= m_dueCheckedAtMs && now - m_dueCheckedAtMs < m_options.dueRefreshMs)
        return m_dueSenders;
    m_dueCheckedAtMs = now;
    const Result<QList<qint64>> profiles = m_outbox.queue().profilesWithDueRows(now);
    if (profiles.isOk()) {
        m_dueSenders = profiles.value();
    } else {
        Q_EMIT failedToRecord(profiles.error());
        m_dueSenders.clear();
    }
    for (auto it = m_queued.cbegin(); it != m_queued.cend(); ++it) {
        if (!m_dueSenders.contains(it.key()))
            m_dueSenders << it.key(); // its claimed rows still go out at its pace
    }
    return m_dueSenders;
}

bool Dispatcher::refill(SenderPool::Sender& sender, QList<OutboxRow>& queue, qint64 now)
{
    // How many rows this sender goes through in the lookahead time; an unlimited one, as many as may be in flight.
    const double rate = sender.limiter->rate();
    const int want = rate > 0 ? qBound(1, int(std::ceil(rate * m_options.lookaheadMs / 1000.0)), m_options.maxInFlight)
                              : m_options.maxInFlight;
    // Claimed rows wait apart from the requests in flight, and there are never more of them than requests allowed.
    const int free = m_options.maxInFlight - m_queuedCount;
    const int room = qMin(free, want - int(queue.size()));
    // One transaction claims half the lookahead or more (a quarter when unpaced, where the rows go out at once and
    // a bigger batch would leave requests unsent), so a fast sender claims once every dozen messages.
    if (room <= 0 || room < qMax(1, rate > 0 ? want / 2 : want / 4))
        return true; // not worth a transaction yet: more are due
    const Result<QList<OutboxRow>> claimed
        = m_outbox.queue().claimDue(sender.profile.id, room, now, {m_workerId, now + m_options.leaseMs});
    if (!claimed.isOk()) {
        Q_EMIT failedToRecord(claimed.error());
        return false;
    }
    QList<OutboxRow> rows = claimed.value();
    skipLeftOut(rows, now);
    holdOverBudget(rows, now);
    queue << rows;
    m_queuedCount += int(rows.size());
    if (claimed.value().size() < room) {
        m_dueSenders.removeOne(sender.profile.id); // nothing more is due now
        return false;
    }
    return true;
}

void Dispatcher::skipLeftOut(QList<OutboxRow>& rows, qint64 now)
{
    // Admission's last look: a STOP that came while the broadcast ran, a window that closed while it waited.
    const Result<QList<SendCheck::Skip>> left = m_check.take(rows, now);
    if (!left.isOk()) {
        // Not knowing, nothing of this batch goes out now: it is released and claimed again shortly.
        Q_EMIT failedToRecord(left.error());
        const Status released = m_outbox.queue().release(rows, now + m_options.idlePollMs, m_workerId);
        if (!released.isOk())
            Q_EMIT failedToRecord(released.error());
        rows.clear();
        return;
    }
    if (left.value().isEmpty())
        return;
    QList<SendQueue::Skip> skips;
    for (const SendCheck::Skip& s : left.value())
        skips << SendQueue::Skip {s.row, LeftOut::name(s.reason), LeftOut::explanation(s.reason)};
    const Status recorded = m_outbox.queue().skip(skips, m_workerId);
    if (!recorded.isOk()) {
        Q_EMIT failedToRecord(recorded.error()); // they stay claimed under our lease, and are looked at again
        return;
    }
    qCInfo(lcDispatcher) << skips.size() << "row(s) skipped at their turn: the customer is no longer reachable";
    Q_EMIT skipped(int(skips.size()));
    Q_EMIT progressed();
}

void Dispatcher::holdOverBudget(QList<OutboxRow>& rows, qint64 now)
{
    const int claimed = int(rows.size());
    const Result<QList<BudgetGate::Hold>> holds = m_budgets.take(rows, now);
    if (!holds.isOk()) {
        // Not knowing what was spent, nothing of this batch goes out now.
        Q_EMIT failedToRecord(holds.error());
        const Status released = m_outbox.queue().release(rows, now + m_options.idlePollMs, m_workerId);
        if (!released.isOk())
            Q_EMIT failedToRecord(released.error());
        rows.clear();
        return;
    }
    for (const BudgetGate::Hold& hold : holds.value()) {
        // Paused first, so the rows going back are not claimed again before the pause is written.
        const Status paused = hold.broadcastId > 0 ? m_outbox.broadcasts().pause(hold.broadcastId, hold.reason)
                                                   : m_outbox.broadcasts().pauseSender(hold.profileId, hold.reason);
        if (!paused.isOk())
            Q_EMIT failedToRecord(paused.error());
        const Status released = m_outbox.queue().release(hold.rows, now, m_workerId);
        if (!released.isOk())
            Q_EMIT failedToRecord(released.error());
        qCInfo(lcDispatcher) << hold.rows.size() << "row(s) held back at a budget";
        Q_EMIT pausedAtBudget(hold.reason);
    }
    if (int(rows.size()) != claimed)
        Q_EMIT progressed();
}

void Dispatcher::drain(SenderPool::Sender& sender, QList<OutboxRow>& queue, qint64 now, qint64* wake)
{
    QList<OutboxRow> notYet;
    qint64 notBefore = now;
    while (!queue.isEmpty()) {
        if (m_inFlight >= m_options.maxInFlight) {
            m_waitingForSlot = true; // the next answer ticks at once
            break;
        }
        qint64 tokenWait = 0;
        if (sender.limiter->available(&tokenWait) == 0) {
            // A fast sender wakes for a few tokens at once (its bucket holds 5 ms' worth), not for every one.
            const qint64 batch = sender.limiter->rate() >= 400 ? kBatchWakeMs : 0;
            *wake = qMin(*wake, qMax(tokenWait, batch));
            break;
        }
        const OutboxRow row = queue.takeFirst();
        --m_queuedCount;
        qint64 wait = 0;
        if (sender.pairLimiter && !sender.pairLimiter->tryTake(row.recipient, &wait)) {
            notYet << row;
            notBefore = qMax(notBefore, now + wait);
            continue;
        }
        sender.limiter->tryTake();
        send(sender, row);
    }
    if (!notYet.isEmpty()) {
        const Status released = m_outbox.queue().release(notYet, notBefore, m_workerId);
        if (!released.isOk())
            Q_EMIT failedToRecord(released.error()); // they stay claimed under our lease, and are sent later
    }
}

void Dispatcher::releaseQueued(qint64 profileId, qint64 notBefore)
{
    const QList<OutboxRow> rows = m_queued.take(profileId);
    if (rows.isEmpty())
        return;
    m_queuedCount -= int(rows.size());
    // Back to the outbox as never sent; should this fail, the rows stay claimed under our lease until it runs out.
    const Status released = m_outbox.queue().release(rows, notBefore, m_workerId);
    if (!released.isOk())
        Q_EMIT failedToRecord(released.error());
}

void Dispatcher::send(SenderPool::Sender& sender, const OutboxRow& row)
{
    const Result<OutgoingMessage> message = m_messages.messageFor(row);
    ++m_inFlight;
    const qint64 profileId = sender.profile.id;
    if (!message.isOk()) {
        // The broadcast could not be read: nothing was sent, so the row waits and is tried again.
        ProviderResult result;
        result.error.errorClass = ErrorClass::Transient;
        result.error.code = u"database"_s;
        result.error.explanation = message.error();
        QTimer::singleShot(0, this, [this, row, profileId, result] { complete(row, profileId, result); });
        return;
    }
    const qint64 sentAt = m_clock.elapsed();
    ProviderJob* job = sender.provider()->send(message.value());
    connect(job, &ProviderJob::finished, this, [this, row, profileId, sentAt](const ProviderResult& result) {
        Q_EMIT requestFinished(m_clock.elapsed() - sentAt);
        complete(row, profileId, result);
    });
}

void Dispatcher::complete(const OutboxRow& row, qint64 profileId, const ProviderResult& result)
{
    --m_inFlight;
    Outbox::Completion c;
    c.row = row;
    c.sentThroughProfileId = profileId;
    c.providerMessageId = result.messageId;
    c.error = result.error;
    c.atMs = wallMs();
    c.decision = m_options.retry.decide(result.error, row.attempts, row.throttles, c.atMs, m_random.generateDouble());
    SenderPool::Sender* sender = m_senders.get(profileId);
    if (result.error.errorClass == ErrorClass::RateLimited && sender && sender->limiter)
        sender->limiter->throttle(); // the provider asked us to slow down: the whole sender does
    if (c.decision.state == OutboxState::Accepted && sender && sender->pollsStatus)
        c.pollAtMs = m_options.polls.firstAt(c.atMs, sender->statusCallbacks);
    if (c.decision.state == OutboxState::Failed) {
        if (sender && sender->backupProfileId != 0 && sender->backupProfileId != profileId
            && sender->fallbackClasses.contains(errorClassName(result.error.errorClass)))
            c.reroutedToProfileId = sender->backupProfileId;
    }
    if (result.error.isError())
        qCDebug(lcDispatcher) << "row" << row.id << "attempt" << row.attempts << errorClassName(result.error.errorClass)
                              << result.error.code << "->" << outboxStateName(c.decision.state);
    m_pending << c;
    if (m_pending.size() >= m_options.flushEvery || m_stopping)
        flush();
    else if (!m_flushTimer.isActive())
        m_flushTimer.start(m_options.flushAfterMs);
    // A paced sender's next message waits for its token, and the tick is set for that; only a sender held back by
    // the requests in flight goes on when an answer comes.
    if (m_waitingForSlot)
        scheduleTick(0);
    if (m_stopping && m_inFlight == 0)
        finishStopping();
}

void Dispatcher::flush()
{
    m_flushTimer.stop();
    if (m_pending.isEmpty())
        return;
    const Result<Outbox::Recorded> recorded = m_outbox.queue().record(m_pending, m_workerId);
    if (!recorded.isOk()) {
        // Kept in memory (the rows stay ours: the heartbeat renews their leases) and written at the next try.
        Q_EMIT failedToRecord(recorded.error());
        ++m_flushFailures;
        m_flushTimer.start(qMin(5000, 100 * (1 << qMin(m_flushFailures, 6))));
        return;
    }
    m_flushFailures = 0;
    if (!recorded.value().lost.isEmpty())
        qCWarning(lcDispatcher)
            << recorded.value().lost.size()
            << "outcome(s) not recorded: another Tandem took those rows over after our lease ran out";
    const bool unconfirmed = std::any_of(m_pending.cbegin(), m_pending.cend(),
        [](const Outbox::Completion& c) { return c.decision.state == OutboxState::Unconfirmed; });
    m_pending.clear();
    m_outbox.broadcasts().finishCompleted();
    if (unconfirmed)
        Q_EMIT unconfirmedFound();
    Q_EMIT progressed();
}
