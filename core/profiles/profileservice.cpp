#include "profileservice.h"

#include "profilerepository.h"
#include "providers/providerregistry.h"
#include "secrets/secretbatchjob.h"
#include "secrets/secretstore.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QTimer>

using namespace Qt::StringLiterals;

ProfileService::ProfileService(
    ProfileRepository& repository, const ProviderRegistry& registry, SecretStore& secrets, QObject* parent)
    : QObject(parent), m_repository(repository), m_registry(registry), m_secrets(secrets)
{ }

ProfileJob* ProfileService::finishedLater(const ProfileOutcome& outcome)
{
    auto* job = new ProfileJob(this);
    QTimer::singleShot(0, job, [job, outcome] { job->finish(outcome); });
    return job;
}

Profile ProfileService::normalized(const Profile& profile) const
{
    Profile p = profile;
    if (const ProviderDescriptor* descriptor = m_registry.find(profile.kind)) {
        for (auto it = p.settings.begin(); it != p.settings.end(); ++it) {
            if (const ConfigField* field = descriptor->field(it.key()))
                it.value() = field->normalized(it.value().toString());
        }
    }
    return p;
}

Status ProfileService::validate(
    const Profile& profile, const QHash<QString, QString>& secrets, bool secretsComplete) const
{
    const ProviderDescriptor* descriptor = m_registry.find(profile.kind);
    if (!descriptor) {
        return Status::failure(
            tr("Unknown provider \"%1\". Choose one of: %2.").arg(profile.kind, m_registry.kinds().join(u", "_s)));
    }
    QVariantMap values = profile.settings;
    for (auto it = secrets.cbegin(); it != secrets.cend(); ++it) {
        const ConfigField* field = descriptor->field(it.key());
        if (!field || !field->isSecret())
            return Status::failure(tr("\"%1\" is not a secret setting of %2.").arg(it.key(), descriptor->displayName));
        values.insert(it.key(), it.value());
    }
    if (secretsComplete) {
        const QStringList problems = descriptor->validate(values);
        if (!problems.isEmpty())
            return Status::failure(problems.join(u'\n'));
        return Status::success();
    }
    QStringList problems;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (const ConfigField* field = descriptor->field(it.key())) {
            const QString problem = field->validate(it.value().toString());
            if (!problem.isEmpty())
                problems << problem;
        }
    }
    return problems.isEmpty() ? Status::success() : Status::failure(problems.join(u'\n'));
}

QHash<QString, QString> ProfileService::withGeneratedSecrets(const QString& kind, QHash<QString, QString> secrets) const
{
    const ProviderDescriptor* descriptor = m_registry.find(kind);
    if (!descriptor)
        return secrets;
    for (const ConfigField& field : descriptor->fields) {
        if (field.generated && secrets.value(field.key).isEmpty()) {
            QByteArray random(32, Qt::Uninitialized);
            QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(random.data()), random.size() / 4);
            secrets.insert(field.key, QString::fromLatin1(random.toHex()));
        }
    }
    return secrets;
}

ProfileJob* ProfileService::create(const Profile& given, const QHash<QString, QString>& typed)
{
    const Profile profile = normalized(given);
    const QHash<QString, QString> secrets = withGeneratedSecrets(profile.kind, typed);
    const Status valid = validate(profile, secrets, true);
    if (!valid.isOk())
        return finishedLater({valid, profile, {}});
    Result<Profile> created = m_repository.create(profile);
    if (!created.isOk())
        return finishedLater({created.status(), profile, {}});

    const Profile stored = created.value();
    QList<SecretBatchJob::Step> steps;
    for (auto it = secrets.cbegin(); it != secrets.cend(); ++it) {
        if (!it.value().isEmpty())
            steps.append({SecretBatchJob::Operation::Write, SecretStore::profileKey(stored.id, it.key()), it.value()});
    }
    auto* job = new ProfileJob(this);
    auto* batch = new SecretBatchJob(&m_secrets, steps, job);
    connect(batch, &SecretBatchJob::finished, job, [this, job, stored](const SecretBatchJob::Outcome& outcome) {
        if (outcome.isOk()) {
            job->finish({Status::success(), stored, {}});
            return;
        }
        // Take back what was written so nothing is left half-saved.
        QList<SecretBatchJob::Step> undo;
        for (const QString& key : outcome.completedKeys)
            undo.append({SecretBatchJob::Operation::Remove, key, {}});
        auto* rollback = new SecretBatchJob(&m_secrets, undo, job);
        const QString reason = outcome.failure.message;
        connect(rollback, &SecretBatchJob::finished, job, [this, job, stored, reason] {
            m_repository.remove(stored.id);
            job->finish({Status::failure(tr("The sender was not saved: its token could not be stored in the "
                                            "system keychain. %1")
                                             .arg(reason)),
                stored, {}});
        });
        rollback->start();
    });
    batch->start();
    return job;
}

ProfileJob* ProfileService::update(const Profile& given, const QHash<QString, QString>& secrets)
{
    const Profile profile = normalized(given);
    const Status valid = validate(profile, secrets, false);
    if (!valid.isOk())
        return finishedLater({valid, profile, {}});
    QList<SecretBatchJob::Step> steps;
    for (auto it = secrets.cbegin(); it != secrets.cend(); ++it) {
        const auto operation
            = it.value().isEmpty() ? SecretBatchJob::Operation::Remove : SecretBatchJob::Operation::Write;
        steps.append({operation, SecretStore::profileKey(profile.id, it.key()), it.value()});
    }
    auto* job = new ProfileJob(this);
    auto* batch = new SecretBatchJob(&m_secrets, steps, job);
    connect(batch, &SecretBatchJob::finished, job, [this, job, profile](const SecretBatchJob::Outcome& outcome) {
        if (!outcome.isOk()) {
            job->finish({Status::failure(tr("The sender's token could not be stored in the system keychain. %1")
                                             .arg(outcome.failure.message)),
                profile, {}});
            return;
        }
        const Status saved = m_repository.update(profile);
        job->finish({saved, profile, {}});
    });
    batch->start();
    return job;
}

ProfileJob* ProfileService::remove(qint64 profileId)
{
    Result<Profile> found = m_repository.find(profileId);
    if (!found.isOk())
        return finishedLater({found.status(), {}, {}});
    const Profile profile = found.value();
    // The database first: a sender whose removal fails keeps its tokens and stays usable. Its tokens go last, once
    // nothing can use them any more.
    const Status removed = m_repository.remove(profile.id);
    if (!removed.isOk())
        return finishedLater({removed, profile, {}});
    QList<SecretBatchJob::Step> steps;
    if (const ProviderDescriptor* descriptor = m_registry.find(profile.kind)) {
        for (const QString& field : descriptor->secretKeys())
            steps.append({SecretBatchJob::Operation::Remove, SecretStore::profileKey(profile.id, field), {}});
    }
    auto* job = new ProfileJob(this);
    auto* batch = new SecretBatchJob(&m_secrets, steps, job);
    connect(batch, &SecretBatchJob::finished, job, [job, profile](const SecretBatchJob::Outcome& outcome) {
        if (!outcome.isOk()) {
            job->finish({Status::failure(tr("\"%1\" was removed, but its tokens could not be deleted from the system "
                                            "keychain (%2). Delete the entries named tandem, profile/%3/… there.")
                                             .arg(profile.name, outcome.failure.message)
                                             .arg(profile.id)),
                profile, {}});
            return;
        }
        job->finish({Status::success(), profile, {}});
    });
    batch->start();
    return job;
}

ProfileJob* ProfileService::loadSecrets(const Profile& profile)
{
    QList<SecretBatchJob::Step> steps;
    if (const ProviderDescriptor* descriptor = m_registry.find(profile.kind)) {
        for (const QString& field : descriptor->secretKeys())
            steps.append({SecretBatchJob::Operation::Read, SecretStore::profileKey(profile.id, field), {}});
    }
    auto* job = new ProfileJob(this);
    auto* batch = new SecretBatchJob(&m_secrets, steps, job);
    connect(batch, &SecretBatchJob::finished, job, [job, profile](const SecretBatchJob::Outcome& outcome) {
        if (!outcome.isOk()) {
            job->finish({Status::failure(outcome.failure.message), profile, {}});
            return;
        }
        QHash<QString, QString> secrets;
        const QString prefix = SecretStore::profileKey(profile.id, QString());
        for (auto it = outcome.values.cbegin(); it != outcome.values.cend(); ++it)
            secrets.insert(it.key().mid(prefix.size()), it.value());
        job->finish({Status::success(), profile, secrets});
    });
    batch->start();
    return job;
}
