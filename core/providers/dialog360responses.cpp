#include "dialog360responses.h"

#include "dialog360errors.h"
#include "metaresponses.h"
#include "networkerrors.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {
bool succeeded(const HttpResponse& response)
{
    return response.status >= 200 && response.status < 300;
}

ProviderResult failure(const HttpResponse& response)
{
    ProviderResult result;
    result.error = dialog360ErrorFromResponse(response);
    return result;
}
} // namespace

namespace Dialog360Responses {
ProviderResult webhook(const HttpResponse& response)
{
    if (!succeeded(response))
        return failure(response);
    ProviderResult result;
    const QJsonDocument document = QJsonDocument::fromJson(response.body);
    if (!document.isObject()) {
        result.error = unreadableSuccess(u"360dialog"_s);
        return result;
    }
    // One key per number, and this call names no number or account: what the check found, for the senders list.
    result.details.insert(u"key"_s, QCoreApplication::translate("Dialog360Responses", "API key accepted"));
    result.details.insert(u"webhook_url"_s, document.object().value(u"url"_s).toString());
    return result;
}

ProviderResult sent(const HttpResponse& response, const QString& recipient)
{
    if (!succeeded(response)) {
        ProviderResult result = failure(response);
        result.recipient = recipient;
        return result;
    }
    HttpResponse ok = response;
    ok.status = 200; // Meta's reading of the body, whatever 2xx 360dialog chose
    return MetaResponses::sent(ok, recipient);
}

ProviderResult templatesPage(const HttpResponse& response)
{
    if (!succeeded(response))
        return failure(response);
    ProviderResult result;
    const QJsonDocument document = QJsonDocument::fromJson(response.body);
    const QJsonObject page = document.object();
    if (!document.isObject() || !page.value(u"waba_templates"_s).isArray()) {
        result.error = unreadableSuccess(u"360dialog"_s);
        return result;
    }
    const QJsonArray templates = page.value(u"waba_templates"_s).toArray();
    result.details.insert(u"templates"_s, templates.toVariantList());
    const int offset = page.value(u"offset"_s).toInt();
    const int total = page.value(u"total"_s).toInt();
    if (!templates.isEmpty() && offset + templates.size() < total)
        result.details.insert(u"next"_s, QString::number(offset + templates.size()));
    return result;
}

ProviderResult templateCreated(const HttpResponse& response)
{
    if (!succeeded(response))
        return failure(response);
    ProviderResult result;
    const QJsonObject created = QJsonDocument::fromJson(response.body).object();
    result.messageId = created.value(u"id"_s).toVariant().toString();
    result.status = created.value(u"status"_s).toString().toLower();
    result.details.insert(u"template"_s, created.toVariantMap());
    return result;
}

ProviderResult mediaUploaded(const HttpResponse& response)
{
    if (!succeeded(response))
        return failure(response);
    ProviderResult result;
    result.messageId = QJsonDocument::fromJson(response.body).object().value(u"id"_s).toVariant().toString();
    if (result.messageId.isEmpty())
        result.error = unreadableSuccess(u"360dialog"_s);
    return result;
}
} // namespace Dialog360Responses
