#pragma once

#include "webhooks/receiversettings.h"

class OutboxThread;
class ReceiverThread;

// Starts, restarts or stops the desktop app's webhook receiver as the settings say, and tells the outbox whether
// Twilio can report to it (StatusCallback) or must be asked (polling). Returns why the receiver could not listen;
// empty when all is well.
QString applyReceiverSettings(const ReceiverSettings& settings, ReceiverThread& receiver, OutboxThread& outbox);
