#pragma once

#include "model/profile.h"
#include "util/result.h"

#include <QList>

class Database;
class ProviderRegistry;

// Reads and writes sender profiles. Refuses unknown provider kinds and any secret field, so a token can never
// reach the database through here.
class ProfileRepository
{
public:
    ProfileRepository(Database& database, const ProviderRegistry& registry);

    Result<Profile> create(const Profile& profile);
    // Any sender, archived ones included (their broadcasts still name them).
    Result<Profile> find(qint64 id) const;
    // The senders in use.
    Result<Profile> findByName(const QString& name) const;
    Result<QList<Profile>> list() const;
    Status update(const Profile& profile);
    // Deletes the sender, or archives it when broadcasts were sent through it: their history stays, the sender is
    // hidden, and what it still had to send is cancelled.
    Status remove(qint64 id);
    // Hides the sender, history and all, under a name that frees its own (a sender whose number moved on).
    Status archive(qint64 id);
    // `number`: the WhatsApp number the check found (Meta's display_phone_number), kept for the senders list.
    Status recordVerification(qint64 id, bool ok, const QString& summary, const QString& number = QString());
    // The provider kinds it accepts, with what each can do.
    const ProviderRegistry& registry() const;

private:
    Status check(const Profile& profile) const;
    Result<QList<Profile>> select(const QString& where, const QVariantList& values) const;

    Database& m_database;
    const ProviderRegistry& m_registry;
};
