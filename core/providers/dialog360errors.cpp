#include "dialog360errors.h"

#include "errortable.h"
#include "metaerrors.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {
// 360dialog's own refusals, as its error list words them: the HTTP status and a phrase of the developer message
// (empty: any message with that status). The first row that matches wins.
struct OwnError
{
    int httpStatus;
    const char* phrase;
    const char* code;
    ErrorClass errorClass;
    const char* explanation;
};

const OwnError kOwnErrors[] = {
    {400, "rate limit", "d360-rate-limit", ErrorClass::RateLimited,
        QT_TRANSLATE_NOOP("ProviderErrors",
            "360dialog says this number sent requests faster than its endpoint allows. Tandem slows down and "
            "tries again.")},
    {400, "payment", "d360-unpaid", ErrorClass::PolicyBlocked,
        QT_TRANSLATE_NOOP("ProviderErrors",
            "360dialog stopped sending for this number because an invoice is overdue. Settle it in the 360dialog "
            "hub, then send again.")},
    {400, "disabled", "d360-disabled", ErrorClass::PolicyBlocked,
        QT_TRANSLATE_NOOP(
            "ProviderErrors", "360dialog has turned off API access for this number. Ask 360dialog's support why.")},
    {401, "", "d360-api-key", ErrorClass::Authentication,
        QT_TRANSLATE_NOOP("ProviderErrors",
            "360dialog did not accept the API key. Each number has its own key: copy this number's key from the "
            "360dialog hub again, or make a new one there.")},
    {403, "", "d360-blocked", ErrorClass::PolicyBlocked,
        QT_TRANSLATE_NOOP(
            "ProviderErrors", "360dialog blocks this request for your account. Ask 360dialog's support to enable it.")},
    {500, "", "d360-server", ErrorClass::Transient,
        QT_TRANSLATE_NOOP("ProviderErrors", "360dialog had an internal error. Tandem tries again later.")},
    {502, "", "d360-unavailable", ErrorClass::Transient,
        QT_TRANSLATE_NOOP("ProviderErrors",
            "360dialog could not reach WhatsApp for this number just now. Tandem tries again later.")},
};

QJsonValue eitherKey(const QJsonObject& o, const QString& snake, const QString& camel)
{
    return o.contains(snake) ? o.value(snake) : o.value(camel);
}
} // namespace

ProviderError dialog360ErrorFromResponse(const HttpResponse& response)
{
    const QJsonObject body = QJsonDocument::fromJson(response.body).object();
    if (body.value(u"error"_s).toObject().contains(u"code"_s))
        return metaErrorFromResponse(response); // Meta's own, passed through

    // On-premise style: {"errors": [{"code", "title", "details"}]}: Meta's codes again.
    const QJsonObject first = body.value(u"errors"_s).toArray().first().toObject();
    if (first.contains(u"code"_s)) {
        ProviderError e = metaErrorFromCode(
            first.value(u"code"_s).toInt(), first.value(u"title"_s).toString(), first.value(u"details"_s).toString());
        addHttpDetails(e, response.status, response.retryAfter);
        return e;
    }

    const QJsonObject meta = body.value(u"meta"_s).toObject();
    const int status = meta.contains(u"http_code"_s) || meta.contains(u"httpCode"_s)
        ? eitherKey(meta, u"http_code"_s, u"httpCode"_s).toInt()
        : response.status;
    const QString message = eitherKey(meta, u"developer_message"_s, u"developerMessage"_s).toString();
    ProviderError e;
    e.providerMessage = message;
    for (const OwnError& rule : kOwnErrors) {
        if (rule.httpStatus != status || !message.contains(QLatin1StringView(rule.phrase), Qt::CaseInsensitive))
            continue;
        e.errorClass = rule.errorClass;
        e.code = QString::fromLatin1(rule.code);
        e.explanation = QCoreApplication::translate("ProviderErrors", rule.explanation);
        break;
    }
    if (e.errorClass == ErrorClass::None) {
        e.errorClass = classFromHttpStatus(response.status);
        e.code = u"http-%1"_s.arg(response.status);
        e.explanation = explanationForHttpStatus(response.status);
        if (!message.isEmpty())
            e.explanation += u' ' + QCoreApplication::translate("ProviderErrors", "360dialog says: %1").arg(message);
    }
    addHttpDetails(e, response.status, response.retryAfter);
    return e;
}
