#include "receiverswitch.h"

#include "outbox/outboxthread.h"
#include "receiverthread.h"

#include <QHostAddress>

QString applyReceiverSettings(const ReceiverSettings& settings, ReceiverThread& receiver, OutboxThread& outbox)
{
    receiver.stop();
    if (!settings.enabled) {
        outbox.setReceiverUrl(QString());
        return QString();
    }
    WebhookServer::Options options;
    const QString publicUrl = settings.publicUrlProblem().isEmpty() ? settings.publicUrl.trimmed() : QString();
    options.publicUrl = QUrl(publicUrl);
    // Providers reach the receiver through a tunnel or proxy, which may run on another machine: every address.
    if (receiver.start(settings.port, QHostAddress::Any, options) == 0) {
        outbox.setReceiverUrl(QString());
        return receiver.error();
    }
    outbox.setReceiverUrl(publicUrl);
    return QString();
}
