#include "statuspoller.h"

#include "providers/messagingprovider.h"
#include "providers/twiliosentmatch.h"
#include "senderpool.h"
#include "storage/database.h"
#include "storage/writetransaction.h"

#include <QDateTime>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcPoller, "tandem.outbox.poller")

namespace {
qint64 wallMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

StatusPoller::StatusPoller(Database& database, Outbox& outbox, SenderPool& senders, Options options, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_outbox(outbox)
    , m_senders(senders)
    , m_options(options)
    , m_ledger(database)
{
    m_timer.setInterval(m_options.checkEveryMs);
    connect(&m_timer, &QTimer::timeout, this, &StatusPoller::check);
    connect(&m_senders, &SenderPool::ready, this, [this] {
        if (m_running)
            QTimer::singleShot(0, this, &StatusPoller::check);
    });
    m_clock.start();
}

void StatusPoller::start()
{
    m_running = true;
    m_tokens = m_options.perSecond;
    m_lastRefillMs = m_clock.elapsed();
    m_timer.start();
    QTimer::singleShot(0, this, &StatusPoller::check);
}

void StatusPoller::stop()
{
    m_running = false;
    m_timer.stop();
}

int StatusPoller::inFlight() const
{
    return int(m_asking.size());
}

void StatusPoller::check()
{
    if (!m_running)
        return;
    const qint64 elapsed = m_clock.elapsed();
    m_tokens = qMin(m_options.perSecond, m_tokens + (elapsed - m_lastRefillMs) * m_options.perSecond / 1000.0);
    m_lastRefillMs = elapsed;
    const int budget = qMin(int(m_tokens), m_options.maxInFlight - int(m_asking.size()));
    if (budget <= 0)
        return;
    const qint64 now = wallMs();
    const Result<QList<qint64>> due = m_outbox.polls().profilesWithDue(now);
    if (!due.isOk()) {
        Q_EMIT failed(due.error());
        return;
    }
    QList<qint64> ready;
    for (qint64 profileId : due.value()) {
        const SenderPool::Sender* sender = m_senders.get(profileId); // loads it; ready() checks again
        if (sender && sender->error.isEmpty() && sender->pollsStatus && !sender->providers.isEmpty())
            ready << profileId;
    }
    const Result<QList<OutboxRow>> rows = m_outbox.polls().claim(ready, now, budget, now + m_options.answerWithinMs);
    if (!rows.isOk()) {
        Q_EMIT failed(rows.error());
        return;
    }
    for (const OutboxRow& row : rows.value())
        ask(row);
}

void StatusPoller::ask(const OutboxRow& row)
{
    SenderPool::Sender* sender = m_senders.get(row.profileId);
    if (!sender || sender->providers.isEmpty())
        return; // claimed until answerWithinMs: asked again then
    m_tokens -= 1;
    m_asking.insert(row.id);
    ProviderJob* job = sender->provider()->fetchStatus(row.providerMessageId);
    connect(job, &ProviderJob::finished, this, [this, row](const ProviderResult& result) {
        m_asking.remove(row.id);
        answered(row, result);
    });
}

void StatusPoller::answered(const OutboxRow& row, const ProviderResult& result)
{
    const qint64 now = wallMs();
    // The acceptance time: the attempt that was accepted began when the row was last claimed.
    const qint64 acceptedAt = row.claimedAtMs > 0 ? row.claimedAtMs : now;
    const bool known = !result.status.isEmpty() && result.messageId == row.providerMessageId;
    if (!known) {
        // The question failed (network, a 5xx, an expired token): asked again on the schedule. A message the provider
        // no longer has (deleted from the account) is never asked about again.
        const bool gone = result.error.code == u"20404"_s;
        qCDebug(lcPoller) << "status of row" << row.id << "not known:" << result.error.code << result.error.explanation;
        const Status rescheduled
            = m_outbox.polls().polled(row.id, gone ? 0 : m_options.schedule.nextAt(row.polls + 1, acceptedAt, now));
        if (!rescheduled.isOk())
            Q_EMIT failed(rescheduled.error());
        return;
    }
    const SenderPool::Sender* sender = m_senders.get(row.profileId);
    DeliveryEvent event;
    event.provider = sender ? sender->profile.kind : u"twilio"_s;
    event.profileId = row.profileId;
    event.messageId = result.messageId;
    event.status = result.status;
    event.error = result.error;
    event.source = u"poll"_s;
    event.price = result.details.value(u"price"_s).toString();
    event.priceUnit = result.details.value(u"price_unit"_s).toString();
    const QDateTime updated = twilioDateTime(result.details.value(u"date_updated"_s).toString());
    event.occurredAtMs = updated.isValid() ? updated.toMSecsSinceEpoch() : now;
    const OutboxState reached = event.targetState();
    // Stop at read or failed; a sender whose statuses also arrive by callback needs no more questions once delivered.
    const bool done = outboxFinal(reached) || (reached == OutboxState::Delivered && sender && sender->statusCallbacks);
    WriteTransaction transaction(m_database.connection());
    Status stored = transaction.status();
    int applied = 0;
    if (stored.isOk()) {
        const Result<StatusLedger::Outcome> outcome = m_ledger.record({event});
        stored = outcome.status();
        if (outcome.isOk())
            applied = outcome.value().applied;
    }
    if (stored.isOk())
        stored = m_outbox.polls().polled(row.id, done ? 0 : m_options.schedule.nextAt(row.polls + 1, acceptedAt, now));
    if (stored.isOk())
        stored = transaction.commit();
    if (!stored.isOk()) {
        Q_EMIT failed(stored.error());
        return;
    }
    Q_EMIT polled(1, applied);
}
