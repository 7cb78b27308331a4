#include "webhookroute.h"

#include "model/webhookpaths.h"

#include <QList>

namespace {
// A sender id as Tandem writes it: digits, no sign, no leading zero, small enough for a qint64.
qint64 parseSenderId(QByteArrayView text)
{
    if (text.isEmpty() || text.size() > 15 || text.front() == '0')
        return 0;
    qint64 id = 0;
    for (char c : text) {
        if (c < '0' || c > '9')
            return 0;
        id = id * 10 + (c - '0');
    }
    return id;
}
} // namespace

WebhookStyle WebhookRoute::style() const
{
    switch (kind) {
    case Kind::TwilioStatus:
    case Kind::TwilioInbound:
        return WebhookStyle::TwilioSigned;
    case Kind::MetaHandshake:
    case Kind::MetaEvents:
        return WebhookStyle::MetaSigned;
    case Kind::KeyedEvents:
        return WebhookStyle::HeaderKeyed;
    case Kind::None:
    case Kind::Health:
        break;
    }
    return WebhookStyle::None;
}

WebhookRoute WebhookRoute::of(QByteArrayView method, QByteArrayView path)
{
    WebhookRoute route;
    if (!path.startsWith('/'))
        return route;
    const QList<QByteArrayView> parts = [&] {
        QList<QByteArrayView> list;
        qsizetype start = 1;
        while (start <= path.size()) {
            qsizetype end = path.indexOf('/', start);
            if (end < 0)
                end = path.size();
            list << path.sliced(start, end - start);
            start = end + 1;
        }
        return list;
    }();
    const bool get = method == "GET";
    const bool post = method == "POST";
    if (parts.size() == 1 && parts[0] == "healthz" && get) {
        route.kind = Kind::Health;
        return route;
    }
    // The first segment names the style the provider reports in (WebhookPaths writes the same).
    constexpr QByteArrayView kFormSigned = "twilio";
    constexpr QByteArrayView kJsonSigned = "meta";
    constexpr QByteArrayView kKeyed = "keyed";
    if (parts.size() == 2 && parts[0] == kKeyed && post) {
        route.senderId = parseSenderId(parts[1]);
        if (route.senderId != 0)
            route.kind = Kind::KeyedEvents;
        return route;
    }
    if (!parts.isEmpty() && parts[0] == kFormSigned && post && (parts.size() == 2 || parts.size() == 3)) {
        const QByteArrayView what = parts.back();
        const qint64 id = parts.size() == 3 ? parseSenderId(parts[1]) : 0;
        if ((parts.size() == 3 && id == 0) || (what != "status" && what != "inbound"))
            return route;
        route.kind = what == "status" ? Kind::TwilioStatus : Kind::TwilioInbound;
        route.senderId = id;
        return route;
    }
    if (!parts.isEmpty() && parts[0] == kJsonSigned && (get || post) && (parts.size() == 1 || parts.size() == 2)) {
        const qint64 id = parts.size() == 2 ? parseSenderId(parts[1]) : 0;
        if (parts.size() == 2 && id == 0)
            return route;
        route.kind = get ? Kind::MetaHandshake : Kind::MetaEvents;
        route.senderId = id;
    }
    return route;
}

QString WebhookRoute::pathFor(WebhookStyle style, qint64 senderId)
{
    switch (style) {
    case WebhookStyle::TwilioSigned:
        return WebhookPaths::twilioStatus(senderId);
    case WebhookStyle::MetaSigned:
        return WebhookPaths::meta(senderId);
    case WebhookStyle::HeaderKeyed:
        return WebhookPaths::keyed(senderId);
    case WebhookStyle::None:
        break;
    }
    return {};
}
