#pragma once

#include "outbox/outboxrow.h"

// What the owner reads for a recipient's or a broadcast's state.
QString recipientStateText(OutboxState state);
QString broadcastStateText(Broadcast::State state);
