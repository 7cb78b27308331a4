#include "rowmessages.h"

#include "broadcast/templatetext.h"
#include "outbox.h"

RowMessages::RowMessages(Outbox& outbox) : m_outbox(outbox)
{ }

Result<OutgoingMessage> RowMessages::messageFor(const OutboxRow& row)
{
    auto it = m_broadcasts.find(row.broadcastId);
    if (it == m_broadcasts.end()) {
        const Result<Broadcast> b = m_outbox.broadcast(row.broadcastId);
        if (!b.isOk())
            return b.status();
        it = m_broadcasts.insert(row.broadcastId, b.value().message);
    }
    OutgoingMessage message = it.value();
    message.to = row.recipient;
    message.variables = row.variables;
    // Free text and captions are personalised here ("Hello {{name}}"); templates carry their variables to the
    // provider, which fills the approved text.
    if (message.kind == OutgoingMessage::Kind::Text || message.kind == OutgoingMessage::Kind::Media)
        message.text = TemplateText::render(message.text, row.variables);
    return message;
}

void RowMessages::forget(qint64 broadcastId)
{
    m_broadcasts.remove(broadcastId);
}
