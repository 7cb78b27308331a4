#include "outgoingmessagejson.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

QJsonObject outgoingMessageToJson(const OutgoingMessage& m)
{
    QJsonObject variables;
    for (auto it = m.variables.cbegin(); it != m.variables.cend(); ++it)
        variables.insert(it.key(), it.value());
    QJsonArray buttons;
    for (const auto& b : m.templateButtons)
        buttons.append(QJsonObject {{u"sub_type"_s, b.subType}, {u"index"_s, b.index}, {u"value"_s, b.value}});
    QJsonArray replies;
    for (const auto& b : m.replyButtons)
        replies.append(QJsonObject {{u"id"_s, b.id}, {u"title"_s, b.title}});
    QJsonArray sections;
    for (const auto& s : m.listSections) {
        QJsonArray rows;
        for (const auto& r : s.rows)
            rows.append(QJsonObject {{u"id"_s, r.id}, {u"title"_s, r.title}, {u"description"_s, r.description}});
        sections.append(QJsonObject {{u"title"_s, s.title}, {u"rows"_s, rows}});
    }
    return {{u"kind"_s, int(m.kind)}, {u"text"_s, m.text}, {u"preview_url"_s, m.previewUrl},
        {u"media_type"_s, int(m.mediaType)}, {u"media_url"_s, m.mediaUrl}, {u"media_id"_s, m.mediaId},
        {u"filename"_s, m.filename}, {u"template_name"_s, m.templateName}, {u"language"_s, m.languageCode},
        {u"header_type"_s, int(m.headerType)}, {u"header_value"_s, m.headerValue}, {u"template_buttons"_s, buttons},
        {u"content_sid"_s, m.contentSid}, {u"content_needs_window"_s, m.contentNeedsWindow},
        {u"variables"_s, variables}, {u"header_text"_s, m.headerText}, {u"footer_text"_s, m.footerText},
        {u"reply_buttons"_s, replies}, {u"list_button"_s, m.listButtonText}, {u"list_sections"_s, sections}};
}

OutgoingMessage outgoingMessageFromJson(const QJsonObject& j)
{
    OutgoingMessage m;
    m.kind = OutgoingMessage::Kind(j.value(u"kind"_s).toInt());
    m.text = j.value(u"text"_s).toString();
    m.previewUrl = j.value(u"preview_url"_s).toBool();
    m.mediaType = OutgoingMessage::MediaType(j.value(u"media_type"_s).toInt());
    m.mediaUrl = j.value(u"media_url"_s).toString();
    m.mediaId = j.value(u"media_id"_s).toString();
    m.filename = j.value(u"filename"_s).toString();
    m.templateName = j.value(u"template_name"_s).toString();
    m.languageCode = j.value(u"language"_s).toString();
    m.headerType = OutgoingMessage::HeaderType(j.value(u"header_type"_s).toInt());
    m.headerValue = j.value(u"header_value"_s).toString();
    for (const QJsonValue& v : j.value(u"template_buttons"_s).toArray()) {
        const QJsonObject b = v.toObject();
        m.templateButtons.append(
            {b.value(u"sub_type"_s).toString(), b.value(u"index"_s).toInt(), b.value(u"value"_s).toString()});
    }
    m.contentSid = j.value(u"content_sid"_s).toString();
    m.contentNeedsWindow = j.value(u"content_needs_window"_s).toBool();
    const QJsonObject variables = j.value(u"variables"_s).toObject();
    for (auto it = variables.begin(); it != variables.end(); ++it)
        m.variables.insert(it.key(), it.value().toString());
    m.headerText = j.value(u"header_text"_s).toString();
    m.footerText = j.value(u"footer_text"_s).toString();
    for (const QJsonValue& v : j.value(u"reply_buttons"_s).toArray())
        m.replyButtons.append({v.toObject().value(u"id"_s).toString(), v.toObject().value(u"title"_s).toString()});
    m.listButtonText = j.value(u"list_button"_s).toString();
    for (const QJsonValue& v : j.value(u"list_sections"_s).toArray()) {
        OutgoingMessage::ListSection section;
        section.title = v.toObject().value(u"title"_s).toString();
        for (const QJsonValue& r : v.toObject().value(u"rows"_s).toArray())
            section.rows.append({r.toObject().value(u"id"_s).toString(), r.toObject().value(u"title"_s).toString(),
                r.toObject().value(u"description"_s).toString()});
        m.listSections.append(section);
    }
    return m;
}
