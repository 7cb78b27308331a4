#include "metacloudprovider.h"

#include "media/mediafile.h"
#include "metaerrors.h"
#include "metaresponses.h"
#include "networkerrors.h"
#include "phone/phonenumbers.h"
#include "sendoncebody.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcMeta, "tandem.providers.meta")

MetaCloudProvider::MetaCloudProvider(MetaSettings settings, QNetworkAccessManager* network, QObject* parent)
    : MessagingProvider(parent), m_settings(std::move(settings)), m_requests(m_settings), m_network(network)
{ }

QString MetaCloudProvider::kind() const
{
    return u"meta_cloud"_s;
}

ProviderJob* MetaCloudProvider::start(QNetworkReply* reply, ProviderJob::Parser parser, SendOnceBody* body)
{
    return watch(reply, std::move(parser), {m_settings.accessToken}, body);
}

ProviderJob* MetaCloudProvider::verifyCredentials()
{
    QNetworkRequest request = m_requests.fetchPhoneNumber();
    request.setTransferTimeout(transferTimeout());
    qCDebug(lcMeta) << "GET" << request.url().toDisplayString();
    return start(m_network->get(request), [](const HttpResponse& response) {
        const ProviderResult result = MetaResponses::phoneNumber(response);
        if (!result.isOk())
            qCWarning(lcMeta) << "verify failed" << response.status << result.error.code;
        return result;
    });
}

ProviderJob* MetaCloudProvider::listTemplates(const QString& next)
{
    if (m_settings.wabaId.isEmpty())
        return failLater(ErrorClass::InvalidRequest, u"no-waba"_s,
            tr("Enter the WhatsApp Business Account ID in the sender's settings: templates belong to the account."));
    QNetworkRequest request = m_requests.listTemplates(100, next);
    request.setTransferTimeout(transferTimeout());
    qCDebug(lcMeta) << "GET" << request.url().toDisplayString();
    return start(m_network->get(request), &MetaResponses::templatesPage);
}

ProviderJob* MetaCloudProvider::createTemplate(const QJsonObject& definition)
{
    if (m_settings.wabaId.isEmpty())
        return failLater(ErrorClass::InvalidRequest, u"no-waba"_s,
            tr("Enter the WhatsApp Business Account ID in the sender's settings: templates belong to the account."));
    QNetworkRequest request = m_requests.createTemplate();
    request.setTransferTimeout(transferTimeout());
    qCDebug(lcMeta) << "POST" << request.url().toDisplayString();
    return start(m_network->post(request, QJsonDocument(definition).toJson(QJsonDocument::Compact)),
        &MetaResponses::templateCreated);
}

ProviderJob* MetaCloudProvider::reportedCosts(
    qint64 fromSec, qint64 toSec, const QString& phoneNumber, const QString& next)
{
    if (m_settings.wabaId.isEmpty())
        return failLater(ErrorClass::InvalidRequest, u"no-waba"_s,
            tr("Enter the WhatsApp Business Account ID in the sender's settings: Meta reports costs per account."));
    QNetworkRequest request = m_requests.pricingAnalytics(fromSec, toSec, phoneNumber, next);
    request.setTransferTimeout(transferTimeout());
    qCDebug(lcMeta) << "GET" << request.url().toDisplayString();
    return start(m_network->get(request), &MetaResponses::pricingAnalytics);
}

ProviderJob* MetaCloudProvider::setWebhook(const QString& callbackUrl, const QString& verifyToken)
{
    QNetworkRequest request = m_requests.phoneNumberSettings();
    request.setTransferTimeout(transferTimeout());
    qCDebug(lcMeta) << "POST" << request.url().toDisplayString() << "webhook override";
    const QByteArray body
        = QJsonDocument(MetaRequests::webhookOverrideBody(callbackUrl, verifyToken)).toJson(QJsonDocument::Compact);
    return start(m_network->post(request, body), &MetaResponses::webhookOverride);
}

ProviderJob* MetaCloudProvider::registerNumber(const QString& pin)
{
    static const QRegularExpression sixDigits(u"^[0-9]{6}$"_s);
    if (!sixDigits.match(pin).hasMatch())
        return failLater(ErrorClass::InvalidRequest, u"pin"_s,
            tr("The PIN is 6 digits: the number's two-step verification PIN, which you choose."));
    QNetworkRequest request = m_requests.registerNumber();
    request.setTransferTimeout(transferTimeout());
    qCDebug(lcMeta) << "POST" << request.url().toDisplayString() << "register"; // never the PIN
    const QByteArray body = QJsonDocument(MetaRequests::registerNumberBody(pin)).toJson(QJsonDocument::Compact);
    return start(m_network->post(request, body), &MetaResponses::numberRegistered);
}

ProviderJob* MetaCloudProvider::subscribeToAccount()
{
    if (m_settings.wabaId.isEmpty())
        return failLater(ErrorClass::InvalidRequest, u"no-waba"_s,
            tr("Enter the WhatsApp Business Account ID in the sender's settings: webhooks come per account."));
    QNetworkRequest request = m_requests.subscribeApp();
    request.setTransferTimeout(transferTimeout());
    qCDebug(lcMeta) << "POST" << request.url().toDisplayString();
    return start(m_network->post(request, QByteArray()), &MetaResponses::appSubscribed);
}

ProviderJob* MetaCloudProvider::send(const OutgoingMessage& message)
{
    const Result<QString> to = normalizePhoneNumber(message.to, m_settings.defaultRegion);
    if (!to.isOk())
        return failLater(ErrorClass::InvalidRecipient, u"invalid-number"_s, to.error());
    const Result<QJsonObject> body = m_requests.messageBody(message, to.value());
    if (!body.isOk())
        return failLater(ErrorClass::InvalidRequest, u"unsupported-message"_s, body.error());

    QNetworkRequest request = m_requests.sendMessage();
    request.setTransferTimeout(transferTimeout());
    qCDebug(lcMeta) << "POST" << request.url().toDisplayString();
    const QString recipient = to.value();
    auto* payload = new SendOnceBody(QJsonDocument(body.value()).toJson(QJsonDocument::Compact));
    return start(
        m_network->post(request, payload),
        [recipient](const HttpResponse& response) {
            const ProviderResult result = MetaResponses::sent(response, recipient);
            if (result.error.isError())
                qCInfo(lcMeta) << "send rejected" << response.status << result.error.code;
            return result;
        },
        payload);
}

ProviderJob* MetaCloudProvider::fetchStatus(const QString& providerMessageId)
{
    Q_UNUSED(providerMessageId)
    return failLater(ErrorClass::InvalidRequest, u"not-supported"_s,
        QCoreApplication::translate("MetaCloudProvider",
            "The Cloud API cannot be asked for a message's status; Meta reports delivered and read "
            "through the webhook."));
}

ProviderJob* MetaCloudProvider::uploadMedia(const MediaFile& file)
{
    const QNetworkRequest request = m_requests.uploadMedia();
    qCDebug(lcMeta) << "POST" << request.url().toDisplayString() << file.mimeType << file.size << "bytes";
    return postMediaForm(m_network, request, file, &MetaResponses::mediaUploaded, {m_settings.accessToken});
}

ProviderJob* MetaCloudProvider::migrateTemplates(const QString& sourceAccountId, const QStringList& templateIds)
{
    if (m_settings.wabaId.isEmpty())
        return failLater(ErrorClass::InvalidRequest, u"no-waba"_s,
            tr("Enter the WhatsApp Business Account ID in the sender's settings: templates belong to the account."));
    QNetworkRequest request = m_requests.migrateTemplates();
    request.setTransferTimeout(qMax(transferTimeout(), 60000)); // Meta copies up to 500 in one request
    qCDebug(lcMeta) << "POST" << request.url().toDisplayString() << templateIds.size() << "templates";
    const QByteArray body = QJsonDocument(MetaRequests::migrateTemplatesBody(sourceAccountId, templateIds))
                                .toJson(QJsonDocument::Compact);
    return start(m_network->post(request, body), &MetaResponses::templatesMigrated);
}
