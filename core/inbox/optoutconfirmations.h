#pragma once

#include "inboxledger.h"

class Outbox;

// The replies that confirm an opt-out ("You will get no more messages"), when the sender has one set: queued like
// any message, through the outbox, as the one message that may follow a customer's STOP. Returns the problems (one
// per confirmation that could not be queued), for the log.
QStringList queueOptOutConfirmations(Outbox& outbox, const QList<InboxLedger::Confirmation>& confirmations);
