#include "metawebhook.h"

#include "providers/metaerrors.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {
// Meta writes numbers without "+" (wa_id, recipient_id, from).
QString e164(const QString& digits)
{
    if (digits.isEmpty())
        return digits;
    return digits.startsWith(u'+') ? digits : u"+"_s + digits;
}

qint64 unixMs(const QJsonValue& seconds, qint64 otherwise)
{
    bool ok = false;
    const qint64 s = seconds.toString().toLongLong(&ok);
    return ok && s > 0 ? s * 1000 : otherwise;
}

DeliveryEvent status(const QJsonObject& s, qint64 profileId, qint64 receivedAtMs)
{
    DeliveryEvent e;
    e.provider = u"meta_cloud"_s;
    e.profileId = profileId;
    e.messageId = s.value(u"id"_s).toString();
    e.status = s.value(u"status"_s).toString().toLower();
    e.occurredAtMs = unixMs(s.value(u"timestamp"_s), receivedAtMs);
    const QString recipient = s.value(u"recipient_id"_s).toString();
    // recipient_id is the number, or (sent to a business-scoped ID) that ID: tell them apart by the shape.
    if (recipient.contains(u'.'))
        e.recipientUserId = recipient;
    else
        e.recipient = e164(recipient);
    if (e.recipientUserId.isEmpty())
        e.recipientUserId = s.value(u"recipient_user_id"_s).toString();
    // A parent BSUID (US.ENT.…) groups the customer across a company's business portfolios.
    e.recipientParentUserId = s.value(u"recipient_parent_user_id"_s).toString(s.value(u"parent_user_id"_s).toString());
    const QJsonObject pricing = s.value(u"pricing"_s).toObject();
    e.pricingCategory = pricing.value(u"category"_s).toString();
    if (pricing.contains(u"billable"_s))
        e.billable = pricing.value(u"billable"_s).toBool();
    const QJsonArray errors = s.value(u"errors"_s).toArray();
    if (!errors.isEmpty()) {
        const QJsonObject error = errors.first().toObject();
        e.error = metaErrorFromCode(error.value(u"code"_s).toInt(),
            error.value(u"message"_s).toString(error.value(u"title"_s).toString()),
            error.value(u"error_data"_s).toObject().value(u"details"_s).toString());
    } else if (e.targetState() == OutboxState::Failed) {
        e.error.errorClass = ErrorClass::Unknown;
        e.error.code = u"failed"_s;
        e.error.explanation
            = QCoreApplication::translate("MetaWebhook", "Meta reports that the message failed without saying why.");
    }
    return e;
}

InboundMessage message(const QJsonObject& m, const QJsonArray& contacts, qint64 profileId, qint64 receivedAtMs)
{
    InboundMessage in;
    in.provider = u"meta_cloud"_s;
    in.profileId = profileId;
    in.messageId = m.value(u"id"_s).toString();
    const QString from = m.value(u"from"_s).toString();
    if (from.contains(u'.'))
        in.userId = from;
    else
        in.from = e164(from);
    if (in.userId.isEmpty())
        in.userId = m.value(u"from_user_id"_s).toString();
    in.parentUserId = m.value(u"from_parent_user_id"_s).toString();
    // The contact who wrote it: the one with this number or ID, or the only one.
    for (const QJsonValue& value : contacts) {
        const QJsonObject c = value.toObject();
        const bool same = (!in.from.isEmpty() && e164(c.value(u"wa_id"_s).toString()) == in.from)
            || (!in.userId.isEmpty() && c.value(u"user_id"_s).toString() == in.userId) || contacts.size() == 1;
        if (!same)
            continue;
        in.profileName = c.value(u"profile"_s).toObject().value(u"name"_s).toString();
        in.username = c.value(u"profile"_s).toObject().value(u"username"_s).toString();
        if (in.userId.isEmpty())
            in.userId = c.value(u"user_id"_s).toString();
        if (in.parentUserId.isEmpty())
            in.parentUserId = c.value(u"parent_user_id"_s).toString();
        if (in.from.isEmpty() && !c.value(u"wa_id"_s).toString().isEmpty())
            in.from = e164(c.value(u"wa_id"_s).toString());
        break;
    }
    in.receivedAtMs = unixMs(m.value(u"timestamp"_s), receivedAtMs);
    in.type = m.value(u"type"_s).toString(u"text"_s);
    in.replyTo = m.value(u"context"_s).toObject().value(u"id"_s).toString();
    const QJsonObject typed = m.value(in.type).toObject();
    if (in.type == u"text"_s) {
        in.text = typed.value(u"body"_s).toString();
    } else if (in.type == u"button"_s) {
        in.text = typed.value(u"text"_s).toString();
    } else if (in.type == u"interactive"_s) {
        const QJsonObject reply = typed.value(u"button_reply"_s).toObject().isEmpty()
            ? typed.value(u"list_reply"_s).toObject()
            : typed.value(u"button_reply"_s).toObject();
        in.text = reply.value(u"title"_s).toString();
    } else if (in.type == u"location"_s) {
        in.text = u"%1, %2"_s.arg(typed.value(u"latitude"_s).toDouble()).arg(typed.value(u"longitude"_s).toDouble());
    } else if (in.type == u"reaction"_s) {
        in.text = typed.value(u"emoji"_s).toString();
        in.replyTo = typed.value(u"message_id"_s).toString();
    } else {
        in.mediaId = typed.value(u"id"_s).toString();
        in.mediaType = typed.value(u"mime_type"_s).toString();
        in.text = typed.value(u"caption"_s).toString();
    }
    in.raw = m;
    return in;
}
} // namespace

Result<MetaWebhookPayload> MetaWebhookPayload::parse(
    const QByteArray& body, qint64 receivedAtMs, const SenderOf& senderOf)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return Result<MetaWebhookPayload>::failure(
            QCoreApplication::translate("MetaWebhook", "The webhook's body is not JSON: %1").arg(error.errorString()));
    return parse(document, receivedAtMs, senderOf);
}

Result<MetaWebhookPayload> MetaWebhookPayload::parse(
    const QJsonDocument& document, qint64 receivedAtMs, const SenderOf& senderOf)
{
    if (!document.isObject())
        return Result<MetaWebhookPayload>::failure(
            QCoreApplication::translate("MetaWebhook", "The webhook's body is not a JSON object."));
    MetaWebhookPayload payload;
    for (const QJsonValue& entryValue : document.object().value(u"entry"_s).toArray()) {
        const QJsonObject entry = entryValue.toObject();
        const QString account = entry.value(u"id"_s).toString();
        for (const QJsonValue& changeValue : entry.value(u"changes"_s).toArray()) {
            const QJsonObject change = changeValue.toObject();
            const QString field = change.value(u"field"_s).toString();
            const QJsonObject value = change.value(u"value"_s).toObject();
            const QString number = value.value(u"metadata"_s).toObject().value(u"phone_number_id"_s).toString();
            QString why;
            const qint64 profileId = senderOf(number, account, &why);
            if (profileId == 0)
                return Result<MetaWebhookPayload>::failure(why);
            if (field == u"message_template_status_update"_s) {
                payload.templateUpdates << Event {profileId, value};
            } else if (field == u"user_preferences"_s) {
                payload.preferences << Event {profileId, value};
            } else if (field == u"account_update"_s
                && value.value(u"event"_s).toString() == u"VOLUME_BASED_PRICING_TIER_UPDATE"_s) {
                payload.pricingTiers << Event {profileId, value};
            } else if (field == u"messages"_s || field.isEmpty()) {
                for (const QJsonValue& s : value.value(u"statuses"_s).toArray())
                    payload.statuses << status(s.toObject(), profileId, receivedAtMs);
                const QJsonArray contacts = value.value(u"contacts"_s).toArray();
                for (const QJsonValue& m : value.value(u"messages"_s).toArray())
                    payload.messages << message(m.toObject(), contacts, profileId, receivedAtMs);
            }
        }
    }
    return payload;
}
