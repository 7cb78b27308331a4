#include "messagetemplate.h"

#include "templatetext.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {
// This file's words, under the context translators see ("MessageTemplate").
struct MessageTemplateText
{
    Q_DECLARE_TR_FUNCTIONS(MessageTemplate)
};
} // namespace

QString MessageTemplate::key() const
{
    return style == TemplateStyle::ContentSid ? providerId : name + u'|' + language;
}

QString MessageTemplate::keyOf(const OutgoingMessage& message)
{
    return message.kind == OutgoingMessage::Kind::ContentTemplate ? message.contentSid
                                                                  : message.templateName + u'|' + message.languageCode;
}

bool MessageTemplate::isApproved() const
{
    return status == u"approved"_s;
}

bool MessageTemplate::isUnderReview() const
{
    return status == u"pending"_s || status == u"in_appeal"_s || status == u"received"_s;
}

QString MessageTemplate::unusableReason() const
{
    if (isApproved())
        return QString();
    if (isUnderReview())
        return MessageTemplateText::tr("Waiting for WhatsApp's review (usually minutes, at most 24 hours).");
    if (status == u"rejected"_s)
        return rejectionReason.isEmpty() ? MessageTemplateText::tr("Rejected by WhatsApp.")
                                         : MessageTemplateText::tr("Rejected by WhatsApp: %1").arg(rejectionReason);
    if (status == u"paused"_s)
        return MessageTemplateText::tr("Paused by WhatsApp because customers reported or blocked it (error 132015).");
    if (status == u"disabled"_s)
        return MessageTemplateText::tr("Disabled by WhatsApp for good (error 132016).");
    if (status == u"unsubmitted"_s)
        return MessageTemplateText::tr("Not submitted to WhatsApp for approval yet.");
    return MessageTemplateText::tr("Not approved (%1).").arg(status);
}

QString MessageTemplate::categoryText() const
{
    if (category == u"marketing"_s)
        return MessageTemplateText::tr("Marketing");
    if (category == u"utility"_s)
        return MessageTemplateText::tr("Utility");
    if (category == u"authentication"_s)
        return MessageTemplateText::tr("Authentication");
    return category;
}

QString MessageTemplate::statusWord() const
{
    if (isApproved())
        return MessageTemplateText::tr("approved");
    if (isUnderReview())
        return MessageTemplateText::tr("under review");
    if (status == u"rejected"_s)
        return MessageTemplateText::tr("rejected");
    if (status == u"paused"_s)
        return MessageTemplateText::tr("paused");
    if (status == u"disabled"_s)
        return MessageTemplateText::tr("disabled");
    if (status == u"unsubmitted"_s)
        return MessageTemplateText::tr("not submitted");
    return status;
}

QStringList MessageTemplate::bodyVariables() const
{
    return TemplateText::placeholders(body);
}

int MessageTemplate::headerVariables() const
{
    return int(TemplateText::placeholders(headerText).size());
}

bool MessageTemplate::hasDynamicUrlButton() const
{
    for (const QJsonValue& b : buttons) {
        if (b.toObject().value(u"type"_s).toString() == u"url"_s
            && b.toObject().value(u"url"_s).toString().endsWith(u"}}"_s))
            return true;
    }
    return false;
}

MessageTemplate MessageTemplate::fromMeta(const QJsonObject& json, qint64 profileId)
{
    MessageTemplate t;
    t.provider = u"meta_cloud"_s;
    t.style = TemplateStyle::NamedWithLanguage;
    t.profileId = profileId;
    t.providerId = json.value(u"id"_s).toString();
    t.name = json.value(u"name"_s).toString();
    t.language = json.value(u"language"_s).toString();
    t.status = json.value(u"status"_s).toString().toLower();
    t.category = json.value(u"category"_s).toString().toLower();
    t.rejectionReason = json.value(u"rejected_reason"_s).toString();
    if (t.rejectionReason == u"NONE"_s)
        t.rejectionReason.clear();
    for (const QJsonValue& v : json.value(u"components"_s).toArray()) {
        const QJsonObject c = v.toObject();
        const QString type = c.value(u"type"_s).toString().toUpper();
        if (type == u"HEADER"_s) {
            t.headerFormat = c.value(u"format"_s).toString().toLower();
            t.headerText = c.value(u"text"_s).toString();
        } else if (type == u"BODY"_s) {
            t.body = c.value(u"text"_s).toString();
        } else if (type == u"FOOTER"_s) {
            t.footer = c.value(u"text"_s).toString();
        } else if (type == u"BUTTONS"_s) {
            for (const QJsonValue& b : c.value(u"buttons"_s).toArray()) {
                const QJsonObject button = b.toObject();
                t.buttons.append(QJsonObject {{u"type"_s, button.value(u"type"_s).toString().toLower()},
                    {u"text"_s, button.value(u"text"_s).toString()}, {u"url"_s, button.value(u"url"_s).toString()},
                    {u"phone_number"_s, button.value(u"phone_number"_s).toString()}});
            }
        }
    }
    return t;
}

MessageTemplate MessageTemplate::fromTwilio(const QJsonObject& json, qint64 profileId)
{
    MessageTemplate t;
    t.provider = u"twilio"_s;
    t.style = TemplateStyle::ContentSid;
    t.profileId = profileId;
    t.providerId = json.value(u"sid"_s).toString();
    t.language = json.value(u"language"_s).toString();
    // The WhatsApp approval: in ContentAndApprovals under approval_requests (flat, or under "whatsapp").
    QJsonObject approval = json.value(u"approval_requests"_s).toObject();
    if (approval.contains(u"whatsapp"_s))
        approval = approval.value(u"whatsapp"_s).toObject();
    t.name = approval.value(u"name"_s).toString();
    if (t.name.isEmpty())
        t.name = json.value(u"friendly_name"_s).toString();
    t.status = approval.isEmpty() ? u"unsubmitted"_s : approval.value(u"status"_s).toString().toLower();
    t.category = approval.value(u"category"_s).toString().toLower();
    t.rejectionReason = approval.value(u"rejection_reason"_s).toString();
    const QJsonObject types = json.value(u"types"_s).toObject();
    for (const QString& type : {u"twilio/text"_s, u"twilio/media"_s, u"twilio/quick-reply"_s,
             u"twilio/call-to-action"_s, u"twilio/list-picker"_s, u"twilio/card"_s}) {
        if (!types.contains(type))
            continue;
        const QJsonObject content = types.value(type).toObject();
        t.contentType = type;
        t.body = content.value(u"body"_s).toString(content.value(u"title"_s).toString());
        if (type == u"twilio/media"_s || !content.value(u"media"_s).toArray().isEmpty())
            t.headerFormat = u"image"_s;
        for (const QJsonValue& a : content.value(u"actions"_s).toArray()) {
            const QJsonObject action = a.toObject();
            const QString kind = action.value(u"type"_s).toString().toLower();
            t.buttons.append(QJsonObject {{u"type"_s, kind.isEmpty() ? u"quick_reply"_s : kind},
                {u"text"_s, action.value(u"title"_s).toString()}, {u"url"_s, action.value(u"url"_s).toString()},
                {u"phone_number"_s, action.value(u"phone"_s).toString()}});
        }
        break;
    }
    return t;
}

QJsonObject MessageTemplate::toJson() const
{
    return {{u"provider"_s, provider}, {u"profile_id"_s, profileId}, {u"provider_id"_s, providerId}, {u"name"_s, name},
        {u"language"_s, language}, {u"status"_s, status}, {u"category"_s, category},
        {u"rejection_reason"_s, rejectionReason}, {u"header_format"_s, headerFormat}, {u"header_text"_s, headerText},
        {u"body"_s, body}, {u"footer"_s, footer}, {u"buttons"_s, buttons}, {u"content_type"_s, contentType},
        {u"synced_at"_s, syncedAtMs}, {u"style"_s, style == TemplateStyle::ContentSid ? u"content_sid"_s : u"named"_s}};
}

MessageTemplate MessageTemplate::fromJson(const QJsonObject& o)
{
    MessageTemplate t;
    t.provider = o.value(u"provider"_s).toString();
    t.profileId = o.value(u"profile_id"_s).toInteger();
    t.providerId = o.value(u"provider_id"_s).toString();
    t.name = o.value(u"name"_s).toString();
    t.language = o.value(u"language"_s).toString();
    t.status = o.value(u"status"_s).toString();
    t.category = o.value(u"category"_s).toString();
    t.rejectionReason = o.value(u"rejection_reason"_s).toString();
    t.headerFormat = o.value(u"header_format"_s).toString();
    t.headerText = o.value(u"header_text"_s).toString();
    t.body = o.value(u"body"_s).toString();
    t.footer = o.value(u"footer"_s).toString();
    t.buttons = o.value(u"buttons"_s).toArray();
    t.contentType = o.value(u"content_type"_s).toString();
    t.syncedAtMs = o.value(u"synced_at"_s).toInteger();
    // Stored before the style was: a Content has a content type, a named template has none.
    const QString style = o.value(u"style"_s).toString(t.contentType.isEmpty() ? u"named"_s : u"content_sid"_s);
    t.style = style == u"content_sid"_s ? TemplateStyle::ContentSid : TemplateStyle::NamedWithLanguage;
    return t;
}
