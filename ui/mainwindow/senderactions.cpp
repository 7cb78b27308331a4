#include "senderactions.h"
#include "services/dataservices.h"

#include "profiles/providerfactory.h"

#include "appservices.h"
#include "model/webhookpaths.h"
#include "profiles/profilerepository.h"
#include "profiles/profileservice.h"
#include "providers/messagingprovider.h"
#include "providers/providerregistry.h"
#include "webhooks/webhookroute.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

SenderActions::SenderActions(AppServices& services, QObject* parent) : QObject(parent), m_services(services)
{ }

template<typename Use>
void SenderActions::withProvider(const Profile& profile, Use use)
{
    m_services.providers.load(
        profile, &m_services.network, this, [use](const Result<MessagingProvider*>& provider, const Profile&) {
            if (provider.isOk())
                return use(provider.value(), ProviderResult());
            ProviderResult failed;
            failed.error.errorClass = ErrorClass::Authentication;
            failed.error.code = u"keychain"_s;
            failed.error.explanation = provider.error();
            use(nullptr, failed);
        });
}

void SenderActions::verify(const Profile& profile)
{
    withProvider(profile, [this, profile](MessagingProvider* provider, const ProviderResult& failed) {
        auto record = [this, profile](const ProviderResult& result) {
            m_services.data.profiles.recordVerification(
                profile.id, result.isOk(), verificationSummary(result), verifiedNumber(result));
            Q_EMIT verified(profile, result);
        };
        if (!provider)
            return record(failed);
        connect(provider->verifyCredentials(), &ProviderJob::finished, this,
            [provider, record](const ProviderResult& result) {
                provider->deleteLater();
                record(result);
            });
    });
}

void SenderActions::send(const Profile& profile, const OutgoingMessage& message)
{
    withProvider(profile, [this, profile, message](MessagingProvider* provider, const ProviderResult& failed) {
        if (!provider) {
            Q_EMIT sent(profile, failed);
            return;
        }
        connect(provider->send(message), &ProviderJob::finished, this,
            [this, provider, profile](const ProviderResult& result) {
                provider->deleteLater();
                if (result.isOk()) // a test went to the owner's own phone: a reply from there is the owner's
                    m_services.data.ownNumbers.remember(result.recipient);
                Q_EMIT sent(profile, result);
            });
    });
}

void SenderActions::registerNumber(const Profile& profile, const QString& pin)
{
    withProvider(profile, [this, profile, pin](MessagingProvider* provider, const ProviderResult& failed) {
        if (!provider) {
            Q_EMIT numberRegistered(profile, failed);
            return;
        }
        connect(provider->registerNumber(pin), &ProviderJob::finished, this,
            [this, provider, profile](const ProviderResult& registered) {
                if (!registered.isOk()) {
                    provider->deleteLater();
                    return Q_EMIT numberRegistered(profile, registered);
                }
                // Then the account's webhooks, so the number's reports and customers' messages reach Tandem.
                connect(provider->subscribeToAccount(), &ProviderJob::finished, this,
                    [this, provider, profile](const ProviderResult& subscribed) {
                        provider->deleteLater();
                        Q_EMIT numberRegistered(profile, subscribed);
                    });
            });
    });
}

void SenderActions::pointWebhooks(const Profile& profile, const QString& publicUrl)
{
    const ProviderDescriptor* descriptor = m_services.registry.find(profile.kind);
    if (!descriptor || !descriptor->capabilities.webhookOverride || publicUrl.isEmpty())
        return;
    const QString url
        = WebhookPaths::join(publicUrl, WebhookRoute::pathFor(descriptor->capabilities.webhooks, profile.id));
    // One keychain read gives both the provider's token and the key the webhook carries.
    ProfileJob* secrets = m_services.profileService.loadSecrets(profile);
    connect(secrets, &ProfileJob::finished, this, [this, profile, url](const ProfileOutcome& outcome) {
        const Result<MessagingProvider*> made = outcome.status.isOk()
            ? m_services.providers.create(outcome.profile, outcome.secrets, &m_services.network)
            : Result<MessagingProvider*>(outcome.status);
        if (!made.isOk()) {
            ProviderResult failed;
            failed.error.errorClass = ErrorClass::Authentication;
            failed.error.code = u"keychain"_s;
            failed.error.explanation = made.error();
            return Q_EMIT webhooksPointed(profile, failed, url);
        }
        MessagingProvider* provider = made.value();
        provider->setParent(this);
        connect(provider->setWebhook(url, outcome.secrets.value(u"verify_token"_s)), &ProviderJob::finished, this,
            [this, provider, profile, url](const ProviderResult& result) {
                provider->deleteLater();
                Q_EMIT webhooksPointed(profile, result, url);
            });
    });
}
