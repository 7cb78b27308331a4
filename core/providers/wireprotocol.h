#pragma once

#include <QNetworkRequest>

// Tandem talks HTTP/1.1 to Meta and Twilio, over the pool of keep-alive connections QNetworkAccessManager keeps per
// host, even where the endpoint offers HTTP/2 (Meta's Graph API does). Measured on Qt 6.4 against an endpoint that
// offers both (docs/performance.md, "HTTP/2 or HTTP/1.1"): over HTTP/2 a broadcast went out at less than half the
// speed, waiting rather than working, larger flow-control windows changed nothing, and paced sending let the
// busiest second go over the pace; over HTTP/1.1 to the same endpoint it was 2–3 times as fast with less CPU. The
// cause: Qt 6.4 leaves Nagle's algorithm on for its sockets, and over HTTP/2 writes a POST's HEADERS and DATA frames
// separately, so the second waits for the server's delayed acknowledgement of the first (40 ms on Linux). HTTP/1.1
// goes out in one write.
inline void useTandemsWireProtocol(QNetworkRequest& request)
{
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
}
