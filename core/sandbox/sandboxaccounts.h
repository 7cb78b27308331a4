#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QVariantMap>

// The example credentials the sandbox accepts. They are public on purpose: they open nothing but the sandbox.
namespace SandboxAccounts {
// Twilio
inline constexpr char16_t twilioAccountSid[] = u"AC0123456789abcdef0123456789abcdef";
inline constexpr char16_t twilioAuthToken[] = u"5a11db0c5a11db0c5a11db0c5a11db0c";
inline constexpr char16_t twilioApiKeySid[] = u"SK0123456789abcdef0123456789abcdef";
inline constexpr char16_t twilioApiKeySecret[] = u"SandboxApiKeySecret0123456789abc";
inline constexpr char16_t twilioSender[] = u"+14155238886"; // Twilio's public WhatsApp Sandbox number
inline constexpr char16_t twilioMessagingServiceSid[] = u"MG0123456789abcdef0123456789abcdef";
// Meta
inline constexpr char16_t metaPhoneNumberId[] = u"106540352242922";
inline constexpr char16_t metaWabaId[] = u"102290129340398";
inline constexpr char16_t metaAccessToken[] = u"EAAsandboxDemoToken0123456789TandemSandbox";
inline constexpr char16_t metaDisplayNumber[] = u"+1 555-078-3881";
inline constexpr char16_t metaVerifiedName[] = u"Tandem Demo Shop";
// A second WhatsApp Business Account of the same business, with a number of its own and no templates at first:
// where a Meta sender moves to another account (templates copied with migrate_message_templates). The same token
// opens both, as a system user's token of the business does.
inline constexpr char16_t metaSecondWabaId[] = u"104996122399160";
inline constexpr char16_t metaSecondPhoneNumberId[] = u"106540352242933";
inline constexpr char16_t metaSecondDisplayNumber[] = u"+1 555-078-3882";
// The sandbox's template list of a Meta account or phone number ID: "meta_cloud" for the first, "waba:<id>" for the
// second; empty when the business has no such account or number.
QString metaTemplateStore(const QString& wabaOrPhoneNumberId);
// Signs the sandbox's webhooks, as an app's App Secret signs Meta's.
inline constexpr char16_t metaAppSecret[] = u"0a1b2c3d4e5f60718293a4b5c6d7e8f9";
// What the demo sender answers Meta's webhook handshake with (any phrase the owner chooses).
inline constexpr char16_t metaVerifyToken[] = u"tandem-sandbox-verify";

// 360dialog: one API key per number (a channel); the number's own phone number ID, which 360dialog's webhooks name.
inline constexpr char16_t dialog360ApiKey[] = u"D360sandboxDemoKey0123456789Tandem";
inline constexpr char16_t dialog360PhoneNumberId[] = u"113355779900224";
inline constexpr char16_t dialog360Number[] = u"+15550360360";
// The demo sender's webhook key (Tandem makes a random one for any other 360dialog sender).
inline constexpr char16_t dialog360WebhookKey[] = u"tandem-sandbox-360dialog-webhook-key";

// A sender of this provider kind, set up against the sandbox at `base`: what "Fill in the demo credentials" types.
struct Credentials
{
    QVariantMap settings;
    QHash<QString, QString> secrets;
};
Credentials credentialsFor(const QString& kind, const QString& base);
} // namespace SandboxAccounts

// A template the sandbox knows, with how many variables each part takes.
struct SandboxTemplate
{
    QString name; // Meta template name, or Twilio Content SID
    QString language; // Meta only
    QString category;
    QString status; // APPROVED, PAUSED, …
    QString headerFormat; // "", TEXT, IMAGE, DOCUMENT, VIDEO
    int headerVariables = 0;
    int bodyVariables = 0;
    QString body;
    // Created through the API: its id (Meta) or friendly name (Twilio), what was submitted, and WhatsApp's review
    // (the status it gets once decideAtMs has passed, with the reason for a rejection).
    QString id;
    QString friendlyName;
    QJsonObject submitted;
    qint64 decideAtMs = 0;
    QString decision;
    QString rejectedReason;
};

const QList<SandboxTemplate>& sandboxMetaTemplates();
const QList<SandboxTemplate>& sandboxTwilioContents();
