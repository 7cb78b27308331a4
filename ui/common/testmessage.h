#pragma once

#include "model/outgoingmessage.h"

struct ProviderCapabilities;

// The message a "send a test" button sends. WhatsApp only lets a business start a chat with an approved template,
// so a provider that names one (Meta's hello_world, which every WhatsApp Business account has) sends it; the others
// (Twilio's sandbox, after its join code) send a short text.
OutgoingMessage makeTestMessage(const ProviderCapabilities& capabilities, const QString& to, const QString& senderName);
