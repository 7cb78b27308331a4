#pragma once

#include "profilejob.h"

#include <QHash>
#include <QObject>

class ProfileRepository;
class ProviderRegistry;
class SecretStore;

// Keeps a profile's two halves together: settings in the database, secrets in the keychain. A profile is never
// left half-saved: if a secret cannot be written, the row and the secrets already written are taken back.
class ProfileService : public QObject
{
    Q_OBJECT
public:
    ProfileService(ProfileRepository& repository,
        const ProviderRegistry& registry,
        SecretStore& secrets,
        QObject* parent = nullptr);

    ProfileJob* create(const Profile& profile, const QHash<QString, QString>& secrets);
    // Saves settings and replaces the given secrets; secrets not named stay as they are.
    ProfileJob* update(const Profile& profile, const QHash<QString, QString>& secrets);
    // Removes the secrets first: a profile whose secrets cannot be removed stays, so nothing is orphaned.
    ProfileJob* remove(qint64 profileId);
    // Reads every secret of the profile that is set.
    ProfileJob* loadSecrets(const Profile& profile);

private:
    ProfileJob* finishedLater(const ProfileOutcome& outcome);
    Status validate(const Profile& profile, const QHash<QString, QString>& secrets, bool secretsComplete) const;

    ProfileRepository& m_repository;
    const ProviderRegistry& m_registry;
    SecretStore& m_secrets;
};
