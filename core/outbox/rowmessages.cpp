#include "rowmessages.h"

#include "outbox.h"
#include "templates/templatetext.h"

RowMessages::RowMessages(Outbox& outbox) : m_outbox(outbox)
{ }

Result<Broadcast> RowMessages::read(qint64 broadcastId)
{
    const Result<Broadcast> b = m_outbox.broadcasts().find(broadcastId);
    if (!b.isOk())
        return b.status();
    // The senders it was read for still have the same message unless the broadcast changed sender.
    const auto kept = m_broadcasts.constFind(broadcastId);
    const QSet<qint64> readFor = kept != m_broadcasts.cend() && kept->broadcast.profileId == b.value().profileId
        ? kept->readFor
        : QSet<qint64>();
    m_broadcasts.insert(broadcastId, {b.value(), readFor});
    return b;
}

Result<Broadcast> RowMessages::broadcastOf(qint64 broadcastId)
{
    const auto it = m_broadcasts.constFind(broadcastId);
    if (it == m_broadcasts.cend())
        return read(broadcastId);
    return it.value().broadcast;
}

Result<OutgoingMessage> RowMessages::messageFor(const OutboxRow& row)
{
    auto kept = m_broadcasts.find(row.broadcastId);
    if (kept == m_broadcasts.end() || !kept->readFor.contains(row.profileId)) {
        const Result<Broadcast> fresh = read(row.broadcastId);
        if (!fresh.isOk())
            return fresh.status();
        kept = m_broadcasts.find(row.broadcastId);
        kept->readFor.insert(row.profileId);
    }
    const Result<Broadcast> broadcast = kept->broadcast;
    OutgoingMessage message = broadcast.value().message;
    message.to = row.recipient;
    message.variables = row.variables;
    // Free text, captions and the words above reply buttons are personalised here ("Hello {{name}}"); templates carry
    // their variables to the provider, which fills the approved text. A media header taken from a contact field travels
    // as the row's "@header" value.
    if (message.variables.contains(OutgoingMessage::kHeaderVariable))
        message.headerValue = message.variables.take(OutgoingMessage::kHeaderVariable);
    switch (message.kind) {
    case OutgoingMessage::Kind::Text:
    case OutgoingMessage::Kind::Media:
    case OutgoingMessage::Kind::InteractiveButtons:
    case OutgoingMessage::Kind::InteractiveList:
        message.text = TemplateText::render(message.text, row.variables);
        break;
    default:
        break;
    }
    return message;
}

void RowMessages::forget(qint64 broadcastId)
{
    m_broadcasts.remove(broadcastId);
}
