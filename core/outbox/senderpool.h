#pragma once

#include "model/profile.h"
#include "profiles/providerfactory.h"
#include "ratelimiter.h"

#include <QHash>
#include <QList>
#include <QObject>

#include <memory>

struct ProfileOutcome;
class MessagingProvider;
class ProfileRepository;
class ProfileService;
class ProviderRegistry;
class QNetworkAccessManager;

// The dispatcher's senders: for each profile, providers built with its keychain secrets (spread over several
// network managers, since each keeps at most six connections to a host), its token bucket and pair limit. The pool
// may live on the dispatcher's thread while the keychain is used from the window's: secrets are asked for on the
// profile service's thread and handed back to the pool's.
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
        // This computer's keychain has no token for it: another computer sharing the database (a server) sends
        // for it, and this one leaves it alone instead of pausing its broadcasts.
        bool tokenMissing = false;
        qint64 loadedAtMs = 0; // on the pool's clock; a sender without its token looks again after a while
        bool pollsStatus = false; // its provider answers a fetch of a message's status (Twilio)
        bool statusCallbacks = false; // its sends ask the provider to report statuses to a webhook

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
    // How long providers built from now on wait for an answer without progress (0: their default).
    void setTransferTimeout(int milliseconds);
    void forget(qint64 profileId);
    // The public address of Tandem's webhook receiver (its "/"). Twilio senders without a status callback URL of
    // their own then ask Twilio to report to the receiver; empty: they are polled.
    void setReceiverUrl(const QString& publicUrl);

Q_SIGNALS:
    void ready(qint64 profileId);

private:
    void load(qint64 profileId);
    void loaded(qint64 profileId, std::shared_ptr<Sender> sender, const ProfileOutcome& outcome);

    ProfileRepository& m_profiles;
    ProfileService& m_profileService;
    const ProviderRegistry& m_registry;
    const ProviderFactory m_factory; // the one place a sender becomes a provider
    static constexpr qint64 kTokenRecheckMs = 30000;
    RateLimiter::Clock m_clock;
    QList<QNetworkAccessManager*> m_networks;
    QHash<qint64, std::shared_ptr<Sender>> m_senders;
    QHash<qint64, int> m_loading; // sender -> the load under way for it
    int m_generation = 0;
    int m_transferTimeoutMs = 0;
    QString m_receiverUrl;
};
