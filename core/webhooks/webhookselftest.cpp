#include "webhookselftest.h"
#include "providers/providerregistry.h"

#include "model/webhookpaths.h"
#include "outbox/statusledger.h"
#include "profiles/profilejob.h"
#include "profiles/secretsloader.h"
#include "signatures.h"
#include "util/formencoding.h"
#include "webhookroute.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {
QString hex32()
{
    return QUuid::createUuid().toString(QUuid::Id128);
}
} // namespace

WebhookSelfTest::WebhookSelfTest(StatusLedger& reports,
    const ProviderRegistry& registry,
    ProfileService& secrets,
    QNetworkAccessManager& network,
    QObject* parent)
    : QObject(parent), m_reports(reports), m_registry(registry), m_secrets(secrets), m_network(network)
{ }

WebhookStyle WebhookSelfTest::styleOf(const Profile& profile) const
{
    const ProviderDescriptor* d = m_registry.find(profile.kind);
    return d ? d->capabilities.webhooks : WebhookStyle::None;
}

void WebhookSelfTest::start(const Profile& profile, const QString& publicUrl)
{
    const QString url = WebhookPaths::join(publicUrl, WebhookRoute::pathFor(styleOf(profile), profile.id));
    if (publicUrl.trimmed().isEmpty()) {
        finish({false, url, 0, false, tr("Enter the receiver's public address first."), 0});
        return;
    }
    loadSecretsFor(m_secrets, profile, this, [this, profile, url](const ProfileOutcome& outcome) {
        if (!outcome.status.isOk())
            return finish({false, url, 0, false, outcome.status.error(), 0});
        post(profile, url, outcome.secrets);
    });
}

void WebhookSelfTest::post(const Profile& profile, const QString& url, const QHash<QString, QString>& secrets)
{
    const WebhookStyle style = styleOf(profile);
    QNetworkRequest request {QUrl(url)};
    request.setTransferTimeout(15000);
    QByteArray body;
    if (style == WebhookStyle::TwilioSigned) {
        const QString token = secrets.value(u"auth_token"_s);
        if (token.isEmpty())
            return finish({false, url, 0, false,
                tr("Twilio signs its callbacks with the Auth Token, and this sender has none (an API key cannot "
                   "sign). Add the Auth Token in the sender's settings."),
                0});
        m_messageId = u"SM"_s + hex32(); // looks like Twilio's, matches no message Tandem sent
        const FormFields params {{u"AccountSid"_s, profile.setting(u"account_sid"_s)},
            {u"ApiVersion"_s, u"2010-04-01"_s}, {u"ChannelPrefix"_s, u"whatsapp"_s},
            {u"From"_s, u"whatsapp:"_s + profile.setting(u"from"_s)}, {u"MessageSid"_s, m_messageId},
            {u"MessageStatus"_s, u"delivered"_s}, {u"SmsSid"_s, m_messageId}, {u"SmsStatus"_s, u"delivered"_s},
            {u"To"_s, u"whatsapp:+10000000000"_s}};
        body = encodeForm(params);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/x-www-form-urlencoded"));
        request.setRawHeader("X-Twilio-Signature", Signatures::twilio(token, url, params));
    } else {
        const QString secret = secrets.value(u"app_secret"_s);
        const QString key = secrets.value(u"verify_token"_s);
        if (style == WebhookStyle::MetaSigned && secret.isEmpty())
            return finish({false, url, 0, false,
                tr("Meta signs its webhooks with the app's App Secret, and this sender has none. Add it in the "
                   "sender's settings (App Dashboard > App settings > Basic)."),
                0});
        if (style == WebhookStyle::HeaderKeyed && key.isEmpty())
            return finish({false, url, 0, false,
                tr("This sender has no webhook key, which its provider's reports must carry. Save its settings again "
                   "so Tandem makes one."),
                0});
        m_messageId = u"wamid.tandem-self-test-"_s + hex32();
        const QJsonObject status {{u"id"_s, m_messageId}, {u"status"_s, u"delivered"_s},
            {u"timestamp"_s, QString::number(QDateTime::currentSecsSinceEpoch())}, {u"recipient_id"_s, u"0"_s}};
        const QJsonObject value {{u"messaging_product"_s, u"whatsapp"_s},
            {u"metadata"_s, QJsonObject {{u"phone_number_id"_s, profile.setting(u"phone_number_id"_s)}}},
            {u"statuses"_s, QJsonArray {status}}};
        const QJsonObject envelope {{u"object"_s, u"whatsapp_business_account"_s},
            {u"entry"_s,
                QJsonArray {QJsonObject {{u"id"_s, profile.setting(u"waba_id"_s)},
                    {u"changes"_s, QJsonArray {QJsonObject {{u"field"_s, u"messages"_s}, {u"value"_s, value}}}}}}}};
        body = QJsonDocument(envelope).toJson(QJsonDocument::Compact);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        if (style == WebhookStyle::HeaderKeyed)
            request.setRawHeader(WebhookPaths::keyHeader, key.toUtf8());
        else
            request.setRawHeader("X-Hub-Signature-256", Signatures::meta(secret, body));
    }
    auto* clock = new QElapsedTimer;
    clock->start();
    QNetworkReply* reply = m_network.post(request, body);
    connect(reply, &QNetworkReply::finished, this, [this, reply, url, clock] {
        reply->deleteLater();
        Outcome o;
        o.url = url;
        o.elapsedMs = clock->elapsed();
        delete clock;
        o.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const Result<bool> stored = m_reports.removeReportsAbout(m_messageId);
        o.stored = stored.isOk() && stored.value();
        o.ok = o.httpStatus == 200 && o.stored;
        if (o.ok)
            o.explanation = tr("The test report reached the receiver and was stored (%1 ms).").arg(o.elapsedMs);
        else if (o.httpStatus == 0)
            o.explanation = tr("Nothing answered at %1 (%2). Is the receiver running, and does the address (tunnel "
                               "or proxy) lead to it?")
                                .arg(url, reply->errorString());
        else if (o.httpStatus == 403)
            o.explanation = tr("The receiver refused the signature. The public address must be exactly the one the "
                               "provider calls (scheme, host, port and path), and the sender's secret must match.");
        else if (o.httpStatus == 200)
            o.explanation = tr("The receiver answered, but the report is not in this database: is the receiver "
                               "storing into another one?");
        else
            o.explanation = tr("The receiver answered HTTP %1.").arg(o.httpStatus);
        finish(o);
    });
}

void WebhookSelfTest::finish(Outcome outcome)
{
    QMetaObject::invokeMethod(
        this, [this, outcome] { Q_EMIT finished(outcome); }, Qt::QueuedConnection);
}
