#include "metaresponses.h"

#include "metaerrors.h"
#include "networkerrors.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {
// A change Meta answers with {"success": true}; anything else (an error aside) leaves it unconfirmed.
ProviderResult confirmed(const HttpResponse& response, const char* unconfirmed)
{
    ProviderResult result;
    if (response.status != 200) {
        result.error = metaErrorFromResponse(response);
        return result;
    }
    if (!QJsonDocument::fromJson(response.body).object().value(u"success"_s).toBool()) {
        result.error.errorClass = ErrorClass::Transient;
        result.error.code = u"unexpected_answer"_s;
        result.error.explanation = QCoreApplication::translate("MetaResponses", unconfirmed);
    }
    return result;
}
} // namespace

namespace MetaResponses {
ProviderResult phoneNumber(const HttpResponse& response)
{
    ProviderResult result;
    if (response.status != 200) {
        result.error = metaErrorFromResponse(response);
        return result;
    }
    const QJsonObject number = QJsonDocument::fromJson(response.body).object();
    result.details = {{u"display_phone_number"_s, number.value(u"display_phone_number"_s).toString()},
        {u"verified_name"_s, number.value(u"verified_name"_s).toString()},
        {u"quality_rating"_s, number.value(u"quality_rating"_s).toString()},
        {u"phone_number_id"_s, number.value(u"id"_s).toString()}};
    return result;
}

ProviderResult webhookOverride(const HttpResponse& response)
{
    return confirmed(response,
        QT_TRANSLATE_NOOP("MetaResponses", "Meta did not confirm the webhook address; try again in a moment."));
}

ProviderResult numberRegistered(const HttpResponse& response)
{
    return confirmed(
        response, QT_TRANSLATE_NOOP("MetaResponses", "Meta did not confirm the registration; try again in a moment."));
}

ProviderResult appSubscribed(const HttpResponse& response)
{
    return confirmed(response,
        QT_TRANSLATE_NOOP("MetaResponses", "Meta did not confirm the webhook subscription; try again in a moment."));
}

ProviderResult templatesPage(const HttpResponse& response)
{
    ProviderResult result;
    if (response.status != 200) {
        result.error = metaErrorFromResponse(response);
        return result;
    }
    const QJsonObject page = QJsonDocument::fromJson(response.body).object();
    result.details.insert(u"templates"_s, page.value(u"data"_s).toArray().toVariantList());
    const QJsonObject paging = page.value(u"paging"_s).toObject();
    if (paging.contains(u"next"_s))
        result.details.insert(u"next"_s, paging.value(u"cursors"_s).toObject().value(u"after"_s).toString());
    return result;
}

ProviderResult pricingAnalytics(const HttpResponse& response)
{
    ProviderResult result;
    if (response.status != 200) {
        result.error = metaErrorFromResponse(response);
        return result;
    }
    // The edge answers {"data": [{"data_points": […]}], "paging"}; the same node read as a field of the account
    // comes as {"pricing_analytics": {"data": […]}}. Both are read.
    QJsonObject page = QJsonDocument::fromJson(response.body).object();
    if (page.contains(u"pricing_analytics"_s))
        page = page.value(u"pricing_analytics"_s).toObject();
    QVariantList points;
    for (const QJsonValue& entry : page.value(u"data"_s).toArray()) {
        for (const QJsonValue& value : entry.toObject().value(u"data_points"_s).toArray()) {
            const QJsonObject p = value.toObject();
            // Numbers may come as JSON numbers or as strings.
            auto number = [&p](const QString& key) {
                const QJsonValue v = p.value(key);
                return v.isString() ? v.toString().toDouble() : v.toDouble();
            };
            points << QVariantMap {{u"day_start"_s, qint64(number(u"start"_s))},
                {u"country"_s, p.value(u"country"_s).toString().toUpper()},
                {u"category"_s, p.value(u"pricing_category"_s).toString().toLower()},
                {u"volume"_s, qint64(number(u"volume"_s))}, {u"cost"_s, number(u"cost"_s)}};
        }
    }
    result.details.insert(u"points"_s, points);
    const QJsonObject paging = page.value(u"paging"_s).toObject();
    if (paging.contains(u"next"_s))
        result.details.insert(u"next"_s, paging.value(u"cursors"_s).toObject().value(u"after"_s).toString());
    return result;
}

ProviderResult templateCreated(const HttpResponse& response)
{
    ProviderResult result;
    if (response.status != 200) {
        result.error = metaErrorFromResponse(response);
        return result;
    }
    const QJsonObject created = QJsonDocument::fromJson(response.body).object();
    result.messageId = created.value(u"id"_s).toString();
    result.status = created.value(u"status"_s).toString().toLower();
    result.details.insert(u"template"_s, created.toVariantMap());
    return result;
}

ProviderResult templatesMigrated(const HttpResponse& response)
{
    ProviderResult result;
    if (response.status != 200) {
        result.error = metaErrorFromResponse(response);
        return result;
    }
    const QJsonDocument document = QJsonDocument::fromJson(response.body);
    if (!document.isObject() || !document.object().contains(u"migrated_templates"_s)) {
        result.error = unreadableSuccess(u"Meta"_s);
        return result;
    }
    QStringList migrated;
    for (const QJsonValue& v : document.object().value(u"migrated_templates"_s).toArray())
        migrated << (v.isObject() ? v.toObject().value(u"id"_s) : v).toVariant().toString();
    QVariantMap failed;
    const QJsonValue failures = document.object().value(u"failed_templates"_s);
    if (failures.isObject()) {
        const QJsonObject map = failures.toObject();
        for (auto it = map.begin(); it != map.end(); ++it)
            failed.insert(it.key(), it.value().toVariant().toString());
    } else {
        for (const QJsonValue& v : failures.toArray()) {
            const QJsonObject o = v.toObject();
            failed.insert(o.value(u"id"_s).toVariant().toString(),
                o.value(o.contains(u"reason"_s) ? u"reason"_s : u"error"_s).toVariant().toString());
        }
    }
    result.details = {{u"migrated"_s, migrated}, {u"failed"_s, failed}};
    return result;
}

ProviderResult mediaUploaded(const HttpResponse& response)
{
    ProviderResult result;
    if (response.status != 200) {
        result.error = metaErrorFromResponse(response);
        return result;
    }
    // The id is a string in Meta's examples; read a number as well rather than lose it.
    result.messageId = QJsonDocument::fromJson(response.body).object().value(u"id"_s).toVariant().toString();
    if (result.messageId.isEmpty())
        result.error = unreadableSuccess(u"Meta"_s);
    return result;
}

ProviderResult sent(const HttpResponse& response, const QString& recipient)
{
    ProviderResult result;
    result.recipient = recipient;
    if (response.status != 200) {
        result.error = metaErrorFromResponse(response);
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
}
} // namespace MetaResponses
