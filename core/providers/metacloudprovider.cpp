#include "metacloudprovider.h"

#include "metaerrors.h"
#include "networkerrors.h"
#include "phone/phonenumbers.h"
#include "sendoncebody.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>

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
    auto* job = new ProviderJob(this);
    job->watch(reply, std::move(parser), {m_settings.accessToken}, body);
    return job;
}

ProviderJob* MetaCloudProvider::failLater(ErrorClass errorClass, const QString& code, const QString& explanation)
{
    auto* job = new ProviderJob(this);
    ProviderResult result;
    result.error.errorClass = errorClass;
    result.error.code = code;
    result.error.explanation = explanation;
    job->finishLater(result);
    return job;
}

ProviderJob* MetaCloudProvider::verifyCredentials()
{
    QNetworkRequest request = m_requests.fetchPhoneNumber();
    request.setTransferTimeout(transferTimeout());
    qCDebug(lcMeta) << "GET" << request.url().toDisplayString();
    return start(m_network->get(request), [](const HttpResponse& response) {
        ProviderResult result;
        if (response.status != 200) {
            result.error = metaErrorFromResponse(response);
            qCWarning(lcMeta) << "verify failed" << response.status << result.error.code;
            return result;
        }
        const QJsonObject number = QJsonDocument::fromJson(response.body).object();
        result.details = {{u"display_phone_number"_s, number.value(u"display_phone_number"_s).toString()},
            {u"verified_name"_s, number.value(u"verified_name"_s).toString()},
            {u"quality_rating"_s, number.value(u"quality_rating"_s).toString()},
            {u"phone_number_id"_s, number.value(u"id"_s).toString()}};
        return result;
    });
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
            ProviderResult result;
            result.recipient = recipient;
            if (response.status != 200) {
                result.error = metaErrorFromResponse(response);
                qCInfo(lcMeta) << "send rejected" << response.status << result.error.code;
                return result;
            }
            const QJsonObject answer = QJsonDocument::fromJson(response.body).object();
            const QJsonObject first = answer.value(u"messages"_s).toArray().first().toObject();
            result.messageId = first.value(u"id"_s).toString();
            // message_status appears only for paced templates; a 200 otherwise means accepted.
            result.status = first.value(u"message_status"_s).toString(u"accepted"_s);
            if (result.messageId.isEmpty())
                result.error = unreadableSuccess(u"Meta"_s);
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
