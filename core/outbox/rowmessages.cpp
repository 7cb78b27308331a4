#include "rowmessages.h"

#include "outbox.h"
#include "templates/templatetext.h"

RowMessages::RowMessages(Outbox& outbox) : m_outbox(outbox)
{ }

Result<Broadcast> RowMessages::broadcastOf(qint64 broadcastId)
{
    auto it = m_broadcasts.constFind(broadcastId);
    if (it == m_broadcasts.cend()) {
        const Result<Broadcast> b = m_outbox.broadcasts().find(broadcastId);
        if (!b.isOk())
            return b.status();
        it = m_broadcasts.insert(broadcastId, b.value());
    }
    return it.value();
}

Result<OutgoingMessage> RowMessages::messageFor(const OutboxRow& row)
{
    const Result<Broadcast> broadcast = broadcastOf(row.broadcastId);
    if (!broadcast.isOk())
        return broadcast.status();
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
