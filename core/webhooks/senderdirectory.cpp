#include "senderdirectory.h"

#include "profiles/profilerepository.h"
#include "profiles/profileservice.h"
#include "profiles/secretsloader.h"
#include "providers/providerregistry.h"

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcWebhooks)

namespace {
// How long senders and their secrets are trusted before they are read again.
constexpr qint64 kFreshMs = 60 * 1000;
} // namespace

SenderDirectory::SenderDirectory(
    Database& database, const ProviderRegistry& registry, ProfileService& profileService, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_registry(registry)
    , m_profileService(profileService)
    , m_profiles(std::make_unique<ProfileRepository>(database, registry))
{ }

SenderDirectory::~SenderDirectory() = default;

void SenderDirectory::forget()
{
    m_senders.clear();
    m_inUse.reset();
    m_secrets.clear();
    m_age.invalidate();
}

void SenderDirectory::expireNow()
{
    if (m_age.isValid() && m_age.elapsed() < kFreshMs)
        return;
    if (m_waiting.isEmpty())
        forget();
    m_age.start();
}

bool SenderDirectory::reportsIn(const Profile& profile, WebhookStyle style) const
{
    const ProviderDescriptor* descriptor = m_registry.find(profile.kind);
    return descriptor && style != WebhookStyle::None && descriptor->capabilities.webhooks == style;
}

std::optional<Profile> SenderDirectory::find(qint64 id, WebhookStyle style)
{
    expireNow();
    auto sender = m_senders.constFind(id);
    if (sender == m_senders.cend()) {
        const Result<Profile> found = m_profiles->find(id);
        if (!found.isOk())
            return std::nullopt;
        sender = m_senders.insert(id, found.value());
    }
    if (!reportsIn(*sender, style))
        return std::nullopt;
    return *sender;
}

QString SenderDirectory::setting(qint64 id, const QString& key)
{
    expireNow();
    auto sender = m_senders.constFind(id);
    if (sender == m_senders.cend()) {
        const Result<Profile> found = m_profiles->find(id);
        if (!found.isOk())
            return QString();
        sender = m_senders.insert(id, found.value());
    }
    return sender->setting(key);
}

QList<Profile> SenderDirectory::all(WebhookStyle style)
{
    expireNow();
    if (!m_inUse) {
        const Result<QList<Profile>> listed = m_profiles->list();
        if (!listed.isOk()) {
            qCWarning(lcWebhooks) << "could not read the senders:" << listed.error();
            return {};
        }
        m_inUse = listed.value();
        for (const Profile& p : *m_inUse)
            m_senders.insert(p.id, p);
    }
    QList<Profile> senders;
    for (const Profile& p : std::as_const(*m_inUse)) {
        if (reportsIn(p, style))
            senders << p;
    }
    return senders;
}

qint64 SenderDirectory::twilioSenderOf(const QString& accountSid, const QString& number)
{
    if (accountSid.isEmpty())
        return 0;
    qint64 sameAccount = 0;
    int inAccount = 0;
    for (const Profile& p : all(WebhookStyle::TwilioSigned)) {
        if (p.setting(u"account_sid"_s) != accountSid)
            continue;
        if (!number.isEmpty() && p.setting(u"from"_s) == number)
            return p.id;
        sameAccount = p.id;
        ++inAccount;
    }
    return inAccount == 1 ? sameAccount : 0; // a Messaging Service sender, or the account's only one
}

qint64 SenderDirectory::metaSenderOfNumber(const QString& phoneNumberId)
{
    if (phoneNumberId.isEmpty())
        return 0;
    // A sender saved after the last read (by the wizard, or on another desk) is found by reading the list again.
    // Only a body one of the senders' own secrets signed gets this far, so strangers cannot make it read.
    for (int pass = 0; pass < 2; ++pass) {
        for (const Profile& p : all(WebhookStyle::MetaSigned)) {
            if (p.setting(u"phone_number_id"_s) == phoneNumberId)
                return p.id;
        }
        m_inUse.reset();
    }
    return 0;
}

qint64 SenderDirectory::metaSenderOfAccount(const QString& wabaId)
{
    if (wabaId.isEmpty())
        return 0;
    for (const Profile& p : all(WebhookStyle::MetaSigned)) {
        if (p.setting(u"waba_id"_s) == wabaId)
            return p.id;
    }
    return 0;
}

void SenderDirectory::withSecrets(const QList<qint64>& ids, std::function<void(const SecretsOf& secrets)> use)
{
    if (ids.isEmpty())
        return use({});
    auto gathered = std::make_shared<SecretsOf>();
    auto left = std::make_shared<qsizetype>(ids.size());
    auto done = std::make_shared<std::function<void(const SecretsOf&)>>(std::move(use));
    for (qint64 id : ids) {
        secretsOf(id, [gathered, left, done, id](std::shared_ptr<const Secrets> secrets) {
            gathered->insert(id, std::move(secrets));
            if (--*left == 0)
                (*done)(*gathered);
        });
    }
}

void SenderDirectory::secretsOf(qint64 id, std::function<void(std::shared_ptr<const Secrets>)> use)
{
    const auto cached = m_secrets.constFind(id);
    if (cached != m_secrets.cend())
        return use(cached.value());
    auto& waiting = m_waiting[id];
    waiting.push_back(std::move(use));
    if (waiting.size() > 1)
        return; // already on their way
    const Profile sender = m_senders.value(id);
    loadSecretsFor(m_profileService, sender, this, [this, id](const ProfileOutcome& outcome) {
        const auto callers = m_waiting.take(id);
        std::shared_ptr<const Secrets> secrets;
        if (outcome.status.isOk()) {
            secrets = std::make_shared<const Secrets>(Secrets {outcome.secrets.value(u"auth_token"_s),
                outcome.secrets.value(u"app_secret"_s), outcome.secrets.value(u"verify_token"_s)});
            m_secrets.insert(id, secrets);
        } else {
            qCWarning(lcWebhooks) << "the secrets of sender" << id << "could not be read:" << outcome.status.error();
        }
        for (const auto& call : callers)
            call(secrets);
    });
}
