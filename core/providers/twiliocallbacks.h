#pragma once

#include "model/deliveryevent.h"
#include "model/inboundmessage.h"
#include "util/formencoding.h"

// What Twilio's two webhooks say, read from their form parameters (shared/reference/providers.md §1.9): the status
// callback (MessageSid, MessageStatus, ErrorCode, …) and an inbound WhatsApp message (From, Body, MediaUrl0, …).
// Twilio adds parameters without notice; unknown ones are kept in the raw record, never an error.
namespace TwilioCallbacks {
DeliveryEvent status(const FormFields& params, qint64 profileId, qint64 receivedAtMs);
InboundMessage inbound(const FormFields& params, qint64 profileId, qint64 receivedAtMs);
// "whatsapp:+14155238886" -> "+14155238886"; other addresses as they are.
QString address(const QString& value);
} // namespace TwilioCallbacks
