#include "senderpool.h"

#include "model/webhookpaths.h"
#include "profiles/profilerepository.h"
#include "profiles/profileservice.h"
#include "profiles/secretsloader.h"
#include "providers/messagingprovider.h"
#include "providers/providerjob.h"
#include "providers/providerregistry.h"

#include <QNetworkAccessManager>

using namespace Qt::StringLiterals;

namespace {
// A provider dropped while its requests are still out lives until the last one has reported, so the dispatcher
// gets every outcome (deleting it would delete its jobs and leave their rows "sending").
void retire(MessagingProvider* provider)
{
    const QList<ProviderJob*> jobs = provider->findChildren<ProviderJob*>(Qt::FindDirectChildrenOnly);
    if (jobs.isEmpty()) {
        delete provider;
        return;
    }
    auto remaining = std::make_shared<qsizetype>(jobs.size());
    for (ProviderJob* job : jobs) {
        QObject::connect(job, &QObject::destroyed, provider, [provider, remaining] {
            if (--*remaining == 0)
                provider->deleteLater();
        });
    }
}
} // namespace

MessagingProvider* SenderPool::Sender::provider()
{
    MessagingProvider* p = providers.at(next);
    next = (next + 1) % int(providers.size());
    return p;
}

SenderPool::SenderPool(ProfileRepository& profiles,
    ProfileService& profileService,
    const ProviderRegistry& registry,
    RateLimiter::Clock clock,
    int networkManagers,
    QObject* parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_profileService(profileService)
    , m_registry(registry)
    , m_factory(profileService, registry)
    , m_clock(std::move(clock))
{
    for (int i = 0; i < qMax(1, networkManagers); ++i)
        m_networks << new QNetworkAccessManager(this);
}

SenderPool::~SenderPool()
{
    for (const auto& sender : std::as_const(m_senders))
        qDeleteAll(sender->providers);
}

void SenderPool::clear()
{
    // Secrets still being read were read for the old settings: their answers are dropped.
    m_loading.clear();
    for (const auto& sender : std::as_const(m_senders)) {
        for (MessagingProvider* provider : std::as_const(sender->providers))
            retire(provider);
    }
    m_senders.clear();
}

void SenderPool::setTransferTimeout(int milliseconds)
{
    m_transferTimeoutMs = milliseconds;
}

void SenderPool::setReceiverUrl(const QString& publicUrl)
{
    const QString url = publicUrl.trimmed();
    if (url == m_receiverUrl)
        return;
    m_receiverUrl = url;
    clear(); // providers built from now on carry the new callback address
}

void SenderPool::forget(qint64 profileId)
{
    m_loading.remove(profileId);
    if (auto sender = m_senders.take(profileId)) {
        for (MessagingProvider* provider : std::as_const(sender->providers))
            retire(provider);
    }
}

SenderPool::Sender* SenderPool::get(qint64 profileId)
{
    auto it = m_senders.find(profileId);
    if (it != m_senders.end()) {
        // A token added on this computer since (tandem-cli profile set beside a running serve, say) is found at
        // the next look, without a restart.
        if ((*it)->tokenMissing && m_clock() - (*it)->loadedAtMs >= kTokenRecheckMs) {
            forget(profileId);
            load(profileId);
            return nullptr;
        }
        return it->get();
    }
    if (!m_loading.contains(profileId))
        load(profileId);
    return nullptr;
}

void SenderPool::load(qint64 profileId)
{
    const int generation = ++m_generation;
    m_loading.insert(profileId, generation);
    const Result<Profile> profile = m_profiles.find(profileId);
    auto sender = std::make_shared<Sender>();
    if (!profile.isOk()) {
        sender->error = profile.error();
        m_senders.insert(profileId, sender);
        m_loading.remove(profileId);
        Q_EMIT ready(profileId);
        return;
    }
    sender->profile = profile.value();
    loadSecretsFor(
        m_profileService, profile.value(), this, [this, profileId, sender, generation](const ProfileOutcome& outcome) {
            // Dropped when the pool was cleared or the sender forgotten meanwhile.
            if (m_loading.value(profileId) == generation)
                loaded(profileId, sender, outcome);
        });
}

void SenderPool::loaded(qint64 profileId, std::shared_ptr<Sender> sender, const ProfileOutcome& outcome)
{
    m_loading.remove(profileId);
    sender->loadedAtMs = m_clock();
    const ProviderDescriptor* d = m_registry.find(sender->profile.kind);
    if (!outcome.status.isOk() || !d) {
        sender->error = outcome.status.isOk() ? tr("Unknown provider.") : outcome.status.error();
    } else if (!d->hasCredentials(sender->profile.settings, outcome.secrets)) {
        sender->tokenMissing = true;
        sender->error = tr("The token of \"%1\" is not in this computer's keychain: another computer sharing the "
                           "database sends for it, or add the token here (Edit).")
                            .arg(sender->profile.name);
    } else {
        sender->pollsStatus = d->capabilities.statusPolling;
        if (sender->pollsStatus && sender->profile.setting(u"status_callback_url"_s).isEmpty()
            && !m_receiverUrl.isEmpty())
            sender->profile.settings.insert(
                u"status_callback_url"_s, WebhookPaths::join(m_receiverUrl, WebhookPaths::twilioStatus(profileId)));
        sender->statusCallbacks = !sender->profile.setting(u"status_callback_url"_s).isEmpty();
        for (QNetworkAccessManager* network : std::as_const(m_networks)) {
            MessagingProvider* provider = m_factory.create(sender->profile, outcome.secrets, network).value();
            if (m_transferTimeoutMs > 0)
                provider->setTransferTimeout(m_transferTimeoutMs);
            sender->providers << provider;
        }
        const QString rate = sender->profile.setting(u"rate_per_second"_s);
        // Providers count messages per second as they arrive; network jitter moves some across a second's
        // edge. Pacing 0.5 % under the setting, and from 20 a second at least one message a second under it (one
        // late arrival is a whole message however slow the pace), keeps every one of their seconds within it.
        constexpr double kMargin = 0.995;
        const double setting = rate.isEmpty() ? d->defaultRatePerSecond : rate.toDouble();
        const double paced = setting >= 20 ? qMin(setting * kMargin, setting - 1.0) : setting * kMargin;
        sender->limiter = std::make_unique<RateLimiter>(paced, m_clock);
        if (d->pairIntervalMs > 0)
            sender->pairLimiter = std::make_unique<PairLimiter>(d->pairIntervalMs, m_clock);
        const QString backup = sender->profile.setting(u"backup_profile"_s);
        if (!backup.isEmpty()) {
            const Result<Profile> b = m_profiles.findByName(backup);
            if (b.isOk())
                sender->backupProfileId = b.value().id;
        }
        sender->fallbackClasses = sender->profile.setting(u"fallback_classes"_s).split(u',', Qt::SkipEmptyParts);
    }
    m_senders.insert(profileId, sender);
    Q_EMIT ready(profileId);
}
