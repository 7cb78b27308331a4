#pragma once

#include "httplimits.h"
#include "httpreply.h"
#include "httprequest.h"
#include "requestparser.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>

#include <functional>

class QTcpSocket;

// One client's connection to the HTTP front: reads its requests within the limits, hands each complete one to the
// handler and waits for its answer before reading the next (so pipelined requests are answered in order), and cuts
// the client off when it is too slow, too large or gone. It never writes to a socket that has closed.
class HttpConnection : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<void(const HttpRequest& request, const HttpReply& reply)>;

    // Takes the socket over. `clock` is the server's, for every deadline.
    HttpConnection(QTcpSocket* socket,
        const HttpLimits& limits,
        const QElapsedTimer& clock,
        Handler handler,
        QObject* parent = nullptr);
    ~HttpConnection() override;

    QHostAddress peer() const;
    // Waiting for Tandem's answer, or writing it: a request that arrived whole is never cut off to make room.
    bool busy() const;
    // When it last moved on (a request begun, a head read, an answer written), on the server's clock.
    qint64 since() const;
    qsizetype bufferedBytes() const;
    // Checks the deadline of the current phase; the server calls it a few times a second.
    void checkDeadline(qint64 nowMs);
    // Cuts the connection off now, to make room for others.
    void drop(const char* reason);

    // For HttpReply.
    bool answer(quint64 sequence, int status, const QByteArray& body, const QByteArray& contentType);
    bool waitsFor(quint64 sequence) const;

Q_SIGNALS:
    // The connection is gone; it deletes itself.
    void closed();
    // The bytes this connection holds changed by `delta` (the server keeps the total under its limit).
    void bufferedChanged(qsizetype delta);
    // The client was refused or cut off, in a few English words (never anything it sent).
    void refused(const char* reason);

private:
    enum class Phase
    {
        Waiting, // for a request's first byte
        Reading, // a request's head or body
        Handling, // Tandem works on the answer
        Draining, // answered an error: reading and dropping what the client still sends, then closing
        Closed,
    };

    void readMore();
    void process();
    void write(int status, const QByteArray& body, const QByteArray& contentType, bool keepAlive);
    void refuse(int status, const char* reason);
    void enter(Phase phase);
    void noteBuffered();
    void halfClose();
    void shut();

    QTcpSocket* m_socket;
    const HttpLimits m_limits;
    const QElapsedTimer& m_clock;
    Handler m_handler;
    RequestParser m_parser;
    QHostAddress m_peer;
    Phase m_phase = Phase::Waiting;
    qint64 m_since = 0;
    qint64 m_lastWriteMs = 0;
    qint64 m_drained = 0;
    qsizetype m_buffered = 0;
    quint64 m_sequence = 0;
    bool m_keepAlive = true;
    bool m_served = false; // has answered a request: idle time is measured against idleTimeoutMs
    bool m_readScheduled = false;
};
