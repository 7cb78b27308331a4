#include "senderactions.h"

#include "appservices.h"
#include "profiles/profilerepository.h"
#include "profiles/profileservice.h"
#include "providers/messagingprovider.h"
#include "providers/providerregistry.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

SenderActions::SenderActions(AppServices& services, QObject* parent) : QObject(parent), m_services(services)
{ }

template<typename Use>
void SenderActions::withProvider(const Profile& profile, Use use)
{
    ProfileJob* job = m_services.profileService.loadSecrets(profile);
    connect(job, &ProfileJob::finished, this, [this, profile, use](const ProfileOutcome& outcome) {
        const ProviderDescriptor* descriptor = m_services.registry.find(profile.kind);
        if (!outcome.status.isOk() || !descriptor) {
            ProviderResult failed;
            failed.error.errorClass = ErrorClass::Authentication;
            failed.error.code = u"keychain"_s;
            failed.error.explanation = outcome.status.isOk() ? tr("Unknown provider.") : outcome.status.error();
            use(nullptr, failed);
            return;
        }
        MessagingProvider* provider = descriptor->create(profile, outcome.secrets, &m_services.network);
        provider->setParent(this);
        use(provider, ProviderResult());
    });
}

void SenderActions::verify(const Profile& profile)
{
    withProvider(profile, [this, profile](MessagingProvider* provider, const ProviderResult& failed) {
        auto record = [this, profile](const ProviderResult& result) {
            m_services.profiles.recordVerification(profile.id, result.isOk(), verificationSummary(result));
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
                Q_EMIT sent(profile, result);
            });
    });
}
