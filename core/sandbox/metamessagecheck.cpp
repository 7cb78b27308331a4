#include "metamessagecheck.h"

#include "metasandbox.h"
#include "sandboxaccounts.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {
SandboxReply invalid(const QString& details)
{
    return MetaSandbox::error(400, 131009, u"(#131009) Parameter value is not valid"_s, details);
}
SandboxReply missing(const QString& details)
{
    return MetaSandbox::error(400, 131008, u"(#131008) Required parameter is missing"_s, details);
}
SandboxReply param(const QString& message)
{
    return MetaSandbox::error(400, 100, u"(#100) "_s + message);
}

bool isWebLink(const QString& link)
{
    const QUrl url(link, QUrl::StrictMode);
    return url.isValid() && (url.scheme() == u"https"_s || url.scheme() == u"http"_s) && !url.host().isEmpty();
}

std::optional<SandboxReply> checkLength(const QString& what, const QString& text, int max)
{
    if (text.isEmpty() || text.size() > max)
        return invalid(u"%1 length invalid. Min length: 1, Max length: %2"_s.arg(what).arg(max));
    return std::nullopt;
}

std::optional<SandboxReply> checkText(const QJsonObject& text)
{
    const QString body = text.value(u"body"_s).toString();
    if (body.isEmpty())
        return param(u"The parameter text['body'] is required."_s);
    if (body.size() > 4096)
        return param(u"Param text['body'] must be at most 4096 characters long."_s);
    return std::nullopt;
}

std::optional<SandboxReply> checkMedia(const QString& type, const QJsonObject& media)
{
    if (media.contains(u"id"_s))
        return std::nullopt;
    const QString link = media.value(u"link"_s).toString();
    if (link.isEmpty())
        return param(u"The parameter %1['link'] or %1['id'] is required."_s.arg(type));
    if (!isWebLink(link))
        return invalid(u"Invalid %1 link: %2"_s.arg(type, link));
    if (type == u"audio"_s && media.contains(u"caption"_s))
        return param(u"Param audio['caption'] is not a valid parameter."_s);
    if (media.value(u"caption"_s).toString().size() > 1024)
        return invalid(u"Caption length invalid. Max length: 1024"_s);
    return std::nullopt;
}

std::optional<SandboxReply> checkTemplateParameter(const QJsonObject& p)
{
    const QString type = p.value(u"type"_s).toString();
    if (type == u"text"_s) {
        const QString text = p.value(u"text"_s).toString();
        if (text.isEmpty())
            return missing(u"Parameter text is missing"_s);
        static const QRegularExpression forbidden(u"[\\n\\t]| {5,}"_s);
        if (forbidden.match(text).hasMatch())
            return MetaSandbox::error(400, 132018,
                u"(#132018) There was an issue with the parameters in your template."_s,
                u"Param text cannot have new-line/tab characters or more than 4 consecutive spaces"_s);
        return std::nullopt;
    }
    if (type == u"image"_s || type == u"document"_s || type == u"video"_s) {
        if (!isWebLink(p.value(type).toObject().value(u"link"_s).toString())
            && !p.value(type).toObject().contains(u"id"_s))
            return invalid(u"Invalid %1 link in template parameter"_s.arg(type));
        return std::nullopt;
    }
    if (type == u"currency"_s || type == u"date_time"_s || type == u"payload"_s)
        return std::nullopt;
    return invalid(u"Invalid parameter type: %1"_s.arg(type));
}

std::optional<SandboxReply> checkTemplate(const QJsonObject& t, const QList<SandboxTemplate>& templates)
{
    const QString name = t.value(u"name"_s).toString();
    const QString language = t.value(u"language"_s).toObject().value(u"code"_s).toString();
    if (name.isEmpty())
        return param(u"The parameter template['name'] is required."_s);
    if (language.isEmpty())
        return param(u"The parameter template['language']['code'] is required."_s);
    const SandboxTemplate* found = nullptr;
    for (const SandboxTemplate& candidate : templates) {
        if (candidate.name == name && candidate.language == language)
            found = &candidate;
    }
    // Only an approved template can be sent; one waiting for review or rejected is as good as missing.
    if (found && found->status == u"DISABLED"_s)
        return MetaSandbox::error(400, 132016, u"(#132016) Template is disabled"_s,
            u"Template %1 has been paused too many times due to low quality and is now permanently disabled."_s.arg(
                name));
    if (found && found->status != u"APPROVED"_s && found->status != u"PAUSED"_s)
        found = nullptr;
    if (!found)
        return MetaSandbox::error(404, 132001, u"(#132001) Template name does not exist in the translation"_s,
            u"template name (%1) does not exist in %2"_s.arg(name, language));
    if (found->status == u"PAUSED"_s)
        return MetaSandbox::error(
            400, 132015, u"(#132015) Template is Paused"_s, u"Template %1 is paused due to low quality."_s.arg(name));

    int headerParams = 0;
    QString headerType;
    int bodyParams = 0;
    for (const QJsonValue& value : t.value(u"components"_s).toArray()) {
        const QJsonObject component = value.toObject();
        const QString type = component.value(u"type"_s).toString().toLower();
        const QJsonArray parameters = component.value(u"parameters"_s).toArray();
        if (type != u"header"_s && type != u"body"_s && type != u"button"_s)
            return invalid(u"Invalid component type: %1"_s.arg(type));
        for (const QJsonValue& p : parameters) {
            if (auto problem = checkTemplateParameter(p.toObject()))
                return problem;
        }
        if (type == u"header"_s) {
            headerParams = int(parameters.size());
            headerType = parameters.first().toObject().value(u"type"_s).toString().toUpper();
        } else if (type == u"body"_s) {
            bodyParams = int(parameters.size());
        } else if (!component.contains(u"sub_type"_s) || !component.contains(u"index"_s)) {
            return missing(u"button: sub_type and index are required"_s);
        }
    }
    const bool mediaHeader = !found->headerFormat.isEmpty() && found->headerFormat != u"TEXT"_s;
    if (mediaHeader && headerType != found->headerFormat)
        return MetaSandbox::error(400, 132012,
            u"(#132012) Parameter format does not match format in the created template"_s,
            u"header: Format mismatch, expected %1, received %2"_s.arg(
                found->headerFormat, headerType.isEmpty() ? u"UNKNOWN"_s : headerType));
    if (!mediaHeader && headerParams != found->headerVariables)
        return MetaSandbox::error(400, 132000,
            u"(#132000) Number of parameters does not match the expected number of params"_s,
            u"header: number of localizable_params (%1) does not match the expected number of params (%2)"_s
                .arg(headerParams)
                .arg(found->headerVariables));
    if (bodyParams != found->bodyVariables)
        return MetaSandbox::error(400, 132000,
            u"(#132000) Number of parameters does not match the expected number of params"_s,
            u"body: number of localizable_params (%1) does not match the expected number of params (%2)"_s
                .arg(bodyParams)
                .arg(found->bodyVariables));
    return std::nullopt;
}

std::optional<SandboxReply> checkInteractive(const QJsonObject& i)
{
    const QString type = i.value(u"type"_s).toString();
    if (auto problem = checkLength(u"Body text"_s, i.value(u"body"_s).toObject().value(u"text"_s).toString(), 1024))
        return problem;
    if (i.contains(u"header"_s)) {
        if (auto problem
            = checkLength(u"Header text"_s, i.value(u"header"_s).toObject().value(u"text"_s).toString(), 60))
            return problem;
    }
    if (i.contains(u"footer"_s)) {
        if (auto problem
            = checkLength(u"Footer text"_s, i.value(u"footer"_s).toObject().value(u"text"_s).toString(), 60))
            return problem;
    }
    const QJsonObject action = i.value(u"action"_s).toObject();
    if (type == u"button"_s) {
        const QJsonArray buttons = action.value(u"buttons"_s).toArray();
        if (buttons.isEmpty() || buttons.size() > 3)
            return invalid(u"Buttons count invalid. Min: 1, Max: 3"_s);
        QStringList ids;
        for (const QJsonValue& b : buttons) {
            const QJsonObject reply = b.toObject().value(u"reply"_s).toObject();
            if (auto problem = checkLength(u"Button title"_s, reply.value(u"title"_s).toString(), 20))
                return problem;
            if (auto problem = checkLength(u"Button id"_s, reply.value(u"id"_s).toString(), 256))
                return problem;
            if (ids.contains(reply.value(u"id"_s).toString()))
                return invalid(u"Buttons must have unique ids"_s);
            ids << reply.value(u"id"_s).toString();
        }
        return std::nullopt;
    }
    if (type == u"list"_s) {
        if (auto problem = checkLength(u"Button text"_s, action.value(u"button"_s).toString(), 20))
            return problem;
        const QJsonArray sections = action.value(u"sections"_s).toArray();
        if (sections.isEmpty() || sections.size() > 10)
            return invalid(u"Sections count invalid. Min: 1, Max: 10"_s);
        int rows = 0;
        for (const QJsonValue& s : sections) {
            for (const QJsonValue& r : s.toObject().value(u"rows"_s).toArray()) {
                ++rows;
                if (auto problem = checkLength(u"Row title"_s, r.toObject().value(u"title"_s).toString(), 24))
                    return problem;
                if (r.toObject().value(u"description"_s).toString().size() > 72)
                    return invalid(u"Row description length invalid. Max length: 72"_s);
            }
        }
        if (rows == 0 || rows > 10)
            return invalid(u"Total row count invalid. Min: 1, Max: 10"_s);
        return std::nullopt;
    }
    return invalid(u"Invalid interactive type: %1"_s.arg(type));
}
} // namespace

QString metaRecipient(const QString& to)
{
    QString digits = to;
    digits.remove(QRegularExpression(u"[\\s\\-\\(\\)]"_s));
    if (digits.startsWith(u'+'))
        digits = digits.mid(1);
    static const QRegularExpression valid(u"^[1-9][0-9]{6,14}$"_s);
    return valid.match(digits).hasMatch() ? u"+"_s + digits : QString();
}

std::optional<SandboxReply> checkMetaMessage(const QJsonObject& body, const QList<SandboxTemplate>& templates)
{
    if (body.value(u"messaging_product"_s).toString() != u"whatsapp"_s)
        return param(u"The parameter messaging_product is required."_s);
    const QString recipientType = body.value(u"recipient_type"_s).toString(u"individual"_s);
    if (recipientType != u"individual"_s && recipientType != u"group"_s)
        return param(u"Param recipient_type must be one of {INDIVIDUAL, GROUP} - got \"%1\"."_s.arg(recipientType));
    if (body.value(u"to"_s).toString().isEmpty())
        return param(u"The parameter to is required."_s);
    if (metaRecipient(body.value(u"to"_s).toString()).isEmpty())
        return invalid(u"Invalid 'to' phone number: %1"_s.arg(body.value(u"to"_s).toString()));
    const QString type = body.value(u"type"_s).toString(u"text"_s);
    if (type == u"text"_s)
        return checkText(body.value(u"text"_s).toObject());
    if (type == u"image"_s || type == u"document"_s || type == u"video"_s || type == u"audio"_s || type == u"sticker"_s)
        return checkMedia(type, body.value(type).toObject());
    if (type == u"template"_s)
        return checkTemplate(body.value(u"template"_s).toObject(), templates);
    if (type == u"interactive"_s)
        return checkInteractive(body.value(u"interactive"_s).toObject());
    return param(u"Param type must be one of {AUDIO, CONTACTS, DOCUMENT, IMAGE, INTERACTIVE, LOCATION, REACTION, "
                 "STICKER, TEMPLATE, TEXT, VIDEO} - got \"%1\"."_s.arg(type));
}
