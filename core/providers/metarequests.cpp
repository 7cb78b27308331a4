#include "metarequests.h"
#include "wireprotocol.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
QString mediaTypeName(OutgoingMessage::MediaType type)
{
    switch (type) {
    case OutgoingMessage::MediaType::Image:
        return u"image"_s;
    case OutgoingMessage::MediaType::Document:
        return u"document"_s;
    case OutgoingMessage::MediaType::Video:
        return u"video"_s;
    case OutgoingMessage::MediaType::Audio:
        return u"audio"_s;
    }
    return u"image"_s;
}

// Positional variables ("1", "2", …) in numeric order, then named ones (templates with named parameters).
QJsonArray bodyParameters(const QMap<QString, QString>& variables)
{
    QList<std::pair<int, QString>> positional;
    QJsonArray named;
    for (auto it = variables.cbegin(); it != variables.cend(); ++it) {
        bool numeric = false;
        const int index = it.key().toInt(&numeric);
        if (numeric)
            positional.append({index, it.value()});
        else
            named.append(
                QJsonObject {{u"type"_s, u"text"_s}, {u"parameter_name"_s, it.key()}, {u"text"_s, it.value()}});
    }
    std::sort(positional.begin(), positional.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    QJsonArray parameters;
    for (const auto& [index, value] : positional)
        parameters.append(QJsonObject {{u"type"_s, u"text"_s}, {u"text"_s, value}});
    for (const QJsonValue& v : named)
        parameters.append(v);
    return parameters;
}

QJsonObject templateHeader(const OutgoingMessage& message)
{
    QJsonObject parameter;
    switch (message.headerType) {
    case OutgoingMessage::HeaderType::Text:
        parameter = {{u"type"_s, u"text"_s}, {u"text"_s, message.headerValue}};
        break;
    case OutgoingMessage::HeaderType::Image:
        parameter = {{u"type"_s, u"image"_s}, {u"image"_s, QJsonObject {{u"link"_s, message.headerValue}}}};
        break;
    case OutgoingMessage::HeaderType::Document:
        parameter = {{u"type"_s, u"document"_s}, {u"document"_s, QJsonObject {{u"link"_s, message.headerValue}}}};
        break;
    case OutgoingMessage::HeaderType::Video:
        parameter = {{u"type"_s, u"video"_s}, {u"video"_s, QJsonObject {{u"link"_s, message.headerValue}}}};
        break;
    case OutgoingMessage::HeaderType::None:
        return {};
    }
    return {{u"type"_s, u"header"_s}, {u"parameters"_s, QJsonArray {parameter}}};
}

QJsonObject interactiveFrame(const OutgoingMessage& message, const QString& type)
{
    QJsonObject interactive {{u"type"_s, type}, {u"body"_s, QJsonObject {{u"text"_s, message.text}}}};
    if (!message.headerText.isEmpty())
        interactive.insert(u"header"_s, QJsonObject {{u"type"_s, u"text"_s}, {u"text"_s, message.headerText}});
    if (!message.footerText.isEmpty())
        interactive.insert(u"footer"_s, QJsonObject {{u"text"_s, message.footerText}});
    return interactive;
}
} // namespace

MetaSettings MetaSettings::fromProfile(const Profile& profile, const QHash<QString, QString>& secrets)
{
    MetaSettings s;
    s.phoneNumberId = profile.setting(u"phone_number_id"_s).trimmed();
    s.wabaId = profile.setting(u"waba_id"_s).trimmed();
    s.accessToken = secrets.value(u"access_token"_s);
    s.apiBase = profile.setting(u"api_base"_s).trimmed();
    if (s.apiBase.isEmpty())
        s.apiBase = u"https://graph.facebook.com"_s;
    while (s.apiBase.endsWith(u'/'))
        s.apiBase.chop(1);
    s.apiVersion = profile.setting(u"api_version"_s).trimmed();
    if (s.apiVersion.isEmpty())
        s.apiVersion = u"v23.0"_s;
    s.defaultRegion = profile.setting(u"default_region"_s);
    return s;
}

MetaRequests::MetaRequests(MetaSettings settings) : m_settings(std::move(settings))
{ }

QNetworkRequest MetaRequests::request(const QString& path) const
{
    QNetworkRequest r(QUrl(m_settings.apiBase + u'/' + m_settings.apiVersion + u'/' + path));
    r.setRawHeader("Authorization", "Bearer " + m_settings.accessToken.toUtf8());
    r.setHeader(QNetworkRequest::UserAgentHeader, QByteArray("Tandem/" TANDEM_VERSION));
    useTandemsWireProtocol(r);
    return r;
}

QNetworkRequest MetaRequests::jsonRequest(const QString& path) const
{
    QNetworkRequest r = request(path);
    r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    return r;
}

QNetworkRequest MetaRequests::fetchPhoneNumber() const
{
    QNetworkRequest r = request(QString::fromLatin1(QUrl::toPercentEncoding(m_settings.phoneNumberId)));
    QUrl url = r.url();
    QUrlQuery query;
    query.addQueryItem(u"fields"_s, u"display_phone_number,verified_name,quality_rating"_s);
    url.setQuery(query);
    r.setUrl(url);
    return r;
}

QNetworkRequest MetaRequests::listTemplates(int limit, const QString& after) const
{
    QNetworkRequest r
        = request(QString::fromLatin1(QUrl::toPercentEncoding(m_settings.wabaId)) + u"/message_templates"_s);
    QUrl url = r.url();
    QUrlQuery query;
    query.addQueryItem(u"fields"_s, u"id,name,language,status,category,components,rejected_reason"_s);
    query.addQueryItem(u"limit"_s, QString::number(limit));
    if (!after.isEmpty())
        query.addQueryItem(u"after"_s, QString::fromLatin1(QUrl::toPercentEncoding(after)));
    url.setQuery(query);
    r.setUrl(url);
    return r;
}

QNetworkRequest MetaRequests::pricingAnalytics(
    qint64 fromSec, qint64 toSec, const QString& phoneNumber, const QString& after) const
{
    QNetworkRequest r
        = request(QString::fromLatin1(QUrl::toPercentEncoding(m_settings.wabaId)) + u"/pricing_analytics"_s);
    QUrl url = r.url();
    QUrlQuery query;
    query.addQueryItem(u"start"_s, QString::number(fromSec));
    query.addQueryItem(u"end"_s, QString::number(toSec));
    query.addQueryItem(u"granularity"_s, u"DAILY"_s);
    // Graph takes array parameters as JSON; percent-encoded so a + or a quote cannot change their meaning.
    auto array = [](const QStringList& items) {
        return QString::fromLatin1(QUrl::toPercentEncoding(
            QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(items)).toJson(QJsonDocument::Compact))));
    };
    query.addQueryItem(u"metric_types"_s, array({u"COST"_s, u"VOLUME"_s}));
    query.addQueryItem(u"dimensions"_s, array({u"COUNTRY"_s, u"PRICING_CATEGORY"_s}));
    const QString digits = QString(phoneNumber).remove(QRegularExpression(u"[^0-9]"_s));
    if (!digits.isEmpty())
        query.addQueryItem(u"phone_numbers"_s, array({digits}));
    if (!after.isEmpty())
        query.addQueryItem(u"after"_s, QString::fromLatin1(QUrl::toPercentEncoding(after)));
    url.setQuery(query);
    r.setUrl(url);
    return r;
}

QNetworkRequest MetaRequests::createTemplate() const
{
    return jsonRequest(QString::fromLatin1(QUrl::toPercentEncoding(m_settings.wabaId)) + u"/message_templates"_s);
}

QNetworkRequest MetaRequests::migrateTemplates() const
{
    return jsonRequest(
        QString::fromLatin1(QUrl::toPercentEncoding(m_settings.wabaId)) + u"/migrate_message_templates"_s);
}

QJsonObject MetaRequests::migrateTemplatesBody(const QString& sourceWabaId, const QStringList& templateIds)
{
    QJsonObject body {{u"source_waba_id"_s, sourceWabaId}, {u"page_number"_s, 0}};
    if (!templateIds.isEmpty())
        body.insert(u"template_ids"_s, QJsonArray::fromStringList(templateIds));
    return body;
}

QNetworkRequest MetaRequests::registerNumber() const
{
    return jsonRequest(QString::fromLatin1(QUrl::toPercentEncoding(m_settings.phoneNumberId)) + u"/register"_s);
}

QNetworkRequest MetaRequests::subscribeApp() const
{
    return request(QString::fromLatin1(QUrl::toPercentEncoding(m_settings.wabaId)) + u"/subscribed_apps"_s);
}

QJsonObject MetaRequests::registerNumberBody(const QString& pin)
{
    return {{u"messaging_product"_s, u"whatsapp"_s}, {u"pin"_s, pin}};
}

QNetworkRequest MetaRequests::phoneNumberSettings() const
{
    return jsonRequest(QString::fromLatin1(QUrl::toPercentEncoding(m_settings.phoneNumberId)));
}

QJsonObject MetaRequests::webhookOverrideBody(const QString& callbackUrl, const QString& verifyToken)
{
    return {{u"webhook_configuration"_s,
        QJsonObject {{u"override_callback_uri"_s, callbackUrl}, {u"verify_token"_s, verifyToken}}}};
}

QNetworkRequest MetaRequests::sendMessage() const
{
    return jsonRequest(QString::fromLatin1(QUrl::toPercentEncoding(m_settings.phoneNumberId)) + u"/messages"_s);
}

QNetworkRequest MetaRequests::uploadMedia() const
{
    return request(QString::fromLatin1(QUrl::toPercentEncoding(m_settings.phoneNumberId)) + u"/media"_s);
}

Result<QJsonObject> MetaRequests::messageBody(const OutgoingMessage& message, const QString& to)
{
    QJsonObject body {{u"messaging_product"_s, u"whatsapp"_s}, {u"recipient_type"_s, u"individual"_s}, {u"to"_s, to}};
    switch (message.kind) {
    case OutgoingMessage::Kind::Text:
        body.insert(u"type"_s, u"text"_s);
        body.insert(u"text"_s, QJsonObject {{u"preview_url"_s, message.previewUrl}, {u"body"_s, message.text}});
        break;
    case OutgoingMessage::Kind::Media: {
        const QString type = mediaTypeName(message.mediaType);
        QJsonObject media;
        if (message.mediaId.isEmpty())
            media.insert(u"link"_s, message.mediaUrl);
        else
            media.insert(u"id"_s, message.mediaId); // uploaded: the id, never both (Meta's media message reference)
        if (!message.text.isEmpty() && message.mediaType != OutgoingMessage::MediaType::Audio)
            media.insert(u"caption"_s, message.text);
        if (!message.filename.isEmpty() && message.mediaType == OutgoingMessage::MediaType::Document)
            media.insert(u"filename"_s, message.filename);
        body.insert(u"type"_s, type);
        body.insert(type, media);
        break;
    }
    case OutgoingMessage::Kind::Template: {
        QJsonArray components;
        const QJsonObject header = templateHeader(message);
        if (!header.isEmpty())
            components.append(header);
        const QJsonArray parameters = bodyParameters(message.variables);
        if (!parameters.isEmpty())
            components.append(QJsonObject {{u"type"_s, u"body"_s}, {u"parameters"_s, parameters}});
        for (const OutgoingMessage::TemplateButton& button : message.templateButtons) {
            const bool payload = button.subType == u"quick_reply"_s;
            components.append(QJsonObject {{u"type"_s, u"button"_s}, {u"sub_type"_s, button.subType},
                {u"index"_s, QString::number(button.index)},
                {u"parameters"_s,
                    QJsonArray {payload ? QJsonObject {{u"type"_s, u"payload"_s}, {u"payload"_s, button.value}}
                                        : QJsonObject {{u"type"_s, u"text"_s}, {u"text"_s, button.value}}}}});
        }
        QJsonObject tmpl {
            {u"name"_s, message.templateName}, {u"language"_s, QJsonObject {{u"code"_s, message.languageCode}}}};
        if (!components.isEmpty())
            tmpl.insert(u"components"_s, components);
        body.insert(u"type"_s, u"template"_s);
        body.insert(u"template"_s, tmpl);
        break;
    }
    case OutgoingMessage::Kind::InteractiveButtons: {
        QJsonArray buttons;
        for (const OutgoingMessage::ReplyButton& b : message.replyButtons)
            buttons.append(QJsonObject {
                {u"type"_s, u"reply"_s}, {u"reply"_s, QJsonObject {{u"id"_s, b.id}, {u"title"_s, b.title}}}});
        QJsonObject interactive = interactiveFrame(message, u"button"_s);
        interactive.insert(u"action"_s, QJsonObject {{u"buttons"_s, buttons}});
        body.insert(u"type"_s, u"interactive"_s);
        body.insert(u"interactive"_s, interactive);
        break;
    }
    case OutgoingMessage::Kind::InteractiveList: {
        QJsonArray sections;
        for (const OutgoingMessage::ListSection& section : message.listSections) {
            QJsonArray rows;
            for (const OutgoingMessage::ListRow& row : section.rows) {
                QJsonObject r {{u"id"_s, row.id}, {u"title"_s, row.title}};
                if (!row.description.isEmpty())
                    r.insert(u"description"_s, row.description);
                rows.append(r);
            }
            sections.append(QJsonObject {{u"title"_s, section.title}, {u"rows"_s, rows}});
        }
        QJsonObject interactive = interactiveFrame(message, u"list"_s);
        interactive.insert(u"action"_s, QJsonObject {{u"button"_s, message.listButtonText}, {u"sections"_s, sections}});
        body.insert(u"type"_s, u"interactive"_s);
        body.insert(u"interactive"_s, interactive);
        break;
    }
    case OutgoingMessage::Kind::ContentTemplate:
        return Result<QJsonObject>::failure(QCoreApplication::translate("MetaCloudProvider",
            "Content SIDs (HX…) are Twilio templates. With Meta, send a template by its name and language."));
    }
    return body;
}
