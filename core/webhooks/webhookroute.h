#pragma once

#include "providers/providerdescriptor.h"

#include <QByteArrayView>

// Which of the receiver's addresses a request came to: GET /healthz; POST /twilio/{id}/status and
// /twilio/{id}/inbound (and /twilio/status, /twilio/inbound for every sender of a Twilio account); GET (the
// handshake) and POST (events) /meta/{id}, and /meta for one Meta app's callback URL serving all its numbers;
// POST /keyed/{id} for providers whose posts carry the sender's webhook key in a header (360dialog).
// Anything else, a wrong method included, is no route: the receiver answers it like a forged request.
struct WebhookRoute
{
    enum class Kind
    {
        None,
        Health,
        TwilioStatus,
        TwilioInbound,
        MetaHandshake,
        MetaEvents,
        KeyedEvents,
    };

    Kind kind = Kind::None;
    qint64 senderId = 0; // 0: the address that serves every sender of an account or app

    // The providers that call this route report this way.
    WebhookStyle style() const;
    static WebhookRoute of(QByteArrayView method, QByteArrayView path);
    // The address, after the receiver's public URL, where a sender of this style posts its reports (Twilio: its
    // status callbacks); empty for WebhookStyle::None.
    static QString pathFor(WebhookStyle style, qint64 senderId);
};
