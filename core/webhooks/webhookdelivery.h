#pragma once

#include "model/deliveryevent.h"
#include "model/inboundmessage.h"

#include <QJsonObject>
#include <QList>

// What one genuine webhook request said, checked and read, waiting for the next commit: reports on messages sent,
// customers' messages, and other events (templates' review decisions, marketing preferences, volume tiers), each with
// the sender whose own secret vouched for it.
struct WebhookDelivery
{
    struct Event
    {
        enum class Kind
        {
            TemplateReview,
            MarketingPreference,
            PricingTier, // Meta's VOLUME_BASED_PRICING_TIER_UPDATE (core/pricing/volumetiers.h)
        };
        Kind kind = Kind::TemplateReview;
        qint64 senderId = 0;
        QJsonObject value;
    };

    QList<DeliveryEvent> statuses;
    QList<InboundMessage> messages;
    QList<Event> events;
    // Twilio answers an inbound message with TwiML (empty: no automatic reply).
    bool answerWithTwiml = false;
};
