#pragma once

#include "configfield.h"

#include <QHash>
#include <QList>
#include <QVariantMap>

#include <functional>

class MessagingProvider;
class QNetworkAccessManager;
struct Profile;

// How a provider reports to Tandem's webhook receiver: the routes it calls and how it signs them.
enum class WebhookStyle
{
    None,
    // Form parameters (or JSON with its hash in the URL), signed with HMAC-SHA1 over the public URL and the
    // parameters (X-Twilio-Signature); routes /twilio/{id}/status and /twilio/{id}/inbound.
    TwilioSigned,
    // Graph API JSON envelopes signed with HMAC-SHA256 over the raw body (X-Hub-Signature-256), and the
    // hub.challenge handshake; routes /meta/{id} and /meta.
    MetaSigned,
    // Graph API JSON envelopes, unsigned, forwarded by a provider that hosts the Cloud API (360dialog): Tandem sets
    // the number's webhook with a secret header (WebhookPaths::keyHeader, the sender's verify_token secret) and
    // believes a post only when it carries it; route /keyed/{id}.
    HeaderKeyed,
};

// How a provider's account names its templates.
enum class TemplateStyle
{
    None,
    // Meta: a name and a language; one template per language, sent by name and language code.
    NamedWithLanguage,
    // Twilio's Content: one SID (HX…) for the message, sent by that SID with numbered variables.
    ContentSid,
};

// What a provider can do; screens, commands and workers read this instead of testing the kind.
struct ProviderCapabilities
{
    bool templates = false;
    bool templateCreation = false;
    bool interactive = false; // reply buttons and lists as the provider's own interactive messages
    bool interactiveAsContent = false; // reply buttons and lists as a Content made for the broadcast (Twilio)
    bool statusPolling = false; // a sent message's status can be asked for
    bool inboundPolling = false; // customers' messages can be fetched, without a webhook
    bool media = false;
    bool mediaUpload = false; // a file from this computer, uploaded once and sent by its id (not only by link)
    bool reportedCosts = false; // what the account was charged, per day, market and category (Meta's pricing_analytics)
    // Approved templates copied between two accounts of one business in one request (Meta's
    // migrate_message_templates); ProviderDescriptor::accountSetting names each sender's account.
    bool templateMigration = false;
    // Tandem registers a number that moved in for sending, with the two-step verification PIN the owner chooses
    // (Meta's POST /{PHONE_NUMBER_ID}/register); elsewhere the provider does it in its own console.
    bool numberRegistration = false;
    WebhookStyle webhooks = WebhookStyle::None;
    bool webhookOverride = false; // Tandem can point the number's webhooks at its receiver (Meta's override)
    TemplateStyle templateStyle = TemplateStyle::None;
    int templateRequestsPerHour = 0; // template management requests allowed per hour (Meta: 200); 0: no limit
    // The approved template a first test message must be (WhatsApp lets a business start a chat with a template
    // only); empty: a short text goes (Twilio's sandbox, after its join code).
    QString testTemplate;
    QString testTemplateLanguage;
};

// Everything the rest of Tandem needs to know about one provider kind.
struct ProviderDescriptor
{
    using Factory = std::function<MessagingProvider*(
        const Profile& profile, const QHash<QString, QString>& secrets, QNetworkAccessManager* network)>;
    // Rules that span fields (either this or that); returns one sentence per problem.
    using CrossCheck = std::function<QStringList(const QVariantMap& values)>;

    QString kind;
    QString displayName;
    QString pitch;
    // Where the owner manages the WhatsApp number at this provider (two-step verification, moving it away).
    QString numberSettingsUrl;
    QList<ConfigField> fields;
    ProviderCapabilities capabilities;
    double defaultRatePerSecond = 80;
    qint64 pairIntervalMs = 0; // at most one message to the same person this often (Meta: 6 s); 0: no limit
    // The setting that names the business account a sender's templates belong to (Meta: "waba_id"); empty where
    // templates belong to the sender itself.
    QString accountSetting;
    Factory create;
    CrossCheck crossCheck;

    // Settings every provider has, for how the outbox sends through it: rate, backup sender, fallback classes.
    static QList<ConfigField> sendingFields();
    // For providers that cannot be asked whether a message whose answer was lost arrived (the Cloud API and its
    // hosts): after how long Tandem resends it by itself, if at all.
    static ConfigField resendUnconfirmedField();

    const ConfigField* field(const QString& key) const;
    QStringList secretKeys() const;
    // Every problem with a complete set of values (settings and secrets together), field by field then across.
    QStringList validate(const QVariantMap& values) const;
    // Whether these secrets (as read from this computer's keychain) are enough to send: the required ones, and the
    // provider's own rule (an Auth Token or an API key pair for Twilio).
    bool hasCredentials(const QVariantMap& settings, const QHash<QString, QString>& secrets) const;
};
