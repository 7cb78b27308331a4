#pragma once

#include "model/deliveryevent.h"
#include "model/inboundmessage.h"
#include "util/result.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QList>

#include <functional>

// What one of Meta's webhook posts says (shared/reference/providers.md §2.10, §6b): the envelope's entries and
// changes, their statuses (sent, delivered, read, failed with errors[], pricing) and messages (with the contacts
// that name their senders), template status changes and other fields kept as they are. Since 2026 a customer may
// come without a phone number, known by a business-scoped user ID (user_id, recipient_user_id): both are read.
struct MetaWebhookPayload
{
    // A change that is not about a message, with the sender it belongs to.
    struct Event
    {
        qint64 senderId = 0;
        QJsonObject value;
    };

    QList<DeliveryEvent> statuses;
    QList<InboundMessage> messages;
    QList<Event> templateUpdates; // values of message_template_status_update changes
    QList<Event> preferences; // values of user_preferences changes (marketing stopped or resumed)
    QList<Event> pricingTiers; // values of account_update changes whose event is VOLUME_BASED_PRICING_TIER_UPDATE

    // Which sender a change belongs to, from the number its metadata names (empty for account events such as
    // template reviews) and the WhatsApp Business Account of its entry; 0 refuses the whole post, with `why`.
    using SenderOf = std::function<qint64(const QString& phoneNumberId, const QString& accountId, QString* why)>;

    static Result<MetaWebhookPayload> parse(const QJsonDocument& body, qint64 receivedAtMs, const SenderOf& senderOf);
    static Result<MetaWebhookPayload> parse(const QByteArray& body, qint64 receivedAtMs, const SenderOf& senderOf);
};
