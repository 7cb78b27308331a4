#pragma once

#include "model/profile.h"
#include "ratelimiter.h"

#include <QHash>
#include <QList>
#include <QObject>

#include <memory>

class MessagingProvider;
class ProfileRepository;
class ProfileService;
class ProviderRegistry;
class QNetworkAccessManager;

// The dispatcher's senders: for each profile, providers built with its keychain secrets (spread over several
// network managers, since each keeps at most six connections to a host), its token bucket and pair limit.
class SenderPool : public QObject
{
    Q_OBJECT
public:
    struct Sender
    {
        Profile profile;
        QList<MessagingProvider*> providers;
        int next = 0;
        std::unique_ptr<RateLimiter> limiter;
        std::unique_ptr<PairLimiter> pairLimiter;
        qint64 backupProfileId = 0;
        QStringList fallbackClasses;
        QString error; // why this sender cannot send (keychain, unknown provider)

        MessagingProvider* provider();
    };

    SenderPool(ProfileRepository& profiles,
        ProfileService& profileService,
        const ProviderRegistry& registry,
        RateLimiter::Clock clock,
        int networkManagers = 4,
        QObject* parent = nullptr);
    ~SenderPool() override;

    // The sender if it is ready; otherwise starts loading it and returns null (ready() follows).
    Sender* get(qint64 profileId);
    // Forgets cached senders, so changed settings or secrets are read again.
    void clear();
    void forget(qint64 profileId);

Q_SIGNALS:
    void ready(qint64 profileId);

private:
    void load(qint64 profileId);

    ProfileRepository& m_profiles;
    ProfileService& m_profileService;
    const ProviderRegistry& m_registry;
    RateLimiter::Clock m_clock;
    QList<QNetworkAccessManager*> m_networks;
    QHash<qint64, std::shared_ptr<Sender>> m_senders;
    QSet<qint64> m_loading;
};
