#include "optoutconfirmations.h"

#include "outbox/outbox.h"

#include <QCoreApplication>

QStringList queueOptOutConfirmations(Outbox& outbox, const QList<InboxLedger::Confirmation>& confirmations)
{
    QStringList problems;
    for (const InboxLedger::Confirmation& c : confirmations) {
        OutgoingMessage reply;
        reply.kind = OutgoingMessage::Kind::Text;
        reply.text = c.text;
        Outbox::BroadcastOptions options;
        options.reply = true;
        options.confirmsOptOut = true;
        options.title = QCoreApplication::translate("WebhookServer", "Opt-out confirmation to %1").arg(c.recipient);
        const Result<qint64> queued = outbox.broadcasts().create(c.profileId, reply, {{c.recipient, {}}}, options);
        if (!queued.isOk())
            problems << queued.error();
    }
    return problems;
}
