#include "deliveryevent.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

QString DeliveryEvent::eventKey() const
{
    // A price comes with a later fetch of the same status: it is news, and is kept.
    return provider + u':' + QString::number(profileId) + u':' + messageId + u':' + status + u':' + error.code
        + (price.isEmpty() ? QString() : u':' + price);
}

OutboxState DeliveryEvent::targetState() const
{
    const QString s = status.toLower();
    if (s == u"sent"_s)
        return OutboxState::Sent;
    if (s == u"delivered"_s)
        return OutboxState::Delivered;
    if (s == u"read"_s || s == u"played"_s)
        return OutboxState::Read;
    if (s == u"failed"_s || s == u"undelivered"_s || s == u"canceled"_s)
        return OutboxState::Failed;
    return OutboxState::Accepted; // queued, accepted, scheduled, sending: the provider has it, nothing more
}

QJsonObject deliveryEventToJson(const DeliveryEvent& e)
{
    QJsonObject o {{u"provider"_s, e.provider}, {u"profile_id"_s, e.profileId}, {u"message_id"_s, e.messageId},
        {u"status"_s, e.status}, {u"occurred_at"_s, e.occurredAtMs}, {u"recipient"_s, e.recipient},
        {u"recipient_user_id"_s, e.recipientUserId}, {u"recipient_parent_user_id"_s, e.recipientParentUserId},
        {u"pricing_category"_s, e.pricingCategory}, {u"price"_s, e.price}, {u"price_unit"_s, e.priceUnit},
        {u"source"_s, e.source}};
    if (e.billable)
        o.insert(u"billable"_s, *e.billable);
    if (e.error.isError())
        o.insert(u"error"_s, providerErrorToJson(e.error));
    return o;
}

DeliveryEvent deliveryEventFromJson(const QJsonObject& o)
{
    DeliveryEvent e;
    e.provider = o.value(u"provider"_s).toString();
    e.profileId = o.value(u"profile_id"_s).toInteger();
    e.messageId = o.value(u"message_id"_s).toString();
    e.status = o.value(u"status"_s).toString();
    e.occurredAtMs = o.value(u"occurred_at"_s).toInteger();
    e.recipient = o.value(u"recipient"_s).toString();
    e.recipientUserId = o.value(u"recipient_user_id"_s).toString();
    e.recipientParentUserId = o.value(u"recipient_parent_user_id"_s).toString();
    e.pricingCategory = o.value(u"pricing_category"_s).toString();
    e.price = o.value(u"price"_s).toString();
    e.priceUnit = o.value(u"price_unit"_s).toString();
    e.source = o.value(u"source"_s).toString();
    if (o.contains(u"billable"_s))
        e.billable = o.value(u"billable"_s).toBool();
    const QJsonObject error = o.value(u"error"_s).toObject();
    if (!error.isEmpty()) {
        e.error.errorClass = errorClassFromName(error.value(u"error_class"_s).toString());
        e.error.code = error.value(u"code"_s).toString();
        e.error.explanation = error.value(u"explanation"_s).toString();
        e.error.providerMessage = error.value(u"provider_message"_s).toString();
    }
    return e;
}
