#include "dispatcher.h"

#include "broadcast/templatetext.h"
#include "providers/messagingprovider.h"

#include <QDateTime>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcDispatcher, "tandem.outbox.dispatcher")

namespace {
qint64 wallMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}
} // namespace

Dispatcher::Dispatcher(Outbox& outbox, SenderPool& senders, Options options, QObject* parent)
    : QObject(parent)
    , m_outbox(outbox)
    , m_senders(senders)
    , m_options(options)
    , m_random(QRandomGenerator::global()->generate())
{
    m_tick.setSingleShot(true);
    m_tick.setTimerType(Qt::PreciseTimer);
    connect(&m_tick, &QTimer::timeout, this, &Dispatcher::tick);
    m_flushTimer.setSingleShot(true);
    connect(&m_flushTimer, &QTimer::timeout, this, &Dispatcher::flush);
    connect(&m_senders, &SenderPool::ready, this, [this] { scheduleTick(0); });
    m_clock.start();
}

void Dispatcher::start()
{
    m_running = true;
    m_stopping = false;
    scheduleTick(0);
}

void Dispatcher::stop()
{
    m_stopping = true;
    m_tick.stop();
    if (m_inFlight == 0) {
        flush();
        m_running = false;
        Q_EMIT stopped();
    }
}

int Dispatcher::inFlight() const
{
    return m_inFlight;
}

void Dispatcher::scheduleTick(int milliseconds)
{
    if (!m_running || m_stopping)
        return;
    if (m_tick.isActive() && m_tick.remainingTime() <= milliseconds)
        return;
    m_tick.start(milliseconds);
}

OutgoingMessage Dispatcher::messageFor(const OutboxRow& row)
{
    auto it = m_messages.find(row.broadcastId);
    if (it == m_messages.end()) {
        const Result<Broadcast> b = m_outbox.broadcast(row.broadcastId);
        it = m_messages.insert(row.broadcastId, b.isOk() ? b.value().message : OutgoingMessage());
    }
    OutgoingMessage message = it.value();
    message.to = row.recipient;
    message.variables = row.variables;
    // Free text and captions are personalised here ("Hello {{name}}"); templates carry their variables to the
    // provider, which fills the approved text.
    if (message.kind == OutgoingMessage::Kind::Text || message.kind == OutgoingMessage::Kind::Media)
        message.text = TemplateText::render(message.text, row.variables);
    return message;
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
        m_outbox.startScheduled(now);
    }
    const Result<QList<qint64>> profiles = m_outbox.profilesWithDueRows(now);
    if (!profiles.isOk()) {
        Q_EMIT failedToRecord(profiles.error());
        scheduleTick(m_options.idlePollMs);
        return;
    }
    qint64 wake = m_options.idlePollMs;
    bool busy = false;
    for (qint64 profileId : profiles.value()) {
        const int free = m_options.maxInFlight - m_inFlight;
        if (free <= 0)
            break;
        SenderPool::Sender* sender = m_senders.get(profileId);
        if (!sender)
            continue; // still loading; ready() ticks again
        if (!sender->error.isEmpty()) {
            // Nothing can go out through it: say so on its broadcasts instead of waiting in silence. Resuming
            // tries again with the sender loaded afresh.
            m_outbox.pauseSender(profileId, sender->error);
            m_senders.forget(profileId);
            continue;
        }
        qint64 tokenWait = 0;
        const int budget = qMin(free, sender->limiter->available(&tokenWait));
        if (budget == 0) {
            wake = qMin(wake, tokenWait);
            continue;
        }
        const Result<QList<OutboxRow>> claimed = m_outbox.claimDue(profileId, budget, now);
        if (!claimed.isOk()) {
            Q_EMIT failedToRecord(claimed.error());
            continue;
        }
        QList<OutboxRow> notYet;
        qint64 pairWait = 0;
        for (const OutboxRow& row : claimed.value()) {
            qint64 wait = 0;
            if (sender->pairLimiter && !sender->pairLimiter->tryTake(row.recipient, &wait)) {
                notYet << row;
                pairWait = qMax(pairWait, wait);
                continue;
            }
            sender->limiter->tryTake();
            send(*sender, row);
        }
        if (!notYet.isEmpty())
            m_outbox.release(notYet, now + pairWait);
        busy = busy || claimed.value().size() == budget;
    }
    scheduleTick(busy ? 0 : int(wake));
}

void Dispatcher::send(SenderPool::Sender& sender, const OutboxRow& row)
{
    ++m_inFlight;
    const qint64 profileId = sender.profile.id;
    const qint64 sentAt = m_clock.elapsed();
    ProviderJob* job = sender.provider()->send(messageFor(row));
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
    c.decision = m_options.retry.decide(result.error, row.attempts, c.atMs, m_random.generateDouble());
    if (c.decision.state == OutboxState::Failed) {
        SenderPool::Sender* sender = m_senders.get(profileId);
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
    scheduleTick(0);
    if (m_stopping && m_inFlight == 0) {
        flush();
        m_running = false;
        Q_EMIT stopped();
    }
}

void Dispatcher::flush()
{
    m_flushTimer.stop();
    if (m_pending.isEmpty())
        return;
    const Status recorded = m_outbox.record(m_pending);
    if (!recorded.isOk()) {
        Q_EMIT failedToRecord(recorded.error());
        return; // kept, tried again on the next flush
    }
    m_pending.clear();
    m_outbox.finishCompleted();
    Q_EMIT progressed();
}
