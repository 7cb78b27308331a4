#pragma once

#include "sandboxaccounts.h"
#include "sandboxfault.h"
#include "sandboxlifecycle.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QMutex>
#include <QRandomGenerator>
#include <QSet>

#include <optional>

// What the sandbox remembers: injected faults, what it accepted (per recipient and per second), and the
// messages it created, so a status fetch can answer. Safe to use from several threads: the demo runs the sandbox on
// a thread of its own while the window (or a test) steers it and reads its counts.
class SandboxState
{
public:
    struct StoredMessage
    {
        QString sid;
        QString provider; // "twilio", "meta_cloud" or "360dialog"
        QString from;
        QString to;
        QString body;
        QDateTime created;
        int asyncErrorCode = 0; // a failure that shows up after acceptance
        QString messagingServiceSid;
        int numMedia = 0;
        QString accountSid; // Twilio
        QString statusCallback; // Twilio: the StatusCallback the send asked for
        QString phoneNumberId; // Meta: the business number it went from
        QString pricingCategory; // Meta: marketing, utility, authentication (templates) or service (free text)
        bool inbound = false; // a customer's message to the business (from = the customer, to = the business)
        QString headerLink; // a template's media header: the file's link
        QStringList choices; // reply buttons' titles, or a list's options, as the customer sees them
        QString mediaId; // a media message sent by an uploaded file's id rather than a link
    };
    // A file uploaded to a number (POST …/media), for sends by its id.
    struct UploadedMedia
    {
        QString id;
        QString phoneNumberId;
        QString mimeType;
        qint64 size = 0;
        QString fileName;
    };
    // Where Meta's webhooks go: the app's callback URL (set in its dashboard) or a phone number's override.
    struct MetaWebhook
    {
        QString url;
        QString verifyToken;
    };

    // Where 360dialog posts a channel's webhooks: the URL and the headers set with it (POST /v1/configs/webhook).
    struct KeyedWebhook
    {
        QString url;
        QList<QPair<QByteArray, QByteArray>> headers;
    };

    SandboxState();

    void setLatencyMs(int milliseconds);
    int latencyMs() const;
    void setRecipientFault(const QString& e164, const SandboxFault& fault);
    void setChaos(const SandboxChaos& chaos);
    // Messages a second each sender may send; above it the API answers "too many requests". 0: no limit.
    void setRateLimit(int perSecond);
    // Counts a message against its sender's limit; false when this second's allowance is used up.
    bool takeRateSlot(const QString& sender);
    void reset();
    void setLifecycle(const SandboxLifecycle& lifecycle);
    SandboxLifecycle lifecycle() const;
    // The app's callback URL (empty phoneNumberId) or one number's override.
    void setMetaWebhook(const QString& phoneNumberId, const MetaWebhook& webhook);
    // The number's override, else the app's callback; an empty url when there is none.
    MetaWebhook metaWebhook(const QString& phoneNumberId) const;
    void setDialog360Webhook(const KeyedWebhook& webhook);
    KeyedWebhook dialog360Webhook() const;
    void recordCallback(bool answered);
    // The templates of an account ("meta_cloud", "twilio", or "waba:<id>" for another Meta account of the business,
    // SandboxAccounts::metaTemplateStore): the built-in ones and those created since, with
    // WhatsApp's review decided once its time has come. Calls `decided` for each template whose review ended now.
    QList<SandboxTemplate> templates(const QString& provider) const;
    void addTemplate(const QString& provider, const SandboxTemplate& t);
    // Replaces the template with the same name and language (Meta) or SID (Twilio); false when there is none.
    bool updateTemplate(const QString& provider, const SandboxTemplate& t);
    void setTemplateReviewMs(int milliseconds);
    // The most templates one list page holds, whatever the client asks for.
    void setTemplatePageLimit(int templates);
    int templatePageLimit() const;
    int templateReviewMs() const;
    // A customer's message, for Twilio's message list.
    void recordInbound(const StoredMessage& message);
    // Where Twilio posts customers' messages (the sender's "A message comes in" webhook in its Console).
    void setTwilioInboundUrl(const QString& url);
    QString twilioInboundUrl() const;

    // The fault to apply to a message for this recipient (counting down its `times`), or a random one.
    SandboxFault takeFault(const QString& e164);

    // Meta's numbers are registered for sending (POST /{PHONE_NUMBER_ID}/register), all but the second account's,
    // which has just moved in and waits for its registration.
    bool isRegistered(const QString& phoneNumberId) const;
    void registerNumber(const QString& phoneNumberId, const QString& pin);
    QString registrationPin(const QString& phoneNumberId) const; // the PIN it was registered with here; empty: none
    // Whether the app receives an account's webhooks (POST /{WABA_ID}/subscribed_apps): the first account's from
    // the start, the second's once subscribed. A number of an account not subscribed reports nothing.
    bool isSubscribed(const QString& wabaId) const;
    void subscribe(const QString& wabaId);

    void recordRequest();
    // Keeps an upload; its id is new.
    QString addMedia(UploadedMedia media);
    std::optional<UploadedMedia> media(const QString& id) const;
    void recordAccepted(const StoredMessage& message);
    void recordRejected();
    std::optional<StoredMessage> message(const QString& sid) const;
    QList<StoredMessage> messagesTo(const QString& to) const;
    // Messages of one provider, newest first, optionally only to one recipient.
    QList<StoredMessage> messages(const QString& provider, const QString& to = QString()) const;

    int acceptedFor(const QString& e164) const;
    qint64 acceptedTotal() const;
    QJsonObject statsJson() const;

private:
    struct Data
    {
        int latencyMs = 0;
        QHash<QString, SandboxFault> recipientFaults;
        SandboxChaos chaos;
        QRandomGenerator random {1};
        int rateLimit = 0;
        QHash<QString, QPair<qint64, int>> rateWindows; // sender -> (second, messages in it)
        QHash<QString, int> acceptedPerRecipient;
        QMap<qint64, int> acceptedPerSecond; // epoch second -> count
        QHash<QString, StoredMessage> messages;
        qint64 requests = 0;
        qint64 accepted = 0;
        qint64 rejected = 0;
        SandboxLifecycle lifecycle;
        QHash<QString, MetaWebhook> metaWebhooks; // phone number id ("" for the app) -> where to post
        KeyedWebhook dialog360Webhook;
        qint64 callbacksAnswered = 0; // with a 2xx
        qint64 callbacksRefused = 0; // any other answer, or none
        QString twilioInboundUrl;
        qint64 inbound = 0;
        QList<SandboxTemplate> metaTemplates = sandboxMetaTemplates();
        QList<SandboxTemplate> twilioTemplates = sandboxTwilioContents();
        int templateReviewMs = 1500;
        int templatePageLimit = 500;
        QHash<QString, UploadedMedia> media;
        // Other WhatsApp Business Accounts of the business ("waba:<id>"): the second Meta account starts empty.
        QHash<QString, QList<SandboxTemplate>> accountTemplates;
        QSet<QString> unregistered {QString::fromUtf16(SandboxAccounts::metaSecondPhoneNumberId)};
        QHash<QString, QString> registrationPins; // phone number id -> PIN
        QSet<QString> unsubscribed {QString::fromUtf16(SandboxAccounts::metaSecondWabaId)};
    };
    // The template list a provider kind or account key names; called with the lock held.
    QList<SandboxTemplate>& store(const QString& provider);
    const QList<SandboxTemplate>& store(const QString& provider) const;

    mutable QMutex m_mutex;
    Data m_data;
};
