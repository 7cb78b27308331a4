#pragma once

#include "model/outgoingmessage.h"
#include "providerjob.h"

#include <QNetworkRequest>
#include <QObject>
#include <QSet>

class QNetworkAccessManager;
class SendOnceBody;
struct MediaFile;

// What Tandem knows of a message it may have sent, to look it up at the provider.
struct SentMessageQuery
{
    OutgoingMessage message; // as it was sent: recipient, and its text or template
    qint64 sentAtMs = 0; // when the attempt began (wall clock)
    QSet<QString> knownIds; // provider ids Tandem recorded already: never a match
};

// The one interface both providers implement. Every call returns a job that emits finished(ProviderResult)
// exactly once; nothing blocks.
class MessagingProvider : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual QString kind() const = 0;
    // Twilio: fetch the Account. Meta: fetch the phone number's display number, verified name and quality.
    virtual ProviderJob* verifyCredentials() = 0;
    virtual ProviderJob* send(const OutgoingMessage& message) = 0;
    // The current status of a sent message, where the provider can be asked (Twilio); Meta reports by webhook.
    virtual ProviderJob* fetchStatus(const QString& providerMessageId) = 0;
    // Whether findSent() can answer: the provider lists the messages it took (Twilio does; Meta cannot be asked).
    virtual bool canFindSent() const;
    // The message the provider took for this send attempt, if any: same recipient and sender, same text or template,
    // created around the attempt's time, not one Tandem knows already. The result's messageId is empty when there is
    // none.
    virtual ProviderJob* findSent(const SentMessageQuery& query);
    // Whether listInbound() can answer: Twilio lists the messages customers sent the business; Meta only posts them
    // to a webhook.
    virtual bool canListInbound() const;
    // Customers' messages to this sender since sinceMs, newest first, in details["messages"] (a list of maps with
    // sid, from, body, received_at_ms, type, media_url).
    virtual ProviderJob* listInbound(qint64 sinceMs);
    // One page of the account's templates: details["templates"] holds the provider's own descriptions (a list of
    // JSON objects), details["next"] what to pass for the next page (empty after the last).
    virtual ProviderJob* listTemplates(const QString& next) = 0;
    // Submits a new template for WhatsApp's review. Meta: its create-template JSON. Twilio: a Content resource
    // ({friendly_name, language, variables, types}) with "approval": {name, category}. details["template"] holds
    // what the provider answered (its id and status).
    virtual ProviderJob* createTemplate(const QJsonObject& definition) = 0;
    // Points the provider's webhooks for this sender at Tandem's receiver, with the verify token it will be asked
    // for (Meta: the number's webhook override). Providers that are told with each message (Twilio) answer with an
    // error; ProviderCapabilities::webhookOverride says which can.
    virtual ProviderJob* setWebhook(const QString& callbackUrl, const QString& verifyToken);
    // What the account was charged for messages delivered in [fromSec, toSec) (UTC seconds), per UTC day, market
    // and category, for this sender's number (`phoneNumber` as the provider displays it; empty: the whole account).
    // details["points"]: a list of maps {day_start (seconds), country, category, volume, cost (USD)};
    // details["next"]: the cursor of the next page (empty after the last). ProviderCapabilities::reportedCosts says
    // which providers can.
    virtual ProviderJob* reportedCosts(qint64 fromSec, qint64 toSec, const QString& phoneNumber, const QString& next);
    // Uploads a file once, for messages to send by its id (OutgoingMessage::mediaId) instead of a link: the result's
    // messageId is the media id. The file is read while it goes, never held whole. ProviderCapabilities::mediaUpload
    // says which providers can (Meta and 360dialog; Twilio fetches media only from a public link).
    virtual ProviderJob* uploadMedia(const MediaFile& file);
    // Copies approved templates of another account of the same business (`sourceAccountId`) into this sender's
    // account, those with these ids (all, when empty): details["migrated"] (the source's ids) and details["failed"]
    // (id -> why). ProviderCapabilities::templateMigration says which providers can (Meta).
    virtual ProviderJob* migrateTemplates(const QString& sourceAccountId, const QStringList& templateIds);
    // Registers this sender's number for sending, setting `pin` (6 digits) as its two-step verification PIN: the
    // last step of moving a number in, after WhatsApp's code was entered. ProviderCapabilities::numberRegistration
    // says which providers can (Meta).
    virtual ProviderJob* registerNumber(const QString& pin);
    // Subscribes the app Tandem's token belongs to to this sender's account's webhooks, without which the account's
    // numbers report nothing (a number moved into an account the app has not served yet). Same capability.
    virtual ProviderJob* subscribeToAccount();

    // The longest a request may go without progress before it counts as a timeout.
    void setTransferTimeout(int milliseconds)
    {
        m_transferTimeoutMs = milliseconds;
    }
    int transferTimeout() const
    {
        return m_transferTimeoutMs;
    }

protected:
    // A job that watches this request; `secrets` are blanked out of whatever the provider's answer quotes.
    ProviderJob* watch(
        QNetworkReply* reply, ProviderJob::Parser parser, const QStringList& secrets, SendOnceBody* body = nullptr);
    // Uploads the file as WhatsApp's multipart media form (whatsAppMediaForm) to `request`'s address; the form lives
    // as long as the request. For the Cloud API's hosts (Meta, 360dialog).
    ProviderJob* postMediaForm(QNetworkAccessManager* network,
        QNetworkRequest request,
        const MediaFile& file,
        ProviderJob::Parser parser,
        const QStringList& secrets);
    // A job that finishes from the event loop with this error, without a request (refused before asking).
    ProviderJob* failLater(ErrorClass errorClass, const QString& code, const QString& explanation);

private:
    int m_transferTimeoutMs = 30000;
};
