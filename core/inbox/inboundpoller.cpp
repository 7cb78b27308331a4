#include "inboundpoller.h"
#include "providers/providerregistry.h"

#include "optoutconfirmations.h"

#include "outbox/outbox.h"
#include "outbox/senderpool.h"
#include "profiles/profilerepository.h"
#include "providers/messagingprovider.h"
#include "providers/twiliocallbacks.h"
#include "storage/database.h"
#include "storage/writetransaction.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcInboundPoller, "tandem.inbox.poller")

InboundPoller::InboundPoller(Database& database,
    ProfileRepository& profiles,
    SenderPool& senders,
    Outbox& outbox,
    Options options,
    QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_profiles(profiles)
    , m_senders(senders)
    , m_outbox(outbox)
    , m_options(options)
    , m_ledger(database)
{
    m_timer.setInterval(m_options.everyMs);
    connect(&m_timer, &QTimer::timeout, this, &InboundPoller::check);
}

void InboundPoller::start()
{
    m_running = true;
    m_timer.start();
    QTimer::singleShot(0, this, &InboundPoller::check);
}

void InboundPoller::stop()
{
    m_running = false;
    m_timer.stop();
}

void InboundPoller::checkNow()
{
    QTimer::singleShot(0, this, &InboundPoller::check);
}

void InboundPoller::check()
{
    if (!m_running)
        return;
    const Result<QList<Profile>> all = m_profiles.list();
    if (!all.isOk()) {
        Q_EMIT failed(all.error());
        return;
    }
    for (const Profile& p : all.value()) {
        const ProviderDescriptor* descriptor = m_profiles.registry().find(p.kind);
        if (!descriptor || !descriptor->capabilities.inboundPolling || m_polling.contains(p.id))
            continue;
        SenderPool::Sender* sender = m_senders.get(p.id);
        if (!sender) {
            // Loading; looked at again when it is ready.
            connect(&m_senders, &SenderPool::ready, this, &InboundPoller::checkNow, Qt::SingleShotConnection);
            continue;
        }
        // With a receiver, Twilio posts them; without one, they are fetched.
        if (!sender->error.isEmpty() || sender->providers.isEmpty() || sender->statusCallbacks
            || !sender->provider()->canListInbound())
            continue;
        poll(p.id);
    }
}

void InboundPoller::poll(qint64 profileId)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QSqlQuery cursor(m_database.connection());
    cursor.prepare(u"SELECT seen_until FROM twilio_inbound_cursors WHERE profile_id = ?"_s);
    cursor.addBindValue(profileId);
    const qint64 since = cursor.exec() && cursor.next() ? cursor.value(0).toLongLong() - m_options.overlapMs
                                                        : now - m_options.firstLookBackMs;
    m_polling.insert(profileId);
    ProviderJob* job = m_senders.get(profileId)->provider()->listInbound(since);
    connect(job, &ProviderJob::finished, this, [this, profileId, now](const ProviderResult& result) {
        m_polling.remove(profileId);
        if (!result.isOk()) {
            qCDebug(lcInboundPoller) << "sender" << profileId
                                     << "could not be asked for messages:" << result.error.code;
            return; // asked again next time, from the same point
        }
        store(profileId, now, result.details.value(u"messages"_s).toList());
    });
}

void InboundPoller::store(qint64 profileId, qint64 polledAtMs, const QVariantList& messages)
{
    QList<InboundMessage> inbound;
    for (const QVariant& v : messages) {
        const QVariantMap m = v.toMap();
        InboundMessage in;
        in.provider = u"twilio"_s;
        in.profileId = profileId;
        in.messageId = m.value(u"sid"_s).toString();
        in.from = TwilioCallbacks::address(m.value(u"from"_s).toString());
        in.text = m.value(u"body"_s).toString();
        in.type = m.value(u"type"_s).toString();
        in.receivedAtMs = m.value(u"received_at_ms"_s).toLongLong();
        inbound << in;
    }
    const Result<Profile> profile = m_profiles.find(profileId);
    const QString confirmation
        = profile.isOk() ? profile.value().setting(InboxLedger::confirmationSetting()) : QString();
    WriteTransaction transaction(m_database.connection());
    Status stored = transaction.status();
    InboxLedger::Outcome outcome;
    if (stored.isOk()) {
        const Result<InboxLedger::Outcome> recorded
            = m_ledger.record(inbound, [confirmation](qint64) { return confirmation; });
        stored = recorded.status();
        if (recorded.isOk())
            outcome = recorded.value();
    }
    if (stored.isOk()) {
        QSqlQuery cursor(m_database.connection());
        cursor.prepare(u"INSERT INTO twilio_inbound_cursors (profile_id, seen_until) VALUES (?, ?) "
                       "ON CONFLICT (profile_id) DO UPDATE SET seen_until = excluded.seen_until"_s);
        cursor.addBindValue(profileId);
        cursor.addBindValue(polledAtMs);
        if (!cursor.exec())
            stored = Status::failure(cursor.lastError().text());
    }
    if (stored.isOk())
        stored = transaction.commit();
    if (!stored.isOk()) {
        Q_EMIT failed(stored.error());
        return;
    }
    for (const QString& problem : queueOptOutConfirmations(m_outbox, outcome.confirmations))
        Q_EMIT failed(problem);
    if (outcome.stored > 0)
        Q_EMIT received(outcome.stored);
}
