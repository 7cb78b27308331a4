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
    // Removes (or, with history, archives) the sender in the database, then its secrets: a sender is never left
    // without its tokens. Tokens that cannot be deleted are reported.
    ProfileJob* remove(qint64 profileId);
    // Reads every secret of the profile that is set.
    ProfileJob* loadSecrets(const Profile& profile);

private:
    ProfileJob* finishedLater(const ProfileOutcome& outcome);
    // Settings as they are stored (a sender number pasted as whatsapp:+1 415… is kept as +1415…).
    Profile normalized(const Profile& profile) const;
    Status validate(const Profile& profile, const QHash<QString, QString>& secrets, bool secretsComplete) const;
    // The secrets with those Tandem makes itself (ConfigField::generated) filled in where none was given.
    QHash<QString, QString> withGeneratedSecrets(const QString& kind, QHash<QString, QString> secrets) const;

    ProfileRepository& m_repository;
    const ProviderRegistry& m_registry;
    SecretStore& m_secrets;
};
