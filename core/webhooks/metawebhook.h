#pragma once

#include "deliveryevent.h"
#include "inboundmessage.h"
#include "util/result.h"

#include <QJsonObject>
#include <QList>

#include <functional>

// What one of Meta's webhook posts says (shared/reference/providers.md §2.10, §6b): the envelope's entries and
// changes, their statuses (sent, delivered, read, failed with errors[], pricing) and messages (with the contacts
// that name their senders), template status changes and other fields kept as they are. Since 2026 a customer may
// come without a phone number, known by a business-scoped user ID (user_id, recipient_user_id): both are read.
struct MetaWebhookPayload
{
    QList<DeliveryEvent> statuses;
    QList<InboundMessage> messages;
    QList<QJsonObject> templateUpdates; // values of message_template_status_update changes
    QList<QJsonObject> preferences; // values of user_preferences changes (marketing stopped or resumed)

    // profileId: the sender whose address the post came to. One app's callback URL serves all its numbers, so a
    // change whose metadata names another number goes to the sender `senderOf` gives for it (0: keep profileId).
    static Result<MetaWebhookPayload> parse(const QByteArray& body,
        qint64 profileId,
        qint64 receivedAtMs,
        const std::function<qint64(const QString& phoneNumberId)>& senderOf = {});
};
