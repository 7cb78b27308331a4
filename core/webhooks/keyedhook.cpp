#include "keyedhook.h"

#include "http/httprequest.h"
#include "metahook.h"
#include "model/webhookpaths.h"
#include "signatures.h"

#include <QCryptographicHash>

namespace {
constexpr qsizetype kLongestKey = 128; // the webhook key field's own limit
} // namespace

namespace KeyedHook {
bool looksKeyed(const HttpRequest& request)
{
    const QByteArray key = request.header(WebhookPaths::keyHeader);
    return !key.isEmpty() && key.size() <= kLongestKey;
}

bool keyMatches(const HttpRequest& request, const QString& key)
{
    // Hashed first, so that not even the key's length shows in how long the comparison takes.
    const auto digest = [](const QByteArray& bytes) {
        return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
    };
    return !key.isEmpty()
        && Signatures::sameBytes(digest(request.header(WebhookPaths::keyHeader)), digest(key.toUtf8()));
}

Result<WebhookDelivery> read(const HttpRequest& request, const Profile& sender, qint64 nowMs)
{
    const qint64 id = sender.id;
    Result<WebhookDelivery> delivery
        = MetaHook::deliveryOf(request.body, nowMs, [id](const QString&, const QString&, QString*) { return id; });
    if (!delivery.isOk())
        return delivery;
    WebhookDelivery d = delivery.value();
    // Meta's envelope, 360dialog's report: errors and opt-outs are the sender's provider's.
    for (DeliveryEvent& e : d.statuses)
        e.provider = sender.kind;
    for (InboundMessage& m : d.messages)
        m.provider = sender.kind;
    return d;
}
} // namespace KeyedHook
