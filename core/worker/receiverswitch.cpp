#include "receiverswitch.h"

#include "outboxthread.h"
#include "webhooks/publicurl.h"
#include "webhooks/receiverthread.h"

#include <QHostAddress>

QString applyReceiverSettings(const ReceiverSettings& settings, ReceiverThread& receiver, OutboxThread& outbox)
{
    receiver.stop();
    if (!settings.enabled) {
        outbox.setReceiverUrl(QString());
        return QString();
    }
    WebhookServer::Options options;
    const QString publicUrl = PublicUrl::normalized(settings.publicUrl).toString();
    options.publicUrl = QUrl(publicUrl);
    // A tunnel on this computer reaches 127.0.0.1; every address only when the owner chose it (a proxy elsewhere).
    const QHostAddress address = settings.everyAddress ? QHostAddress::Any : QHostAddress::LocalHost;
    if (receiver.start(settings.port, address, options) == 0) {
        outbox.setReceiverUrl(QString());
        return receiver.error();
    }
    outbox.setReceiverUrl(publicUrl);
    return QString();
}
