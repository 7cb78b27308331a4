#pragma once

#include "model/profile.h"
#include "providers/providerdescriptor.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>

#include <functional>
#include <memory>
#include <vector>

class Database;
class ProfileRepository;
class ProfileService;
class ProviderRegistry;

// The receiver's view of the senders: who they are, which provider style each reports in, and the secrets that
// sign their webhooks, read from the keychain once and kept a minute (senders and tokens may change in another
// process, such as `tandem-cli profile set`).
class SenderDirectory : public QObject
{
    Q_OBJECT
public:
    struct Secrets
    {
        QString authToken; // Twilio
        QString appSecret; // Meta
        QString verifyToken; // Meta; the webhook key of a provider that does not sign (360dialog)
    };
    // Per sender asked for; nullptr where the keychain could not be read.
    using SecretsOf = QHash<qint64, std::shared_ptr<const Secrets>>;

    SenderDirectory(Database& database,
        const ProviderRegistry& registry,
        ProfileService& profileService,
        QObject* parent = nullptr);
    ~SenderDirectory() override;

    // The sender with this id (archived ones too: their messages are still reported) when its provider reports in
    // this style; nullopt otherwise.
    std::optional<Profile> find(qint64 id, WebhookStyle style);
    // A setting of the sender with this id; empty when there is no such sender.
    QString setting(qint64 id, const QString& key);
    // The senders in use whose provider reports in this style.
    QList<Profile> all(WebhookStyle style);
    // The Twilio sender of this account with this number, or the account's only one; 0 when none.
    qint64 twilioSenderOf(const QString& accountSid, const QString& number);
    // The Meta sender with this phone number id, or of this WhatsApp Business Account; 0 when none.
    qint64 metaSenderOfNumber(const QString& phoneNumberId);
    qint64 metaSenderOfAccount(const QString& wabaId);

    // Calls `use` with these senders' signing secrets, at once for those already read.
    void withSecrets(const QList<qint64>& ids, std::function<void(const SecretsOf& secrets)> use);
    // A sender's settings or secrets changed: read them again when next needed.
    void forget();

private:
    void expireNow();
    void secretsOf(qint64 id, std::function<void(std::shared_ptr<const Secrets>)> use);
    bool reportsIn(const Profile& profile, WebhookStyle style) const;

    Database& m_database;
    const ProviderRegistry& m_registry;
    ProfileService& m_profileService;
    std::unique_ptr<ProfileRepository> m_profiles;
    QHash<qint64, Profile> m_senders;
    std::optional<QList<Profile>> m_inUse;
    QHash<qint64, std::shared_ptr<const Secrets>> m_secrets;
    QHash<qint64, std::vector<std::function<void(std::shared_ptr<const Secrets>)>>> m_waiting;
    QElapsedTimer m_age;
};
