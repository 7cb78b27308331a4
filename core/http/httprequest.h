#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPair>

// One request as the HTTP front read it: never larger than its HttpLimits, complete, and with every header as sent.
struct HttpRequest
{
    QByteArray method; // "GET", "POST", …
    QByteArray target; // as sent: path and query, percent-encoded
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QHostAddress peer;

    // The target's path and query, as sent (still percent-encoded).
    QByteArray path() const;
    QByteArray query() const;
    // The first header of this name (any case), or an empty array.
    QByteArray header(QByteArrayView name) const;
};
