#include "httpconnection.h"

#include <QTcpSocket>

#ifdef Q_OS_WIN
#include <winsock2.h>
#else
#include <sys/socket.h>
#endif

namespace {
constexpr qint64 kReadChunk = 16 * 1024;
// What Qt reads ahead from the kernel while Tandem works on an answer; beyond it the client waits (TCP's own flow
// control), so a pipelining client cannot fill memory.
constexpr qint64 kSocketBuffer = 64 * 1024;
// After an error answer the client may still be sending (a 1 GB upload refused by its Content-Length): this much of it
// is read and dropped (HttpLimits::lingerMs), so it sees the answer instead of a reset, then the connection closes.
constexpr qint64 kDrainBytes = 4 * 1024 * 1024;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return "Continue";
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 411:
        return "Length Required";
    case 413:
        return "Content Too Large";
    case 414:
        return "URI Too Long";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return status < 400 ? "OK" : "Error";
    }
}
} // namespace

HttpConnection::HttpConnection(
    QTcpSocket* socket, const HttpLimits& limits, const QElapsedTimer& clock, Handler handler, QObject* parent)
    : QObject(parent)
    , m_socket(socket)
    , m_limits(limits)
    , m_clock(clock)
    , m_handler(std::move(handler))
    , m_parser(m_limits)
    , m_peer(socket->peerAddress())
{
    m_socket->setParent(this);
    m_socket->setReadBufferSize(kSocketBuffer);
    m_since = m_clock.elapsed();
    m_lastWriteMs = m_since;
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::readMore);
    connect(m_socket, &QTcpSocket::bytesWritten, this, [this] {
        m_lastWriteMs = m_clock.elapsed();
        if (m_phase == Phase::Draining && m_socket->bytesToWrite() == 0)
            halfClose();
    });
    connect(m_socket, &QTcpSocket::disconnected, this, &HttpConnection::shut);
    connect(m_socket, &QAbstractSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        if (error != QAbstractSocket::SocketTimeoutError)
            shut();
    });
    // Bytes may have arrived with the connection.
    m_readScheduled = true;
    QMetaObject::invokeMethod(this, &HttpConnection::readMore, Qt::QueuedConnection);
}

HttpConnection::~HttpConnection()
{
    // Nothing the socket says on its way out reaches a connection that is being destroyed.
    m_socket->disconnect(this);
    delete m_socket;
}

QHostAddress HttpConnection::peer() const
{
    return m_peer;
}

bool HttpConnection::busy() const
{
    return m_phase == Phase::Handling || (m_served && m_socket->bytesToWrite() > 0 && m_phase != Phase::Draining);
}

qint64 HttpConnection::since() const
{
    return m_since;
}

qsizetype HttpConnection::bufferedBytes() const
{
    return m_buffered;
}

void HttpConnection::enter(Phase phase)
{
    m_phase = phase;
    m_since = m_clock.elapsed();
}

void HttpConnection::readMore()
{
    m_readScheduled = false;
    if (m_phase == Phase::Closed || m_phase == Phase::Handling)
        return; // the answer comes first; Qt holds what arrives meanwhile, up to kSocketBuffer
    if (m_phase == Phase::Draining) {
        char sink[kReadChunk];
        while (m_socket->bytesAvailable() > 0 && m_drained <= kDrainBytes)
            m_drained += qMax<qint64>(0, m_socket->read(sink, sizeof sink));
        if (m_drained > kDrainBytes)
            shut();
        return;
    }
    while (m_parser.state() == RequestParser::State::Incomplete && m_socket->bytesAvailable() > 0) {
        const QByteArray chunk = m_socket->read(kReadChunk);
        if (chunk.isEmpty())
            break;
        if (m_phase == Phase::Waiting)
            enter(Phase::Reading);
        const bool headBefore = m_parser.headDone();
        m_parser.append(chunk);
        if (!headBefore && m_parser.headDone())
            m_since = m_clock.elapsed(); // the body's time starts now
        noteBuffered();
        if (m_phase == Phase::Closed)
            return; // cut off to keep the memory limit
        if (m_parser.waitsForContinue()) {
            m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
            m_parser.continueSent();
        }
    }
    process();
}

void HttpConnection::process()
{
    switch (m_parser.state()) {
    case RequestParser::State::Failed:
        return refuse(m_parser.failureStatus(), m_parser.failureReason());
    case RequestParser::State::Incomplete:
        if (m_phase == Phase::Waiting && m_parser.started())
            enter(Phase::Reading); // a pipelined request, already under way
        return;
    case RequestParser::State::Complete:
        break;
    }
    HttpRequest request = m_parser.take();
    request.peer = m_peer;
    m_keepAlive = m_parser.keepAlive();
    noteBuffered();
    if (m_phase == Phase::Closed)
        return;
    enter(Phase::Handling);
    m_handler(request, HttpReply(this, ++m_sequence));
}

bool HttpConnection::waitsFor(quint64 sequence) const
{
    return m_phase == Phase::Handling && sequence == m_sequence;
}

bool HttpConnection::answer(quint64 sequence, int status, const QByteArray& body, const QByteArray& contentType)
{
    if (!waitsFor(sequence))
        return false;
    m_served = true;
    write(status, body, contentType, m_keepAlive);
    if (!m_keepAlive) {
        enter(Phase::Draining);
        if (m_socket->bytesToWrite() == 0)
            halfClose();
        return true;
    }
    enter(Phase::Waiting);
    // The next request (pipelined, or waiting in Qt's buffer) is read once this answer is on its way.
    if (!m_readScheduled) {
        m_readScheduled = true;
        QMetaObject::invokeMethod(this, &HttpConnection::readMore, Qt::QueuedConnection);
    }
    return true;
}

void HttpConnection::write(int status, const QByteArray& body, const QByteArray& contentType, bool keepAlive)
{
    QByteArray message = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    if (!contentType.isEmpty())
        message += "Content-Type: " + contentType + "\r\n";
    message += "Content-Length: " + QByteArray::number(body.size())
        + "\r\nConnection: " + (keepAlive ? QByteArray("keep-alive") : QByteArray("close")) + "\r\n\r\n" + body;
    m_socket->write(message);
    m_lastWriteMs = m_clock.elapsed();
}

void HttpConnection::refuse(int status, const char* reason)
{
    if (m_phase == Phase::Closed || m_phase == Phase::Draining)
        return;
    Q_EMIT refused(reason);
    write(status, reasonPhrase(status).toLower() + '\n', "text/plain; charset=utf-8", false);
    enter(Phase::Draining);
    noteBuffered();
    if (m_socket->bytesToWrite() == 0)
        halfClose();
}

void HttpConnection::halfClose()
{
    // The answer is out: say so (FIN), and keep reading what the client still sends until it closes too.
    if (m_socket->state() != QAbstractSocket::ConnectedState)
        return;
#ifdef Q_OS_WIN
    ::shutdown(SOCKET(m_socket->socketDescriptor()), SD_SEND);
#else
    ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
#endif
    readMore();
}

void HttpConnection::checkDeadline(qint64 nowMs)
{
    const qint64 in = nowMs - m_since;
    switch (m_phase) {
    case Phase::Closed:
        return;
    case Phase::Waiting:
        if (in > (m_served ? m_limits.idleTimeoutMs : m_limits.headerTimeoutMs)) {
            if (!m_served)
                Q_EMIT refused("no request in time");
            return shut(); // idle: closed without a word, as HTTP allows
        }
        break;
    case Phase::Reading:
        if (in > (m_parser.headDone() ? m_limits.bodyTimeoutMs : m_limits.headerTimeoutMs))
            return refuse(408, m_parser.headDone() ? "body too slow" : "head too slow");
        break;
    case Phase::Handling:
        if (in > m_limits.answerTimeoutMs) {
            Q_EMIT refused("no answer in time");
            m_keepAlive = false;
            answer(m_sequence, 503, "try again later\n", "text/plain; charset=utf-8");
            return;
        }
        break;
    case Phase::Draining:
        if (in > m_limits.lingerMs)
            return shut();
        break;
    }
    if (m_socket->bytesToWrite() > 0 && nowMs - m_lastWriteMs > m_limits.writeTimeoutMs) {
        Q_EMIT refused("answer not read");
        shut();
    }
}

void HttpConnection::drop(const char* reason)
{
    if (m_phase == Phase::Closed)
        return;
    Q_EMIT refused(reason);
    shut();
}

void HttpConnection::noteBuffered()
{
    const qsizetype now = m_phase == Phase::Draining || m_phase == Phase::Closed ? 0 : m_parser.bufferedBytes();
    if (now == m_buffered)
        return;
    const qsizetype delta = now - m_buffered;
    m_buffered = now;
    Q_EMIT bufferedChanged(delta);
}

void HttpConnection::shut()
{
    if (m_phase == Phase::Closed)
        return;
    m_phase = Phase::Closed;
    if (m_buffered != 0) {
        const qsizetype delta = -m_buffered;
        m_buffered = 0;
        Q_EMIT bufferedChanged(delta);
    }
    m_socket->abort();
    Q_EMIT closed();
    deleteLater();
}
