#include "dialog360provider.h"

#include "dialog360responses.h"
#include "media/mediafile.h"
#include "metarequests.h"
#include "phone/phonenumbers.h"
#include "sendoncebody.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcDialog360, "tandem.providers.360dialog")

namespace {
constexpr int kTemplatesPerPage = 100;
} // namespace

Dialog360Provider::Dialog360Provider(Dialog360Settings settings, QNetworkAccessManager* network, QObject* parent)
    : MessagingProvider(parent), m_settings(std::move(settings)), m_requests(m_settings), m_network(network)
{ }

QString Dialog360Provider::kind() const
{
    return u"360dialog"_s;
}

ProviderJob* Dialog360Provider::start(QNetworkReply* reply, ProviderJob::Parser parser, SendOnceBody* body)
{
    return watch(reply, std::move(parser), {m_settings.apiKey}, body);
}

ProviderJob* Dialog360Provider::verifyCredentials()
{
    QNetworkRequest request = m_requests.webhook();
    request.setTransferTimeout(transferTimeout());
    qCDebug(lcDialog360) << "GET" << request.url().toDisplayString();
    return start(m_network->get(request), &Dialog360Responses::webhook);
}

ProviderJob* Dialog360Provider::send(const OutgoingMessage& message)
{
    const Result<QString> to = normalizePhoneNumber(message.to, m_settings.defaultRegion);
    if (!to.isOk())
        return failLater(ErrorClass::InvalidRecipient, u"invalid-number"_s, to.error());
    const Result<QJsonObject> body = MetaRequests::messageBody(message, to.value());
    if (!body.isOk())
        return failLater(ErrorClass::InvalidRequest, u"unsupported-message"_s, body.error());

    QNetworkRequest request = m_requests.sendMessage();
    request.setTransferTimeout(transferTimeout());
    qCDebug(lcDialog360) << "POST" << request.url().toDisplayString();
    const QString recipient = to.value();
    auto* payload = new SendOnceBody(QJsonDocument(body.value()).toJson(QJsonDocument::Compact));
    return start(
        m_network->post(request, payload),
        [recipient](const HttpResponse& response) {
            const ProviderResult result = Dialog360Responses::sent(response, recipient);
            if (result.error.isError())
                qCInfo(lcDialog360) << "send rejected" << response.status << result.error.code;
            return result;
        },
        payload);
}

ProviderJob* Dialog360Provider::fetchStatus(const QString& providerMessageId)
{
    Q_UNUSED(providerMessageId)
    return failLater(ErrorClass::InvalidRequest, u"not-supported"_s,
        tr("360dialog cannot be asked for a message's status; it reports delivered and read through the webhook."));
}

ProviderJob* Dialog360Provider::listTemplates(const QString& next)
{
    QNetworkRequest request = m_requests.listTemplates(kTemplatesPerPage, next.toInt());
    request.setTransferTimeout(transferTimeout());
    qCDebug(lcDialog360) << "GET" << request.url().toDisplayString();
    return start(m_network->get(request), &Dialog360Responses::templatesPage);
}

ProviderJob* Dialog360Provider::createTemplate(const QJsonObject& definition)
{
    QNetworkRequest request = m_requests.createTemplate();
    request.setTransferTimeout(transferTimeout());
    qCDebug(lcDialog360) << "POST" << request.url().toDisplayString();
    return start(m_network->post(request, QJsonDocument(definition).toJson(QJsonDocument::Compact)),
        &Dialog360Responses::templateCreated);
}

ProviderJob* Dialog360Provider::setWebhook(const QString& callbackUrl, const QString& key)
{
    const QString problem = Dialog360Requests::webhookUrlProblem(callbackUrl);
    if (!problem.isEmpty())
        return failLater(ErrorClass::InvalidRequest, u"webhook-url"_s, problem);
    if (key.isEmpty())
        return failLater(ErrorClass::InvalidRequest, u"no-webhook-key"_s,
            tr("This sender has no webhook key yet; save its settings again so Tandem makes one."));
    QNetworkRequest request = m_requests.webhook();
    request.setTransferTimeout(transferTimeout());
    qCDebug(lcDialog360) << "POST" << request.url().toDisplayString() << "webhook";
    const QByteArray body
        = QJsonDocument(Dialog360Requests::webhookBody(callbackUrl, key)).toJson(QJsonDocument::Compact);
    return start(m_network->post(request, body), &Dialog360Responses::webhook);
}

ProviderJob* Dialog360Provider::uploadMedia(const MediaFile& file)
{
    const QNetworkRequest request = m_requests.uploadMedia();
    qCDebug(lcDialog360) << "POST" << request.url().toDisplayString() << file.mimeType << file.size << "bytes";
    return postMediaForm(m_network, request, file, &Dialog360Responses::mediaUploaded, {m_settings.apiKey});
}
