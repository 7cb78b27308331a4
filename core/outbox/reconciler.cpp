#include "reconciler.h"

#include "providers/messagingprovider.h"
#include "senderpool.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcReconciler, "tandem.outbox.reconciler")

namespace {
qint64 wallMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// Rows only the owner can settle are looked at again this often, in case the sender's settings changed.
constexpr qint64 kOwnerDecidesRecheckMs = 10 * 60 * 1000;
// Rows the provider says it never took, even after one more send: only the owner decides.
constexpr qint64 kNever = qint64(1) << 60;
} // namespace

Reconciler::Reconciler(
    Outbox& outbox, SenderPool& senders, std::function<QList<qint64>()> ownedSenders, Options options, QObject* parent)
    : QObject(parent)
    , m_outbox(outbox)
    , m_senders(senders)
    , m_ownedSenders(std::move(ownedSenders))
    , m_options(options)
    , m_messages(outbox)
{
    m_timer.setInterval(m_options.pollMs);
    connect(&m_timer, &QTimer::timeout, this, &Reconciler::check);
    connect(&m_senders, &SenderPool::ready, this, &Reconciler::checkSoon);
}

QString Reconciler::autoResendSetting()
{
    return u"resend_unconfirmed_after_minutes"_s;
}

void Reconciler::start()
{
    m_running = true;
    m_timer.start();
    checkSoon();
}

void Reconciler::stop()
{
    m_running = false;
    m_timer.stop();
}

void Reconciler::checkSoon()
{
    if (m_running)
        QTimer::singleShot(0, this, &Reconciler::check);
}

int Reconciler::lookupsInFlight() const
{
    return int(m_checking.size());
}

void Reconciler::check()
{
    if (!m_running)
        return;
    const qint64 now = wallMs();
    const Result<QList<OutboxRow>> rows = m_outbox.unconfirmed().due(m_ownedSenders(), now, m_options.batch);
    if (!rows.isOk()) {
        Q_EMIT failed(rows.error());
        return;
    }
    for (const OutboxRow& row : rows.value()) {
        if (!m_checking.contains(row.id) && m_checking.size() < m_options.batch)
            settle(row, now);
    }
}

void Reconciler::later(qint64 rowId, qint64 atMs, const QString& reason)
{
    const Status scheduled = m_outbox.unconfirmed().scheduleCheck(rowId, atMs, reason);
    if (!scheduled.isOk())
        Q_EMIT failed(scheduled.error());
}

void Reconciler::settle(const OutboxRow& row, qint64 now)
{
    SenderPool::Sender* sender = m_senders.get(row.profileId);
    if (!sender)
        return; // loading; ready() checks again
    if (!sender->error.isEmpty() || sender->providers.isEmpty()) {
        later(row.id, now + m_options.retryLookupMs, row.unconfirmedReason);
        return;
    }
    MessagingProvider* provider = sender->provider();
    if (provider->canFindSent()) {
        if (now - row.claimedAtMs < m_options.graceMs) {
            later(row.id, row.claimedAtMs + m_options.graceMs, row.unconfirmedReason);
            return;
        }
        lookUp(row, provider);
        return;
    }
    const int minutes = sender->profile.setting(autoResendSetting()).toInt();
    if (minutes > 0 && row.resends == 0) {
        const qint64 due = row.claimedAtMs + qint64(minutes) * 60 * 1000;
        if (now >= due) {
            qCInfo(lcReconciler) << "row" << row.id << "resent after" << minutes << "minutes, as the sender allows";
            const Status resent = m_outbox.unconfirmed().resend(row.id);
            if (!resent.isOk())
                Q_EMIT failed(resent.error());
            else
                Q_EMIT settled(0, 1);
            return;
        }
        later(row.id, due, row.unconfirmedReason);
        return;
    }
    later(row.id, now + kOwnerDecidesRecheckMs, row.unconfirmedReason);
}

void Reconciler::lookUp(const OutboxRow& row, MessagingProvider* provider)
{
    const qint64 now = wallMs();
    const Result<OutgoingMessage> message = m_messages.messageFor(row);
    const Result<QSet<QString>> known = m_outbox.unconfirmed().knownProviderIds(row.recipient);
    if (!message.isOk() || !known.isOk()) {
        Q_EMIT failed(message.isOk() ? known.error() : message.error());
        later(row.id, now + m_options.retryLookupMs, row.unconfirmedReason);
        return;
    }
    m_checking.insert(row.id);
    ProviderJob* job = provider->findSent({message.value(), row.claimedAtMs, known.value()});
    connect(job, &ProviderJob::finished, this, [this, row](const ProviderResult& result) {
        m_checking.remove(row.id);
        const qint64 at = wallMs();
        if (!result.isOk()) {
            later(row.id, at + m_options.retryLookupMs,
                row.unconfirmedReason + u' '
                    + tr("Tandem could not ask the provider whether it arrived (%1) and will try again.")
                          .arg(result.error.explanation));
            return;
        }
        Status done = Status::success();
        if (!result.messageId.isEmpty()) {
            qCInfo(lcReconciler) << "row" << row.id << "found at the provider as" << result.messageId;
            const SenderPool::Sender* sender = m_senders.get(row.profileId);
            const qint64 pollAt
                = sender && sender->pollsStatus ? m_options.polls.firstAt(at, sender->statusCallbacks) : 0;
            done = m_outbox.unconfirmed().resolve(row.id, Outbox::Resolution::Accepted, result.messageId, pollAt);
            if (done.isOk())
                Q_EMIT settled(1, 0);
        } else if (row.resends == 0) {
            qCInfo(lcReconciler) << "row" << row.id << "never reached the provider; sending it once more";
            done = m_outbox.unconfirmed().resend(row.id);
            if (done.isOk())
                Q_EMIT settled(0, 1);
        } else {
            later(row.id, kNever,
                tr("The provider has no record of this message, even after Tandem sent it once more without an "
                   "answer. Resend it or drop it."));
        }
        if (!done.isOk())
            Q_EMIT failed(done.error());
    });
}
