#include "setupcontroller.h"
#include "services/dataservices.h"

#include "profiles/providerfactory.h"

#include "appservices.h"
#include "profiles/profilerepository.h"
#include "profiles/profileservice.h"
#include "providers/messagingprovider.h"
#include "providers/providerregistry.h"

using namespace Qt::StringLiterals;

SetupController::SetupController(AppServices& services, QObject* parent) : QObject(parent), m_services(services)
{ }

AppServices& SetupController::services()
{
    return m_services;
}

void SetupController::setReplacing(const Profile& old)
{
    m_replacing = old;
}

std::optional<Profile> SetupController::replacing() const
{
    return m_replacing;
}

Profile SetupController::draft(const QString& name, const QString& kind, const ConfigForm::Values& values) const
{
    Profile p;
    p.name = name.trimmed();
    p.kind = kind;
    p.settings = values.settings;
    return p;
}

template<typename Signal>
void SetupController::run(const QString& kind,
    const ConfigForm::Values& values,
    ProviderJob* (*call)(MessagingProvider*, const OutgoingMessage&),
    const OutgoingMessage& message,
    Signal signal)
{
    cancel();
    m_job = nullptr;
    const Result<MessagingProvider*> made
        = m_services.providers.create(draft(QString(), kind, values), values.secrets, &m_services.network);
    if (!made.isOk()) {
        ProviderResult failed;
        failed.error.errorClass = ErrorClass::InvalidRequest;
        failed.error.code = u"unknown-provider"_s;
        failed.error.explanation = made.error();
        Q_EMIT(this->*signal)(failed);
        return;
    }
    MessagingProvider* provider = made.value();
    provider->setParent(this);
    provider->setTransferTimeout(20000);
    m_job = call(provider, message);
    connect(m_job, &ProviderJob::finished, this, [this, provider, signal](const ProviderResult& result) {
        provider->deleteLater();
        Q_EMIT(this->*signal)(result);
    });
}

void SetupController::verify(const QString& kind, const ConfigForm::Values& values)
{
    m_checked.reset();
    run(
        kind, values, [](MessagingProvider* p, const OutgoingMessage&) { return p->verifyCredentials(); }, {},
        &SetupController::verified);
    if (m_job)
        connect(m_job, &ProviderJob::finished, this, [this, kind, values](const ProviderResult& result) {
            if (!result.cancelled)
                m_checked = Checked {kind, values, result};
        });
}

void SetupController::sendTest(const QString& kind, const ConfigForm::Values& values, const OutgoingMessage& message)
{
    run(
        kind, values, [](MessagingProvider* p, const OutgoingMessage& m) { return p->send(m); }, message,
        &SetupController::testSent);
    // The test went to the owner's own phone: a reply from there is the owner's, not a customer's.
    if (m_job) {
        connect(m_job, &ProviderJob::finished, this, [this](const ProviderResult& result) {
            if (result.isOk())
                m_services.data.ownNumbers.remember(result.recipient);
        });
    }
}

void SetupController::cancel()
{
    if (m_job)
        m_job->cancel();
}

void SetupController::save(const QString& name, const QString& kind, const ConfigForm::Values& values)
{
    Profile profile = draft(name, kind, values);
    // Names are unique: a replaced sender steps aside under another name until the new one is safely saved.
    if (m_replacing && m_replacing->name == profile.name) {
        Profile aside = *m_replacing;
        aside.name = tr("%1 (replaced)").arg(m_replacing->name);
        const Status renamed = m_services.data.profiles.update(aside);
        if (!renamed.isOk()) {
            Q_EMIT saved(renamed, profile);
            return;
        }
    }
    ProfileJob* job = m_services.profileService.create(profile, values.secrets);
    connect(job, &ProfileJob::finished, this,
        [this, values](const ProfileOutcome& outcome) { finishSave(outcome.status, outcome.profile, values); });
}

void SetupController::finishSave(const Status& status, const Profile& profile, const ConfigForm::Values& values)
{
    // The wizard checked these very credentials: the senders list says so, instead of "not checked yet".
    if (status.isOk() && m_checked && m_checked->kind == profile.kind && m_checked->values.settings == values.settings
        && m_checked->values.secrets == values.secrets)
        m_services.data.profiles.recordVerification(profile.id, m_checked->result.isOk(),
            verificationSummary(m_checked->result), verifiedNumber(m_checked->result));
    if (!m_replacing) {
        Q_EMIT saved(status, profile);
        return;
    }
    if (!status.isOk()) {
        m_services.data.profiles.update(*m_replacing); // back to its own name
        Q_EMIT saved(status, profile);
        return;
    }
    // The old sender stays, with its broadcasts, until the owner has moved the number (the migration assistant).
    const qint64 old = m_replacing->id;
    m_replacing.reset();
    Q_EMIT saved(Status::success(), profile);
    Q_EMIT switched(old, profile.id);
}
