#pragma once

#include "model/outgoingmessage.h"

// The message a "send a test" button sends. Meta only lets a business start a chat with an approved template,
// so Meta senders send hello_world (every WhatsApp Business account has it); Twilio senders send a short text.
OutgoingMessage makeTestMessage(const QString& kind, const QString& to, const QString& senderName);
