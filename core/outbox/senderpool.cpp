#include "senderpool.h"

#include "profiles/profileservice.h"
#include "providers/messagingprovider.h"
#include "providers/providerjob.h"
#include "providers/providerregistry.h"
#include "storage/profilerepository.h"

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
    for (const auto& sender : std::as_const(m_senders)) {
        for (MessagingProvider* provider : std::as_const(sender->providers))
            retire(provider);
    }
    m_senders.clear();
}

void SenderPool::forget(qint64 profileId)
{
    if (auto sender = m_senders.take(profileId)) {
        for (MessagingProvider* provider : std::as_const(sender->providers))
            retire(provider);
    }
}

SenderPool::Sender* SenderPool::get(qint64 profileId)
{
    auto it = m_senders.find(profileId);
    if (it != m_senders.end())
        return it->get();
    if (!m_loading.contains(profileId))
        load(profileId);
    return nullptr;
}

void SenderPool::load(qint64 profileId)
{
    m_loading.insert(profileId);
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
    ProfileJob* job = m_profileService.loadSecrets(profile.value());
    connect(job, &ProfileJob::finished, this, [this, profileId, sender](const ProfileOutcome& outcome) {
        m_loading.remove(profileId);
        const ProviderDescriptor* d = m_registry.find(sender->profile.kind);
        if (!outcome.status.isOk() || !d) {
            sender->error = outcome.status.isOk() ? tr("Unknown provider.") : outcome.status.error();
        } else {
            for (QNetworkAccessManager* network : std::as_const(m_networks))
                sender->providers << d->create(sender->profile, outcome.secrets, network);
            const QString rate = sender->profile.setting(u"rate_per_second"_s);
            // Providers count messages per second as they arrive; network jitter moves some across a second's
            // edge. Pacing 0.5 % under the setting keeps every one of their seconds within it.
            constexpr double kMargin = 0.995;
            sender->limiter = std::make_unique<RateLimiter>(
                (rate.isEmpty() ? d->defaultRatePerSecond : rate.toDouble()) * kMargin, m_clock);
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
    });
}
