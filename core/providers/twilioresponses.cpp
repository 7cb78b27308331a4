#include "twilioresponses.h"

#include "networkerrors.h"
#include "twilioerrors.h"
#include "twiliosentmatch.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace TwilioResponses {
ProviderResult account(const HttpResponse& response)
{
    ProviderResult result;
    if (response.status != 200) {
        result.error = twilioErrorFromResponse(response);
        return result;
    }
    const QJsonObject account = QJsonDocument::fromJson(response.body).object();
    result.details = {{u"account_sid"_s, account.value(u"sid"_s).toString()},
        {u"friendly_name"_s, account.value(u"friendly_name"_s).toString()},
        {u"account_status"_s, account.value(u"status"_s).toString()},
        {u"account_type"_s, account.value(u"type"_s).toString()}};
    result.status = account.value(u"status"_s).toString();
    if (result.status != u"active"_s) {
        result.error.errorClass = ErrorClass::Authentication;
        result.error.code = u"account-"_s + result.status;
        result.error.explanation = QCoreApplication::translate(
            "TwilioProvider", "The Twilio account is %1, not active. Reactivate it in the Twilio Console.")
                                       .arg(result.status);
    }
    return result;
}

ProviderResult created(const HttpResponse& response, const QString& recipient)
{
    ProviderResult result;
    result.recipient = recipient;
    if (response.status != 201 && response.status != 200) {
        result.error = twilioErrorFromResponse(response);
        return result;
    }
    const QJsonObject created = QJsonDocument::fromJson(response.body).object();
    result.messageId = created.value(u"sid"_s).toString();
    result.status = created.value(u"status"_s).toString();
    if (result.messageId.isEmpty())
        result.error = unreadableSuccess(u"Twilio"_s);
    return result;
}

ProviderResult message(const HttpResponse& response)
{
    ProviderResult result;
    if (response.status != 200) {
        result.error = twilioErrorFromResponse(response);
        return result;
    }
    const QJsonObject message = QJsonDocument::fromJson(response.body).object();
    result.messageId = message.value(u"sid"_s).toString();
    result.status = message.value(u"status"_s).toString();
    result.recipient = message.value(u"to"_s).toString();
    // What the message cost, once Twilio knows ("-0.00500", null before), and when its status last changed.
    if (message.value(u"price"_s).isString())
        result.details.insert(u"price"_s, message.value(u"price"_s).toString());
    if (message.value(u"price_unit"_s).isString())
        result.details.insert(u"price_unit"_s, message.value(u"price_unit"_s).toString());
    if (message.value(u"date_updated"_s).isString())
        result.details.insert(u"date_updated"_s, message.value(u"date_updated"_s).toString());
    // Delivery failures arrive here, after the 201: failed/undelivered with an error_code.
    const QJsonValue code = message.value(u"error_code"_s);
    if (!code.isNull() && !code.isUndefined() && code.toInt() != 0)
        result.error = twilioErrorFromCode(code.toInt(), message.value(u"error_message"_s).toString());
    return result;
}

ProviderResult inboundPage(const HttpResponse& response, qint64 sinceMs)
{
    ProviderResult result;
    if (response.status != 200) {
        result.error = twilioErrorFromResponse(response);
        return result;
    }
    const QJsonObject list = QJsonDocument::fromJson(response.body).object();
    QVariantList messages;
    bool older = false;
    for (const QJsonValue& value : list.value(u"messages"_s).toArray()) {
        const QJsonObject m = value.toObject();
        if (m.value(u"direction"_s).toString() != u"inbound"_s)
            continue;
        const QDateTime sent = twilioDateTime(m.value(u"date_sent"_s).toString(m.value(u"date_created"_s).toString()));
        if (!sent.isValid())
            continue;
        if (sent.toMSecsSinceEpoch() < sinceMs) {
            older = true;
            continue;
        }
        const int media = m.value(u"num_media"_s).toString().toInt();
        messages.append(QVariantMap {{u"sid"_s, m.value(u"sid"_s).toString()},
            {u"from"_s, m.value(u"from"_s).toString()}, {u"body"_s, m.value(u"body"_s).toString()},
            {u"received_at_ms"_s, sent.toMSecsSinceEpoch()}, {u"type"_s, media > 0 ? u"media"_s : u"text"_s}});
    }
    result.details.insert(u"messages"_s, messages);
    result.details.insert(u"older_reached"_s, older);
    result.details.insert(u"next_page_uri"_s, list.value(u"next_page_uri"_s).toString());
    return result;
}

ProviderResult contentPage(const HttpResponse& response)
{
    ProviderResult result;
    if (response.status != 200) {
        result.error = twilioErrorFromResponse(response);
        return result;
    }
    const QJsonObject page = QJsonDocument::fromJson(response.body).object();
    result.details.insert(u"templates"_s, page.value(u"contents"_s).toArray().toVariantList());
    const QJsonValue next = page.value(u"meta"_s).toObject().value(u"next_page_url"_s);
    if (next.isString() && !next.toString().isEmpty())
        result.details.insert(u"next"_s, next.toString());
    return result;
}

ProviderResult contentCreated(const HttpResponse& response)
{
    ProviderResult result;
    if (response.status != 201 && response.status != 200) {
        result.error = twilioErrorFromResponse(response);
        return result;
    }
    const QJsonObject content = QJsonDocument::fromJson(response.body).object();
    result.messageId = content.value(u"sid"_s).toString();
    result.details.insert(u"template"_s, content.toVariantMap());
    return result;
}

ProviderResult approvalRequested(const HttpResponse& response)
{
    ProviderResult result;
    if (response.status != 201 && response.status != 200) {
        result.error = twilioErrorFromResponse(response);
        return result;
    }
    const QJsonObject approval = QJsonDocument::fromJson(response.body).object();
    result.status = approval.value(u"status"_s).toString().toLower();
    result.details.insert(u"approval"_s, approval.toVariantMap());
    return result;
}

ProviderResult sentPage(const HttpResponse& response, const SentMessageQuery& query)
{
    ProviderResult result;
    if (response.status != 200) {
        result.error = twilioErrorFromResponse(response);
        return result;
    }
    const QJsonObject list = QJsonDocument::fromJson(response.body).object();
    result.messageId = matchTwilioSentMessage(list.value(u"messages"_s).toArray(), query);
    result.details.insert(u"next_page_uri"_s, list.value(u"next_page_uri"_s).toString());
    return result;
}
} // namespace TwilioResponses
