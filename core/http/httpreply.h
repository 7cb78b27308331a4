#pragma once

#include <QByteArray>
#include <QPointer>

class HttpConnection;

// How Tandem answers one request whenever its answer is ready (after the keychain, after the commit). The client may
// have hung up by then: the handle stays safe to use and send() then writes nothing. Copies share one answer; the
// first send() is the one that counts.
class HttpReply
{
public:
    HttpReply() = default;
    HttpReply(HttpConnection* connection, quint64 sequence);

    // False when nothing was written: the client is gone, or the request was answered already.
    bool send(int status, const QByteArray& body, const QByteArray& contentType = "text/plain; charset=utf-8") const;
    // The client still waits for this answer.
    bool isOpen() const;

private:
    QPointer<HttpConnection> m_connection;
    quint64 m_sequence = 0;
};
