#pragma once

#include "model/profile.h"
#include "util/result.h"

#include <QHash>

#include <functional>

class MessagingProvider;
class ProfileService;
class ProviderRegistry;
class QNetworkAccessManager;
class QObject;

// The one place a sender becomes a working provider, for the window, tandem-cli and the outbox worker alike: its
// secrets as this computer's keychain holds them, its kind's descriptor from the registry, a client over the
// network given.
class ProviderFactory
{
public:
    ProviderFactory(ProfileService& profiles, const ProviderRegistry& registry);

    // From secrets already read (or typed in the wizard): a provider the caller owns, or why there is none (a kind
    // Tandem does not know).
    Result<MessagingProvider*> create(
        const Profile& profile, const QHash<QString, QString>& secrets, QNetworkAccessManager* network) const;
    // Reads the secrets first (on the profile service's thread). `done` runs on `context`'s thread, and not at all
    // if `context` is gone by then; the provider it gets belongs to `context`.
    using Done = std::function<void(const Result<MessagingProvider*>& provider, const Profile& profile)>;
    void load(const Profile& profile, QNetworkAccessManager* network, QObject* context, Done done) const;

    const ProviderRegistry& registry() const;

private:
    ProfileService& m_profiles;
    const ProviderRegistry& m_registry;
};
