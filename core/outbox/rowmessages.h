#pragma once

#include "model/outgoingmessage.h"
#include "outboxrow.h"
#include "util/result.h"

#include <QHash>

class Outbox;

// The message one outbox row sends: its broadcast's message, addressed to the row's recipient with the row's
// variables, free text and captions personalised. Broadcasts are read once and kept; a read that fails is not kept,
// so the next row tries again instead of sending an empty message.
class RowMessages
{
public:
    explicit RowMessages(Outbox& outbox);

    Result<OutgoingMessage> messageFor(const OutboxRow& row);
    // The row's broadcast, as read once.
    Result<Broadcast> broadcastOf(qint64 broadcastId);
    void forget(qint64 broadcastId);

private:
    Outbox& m_outbox;
    QHash<qint64, Broadcast> m_broadcasts;
};
