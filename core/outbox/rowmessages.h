#pragma once

#include "model/outgoingmessage.h"
#include "outboxrow.h"
#include "util/result.h"

#include <QHash>
#include <QSet>

class Outbox;

// The message one outbox row sends: its broadcast's message, addressed to the row's recipient with the row's
// variables, free text and captions personalised. Broadcasts are read once and kept; a read that fails is not kept,
// so the next row tries again instead of sending an empty message. A broadcast is read again when a row of it comes
// through a sender it was not read for: a broadcast that moved to another sender (SenderMove) carries the message as
// that sender sends it.
class RowMessages
{
public:
    explicit RowMessages(Outbox& outbox);

    Result<OutgoingMessage> messageFor(const OutboxRow& row);
    // The row's broadcast, as read once.
    Result<Broadcast> broadcastOf(qint64 broadcastId);
    void forget(qint64 broadcastId);

private:
    struct Kept
    {
        Broadcast broadcast;
        QSet<qint64> readFor; // the senders whose rows were given this broadcast's message
    };
    Result<Broadcast> read(qint64 broadcastId);

    Outbox& m_outbox;
    QHash<qint64, Kept> m_broadcasts;
};
