#pragma once

#include "model/providererror.h"
#include "outboxstate.h"

#include <QString>

#include <optional>

// One report about a message Tandem sent: sent, delivered, read, or failed after the provider accepted it. It comes
// from a webhook (Twilio's status callback, Meta's statuses) or from asking Twilio (polling).
struct DeliveryEvent
{
    QString provider; // "twilio" or "meta_cloud"
    qint64 profileId = 0;
    QString messageId; // SM… or wamid.…
    QString status; // the provider's word: queued, sent, delivered, read, failed, undelivered, …
    ProviderError error; // for a failure: its class, code and explanation from the provider's error table
    qint64 occurredAtMs = 0; // when it happened, as the provider says; else when it arrived
    QString recipient; // E.164, when the provider gave the number
    QString recipientUserId; // Meta's (or Twilio's) business-scoped user ID for the customer, when given
    QString recipientParentUserId; // the parent BSUID (US.ENT.…), when given
    QString pricingCategory; // Meta: marketing, utility, authentication, service, …
    std::optional<bool> billable;
    QString price; // Twilio, when fetched: "-0.00500"
    QString priceUnit;
    QString source = QStringLiteral("webhook"); // or "poll"

    // What identifies this report among its repetitions: providers deliver at least once and retry for days. The
    // sender is part of it: another sender's report naming the same message id is another report.
    QString eventKey() const;
    // Where the report moves the outbox row (Accepted: nowhere further than accepted).
    OutboxState targetState() const;
};

class QJsonObject;
// Everything a report says, for storing it until its row has the message's id (never a secret: reports carry none).
QJsonObject deliveryEventToJson(const DeliveryEvent& event);
DeliveryEvent deliveryEventFromJson(const QJsonObject& json);
