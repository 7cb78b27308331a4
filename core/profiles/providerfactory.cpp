#include "providerfactory.h"

#include "profileservice.h"
#include "providers/messagingprovider.h"
#include "providers/providerregistry.h"
#include "secretsloader.h"

#include <QCoreApplication>

ProviderFactory::ProviderFactory(ProfileService& profiles, const ProviderRegistry& registry)
    : m_profiles(profiles), m_registry(registry)
{ }

const ProviderRegistry& ProviderFactory::registry() const
{
    return m_registry;
}

Result<MessagingProvider*> ProviderFactory::create(
    const Profile& profile, const QHash<QString, QString>& secrets, QNetworkAccessManager* network) const
{
    const ProviderDescriptor* descriptor = m_registry.find(profile.kind);
    if (!descriptor || !descriptor->create)
        return Result<MessagingProvider*>::failure(
            QCoreApplication::translate("ProviderFactory", "Tandem does not know the provider \"%1\".")
                .arg(profile.kind));
    return descriptor->create(profile, secrets, network);
}

void ProviderFactory::load(const Profile& profile, QNetworkAccessManager* network, QObject* context, Done done) const
{
    loadSecretsFor(m_profiles, profile, context, [this, network, context, done](const ProfileOutcome& outcome) {
        if (!outcome.status.isOk())
            return done(Result<MessagingProvider*>(outcome.status), outcome.profile);
        const Result<MessagingProvider*> made = create(outcome.profile, outcome.secrets, network);
        if (made.isOk())
            made.value()->setParent(context);
        done(made, outcome.profile);
    });
}
