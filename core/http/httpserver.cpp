#include "httpserver.h"

#include <QTcpSocket>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

using namespace Qt::StringLiterals;

namespace {
// Descriptors the rest of Tandem needs beside the connections: database files, the keychain's D-Bus, the outbox's
// own connections to the providers.
constexpr int kReservedDescriptors = 128;

int connectionCap(int wanted)
{
#ifdef Q_OS_UNIX
    rlimit limit {};
    if (getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur != RLIM_INFINITY)
        return qBound(16, int(qMin<rlim_t>(limit.rlim_cur, 1 << 20)) - kReservedDescriptors, wanted);
#endif
    return wanted;
}

// Where a tunnel or a proxy on this computer connects from: every caller arrives from it, so only the total cap
// applies. (Other 127.x addresses are ordinary clients.)
bool isProxyAddress(const QHostAddress& address)
{
    return address.isEqual(QHostAddress::LocalHost, QHostAddress::TolerantConversion)
        || address.isEqual(QHostAddress::LocalHostIPv6);
}
} // namespace

HttpServer::HttpServer(HttpLimits limits, HttpConnection::Handler handler, QObject* parent)
    : QObject(parent), m_limits(limits), m_handler(std::move(handler))
{
    m_clock.start();
    m_maxConnections = connectionCap(m_limits.maxConnections);
    m_listener.setMaxPendingConnections(64);
    connect(&m_listener, &QTcpServer::newConnection, this, &HttpServer::accept);
    // Out of descriptors (EMFILE): Qt stops accepting. Make room and take connections again shortly.
    connect(&m_listener, &QTcpServer::acceptError, this, [this](QAbstractSocket::SocketError) {
        Q_EMIT refused(u"no descriptor left"_s);
        if (HttpConnection* oldest = longestWaiting(nullptr))
            oldest->drop("made room for a new connection");
        QTimer::singleShot(50, this, [this] { m_listener.resumeAccepting(); });
    });
    m_sweep.setInterval(250);
    connect(&m_sweep, &QTimer::timeout, this, &HttpServer::sweep);
}

HttpServer::~HttpServer()
{
    close();
    // Connections are children; they go with the server, and HttpReply handles to them become inert.
}

quint16 HttpServer::listen(const QHostAddress& address, quint16 port)
{
    if (!m_listener.listen(address, port))
        return 0;
    m_sweep.start();
    return m_listener.serverPort();
}

void HttpServer::close()
{
    m_listener.close();
}

quint16 HttpServer::port() const
{
    return m_listener.isListening() ? m_listener.serverPort() : 0;
}

bool HttpServer::isListening() const
{
    return m_listener.isListening();
}

int HttpServer::connectionCount() const
{
    return int(m_connections.size());
}

qsizetype HttpServer::bufferedBytes() const
{
    return m_buffered;
}

const HttpLimits& HttpServer::limits() const
{
    return m_limits;
}

void HttpServer::accept()
{
    while (QTcpSocket* socket = m_listener.nextPendingConnection())
        admit(socket);
}

void HttpServer::admit(QTcpSocket* socket)
{
    const QHostAddress peer = socket->peerAddress();
    if (!isProxyAddress(peer) && m_perAddress.value(peer) >= m_limits.maxConnectionsPerAddress) {
        // One address may not crowd out the others: its own longest-waiting connection makes room, or it waits.
        HttpConnection* own = longestWaiting(&peer);
        if (!own) {
            Q_EMIT refused(u"too many connections from one address"_s);
            socket->abort();
            socket->deleteLater();
            return;
        }
        own->drop("too many connections from one address");
    }
    if (m_connections.size() >= m_maxConnections) {
        HttpConnection* oldest = longestWaiting(nullptr);
        if (!oldest) {
            Q_EMIT refused(u"too many connections"_s);
            socket->abort();
            socket->deleteLater();
            return;
        }
        oldest->drop("made room for a new connection");
    }
    auto* connection = new HttpConnection(socket, m_limits, m_clock, m_handler, this);
    m_connections.append(connection);
    ++m_perAddress[peer];
    connect(connection, &HttpConnection::closed, this, [this, connection] { forget(connection); });
    connect(connection, &HttpConnection::refused, this,
        [this](const char* reason) { Q_EMIT refused(QString::fromLatin1(reason)); });
    connect(connection, &HttpConnection::bufferedChanged, this, [this](qsizetype delta) {
        m_buffered += delta;
        if (delta > 0 && m_buffered > m_limits.maxBufferedBytes)
            keepBufferLimit();
    });
}

void HttpServer::forget(HttpConnection* connection)
{
    m_connections.removeOne(connection);
    const QHostAddress peer = connection->peer();
    if (--m_perAddress[peer] <= 0)
        m_perAddress.remove(peer);
}

void HttpServer::keepBufferLimit()
{
    // The client holding the most unfinished bytes is the one cut off: a genuine callback holds a few kilobytes.
    while (m_buffered > m_limits.maxBufferedBytes) {
        HttpConnection* largest = nullptr;
        for (HttpConnection* c : std::as_const(m_connections)) {
            if (!c->busy() && c->bufferedBytes() > 0 && (!largest || c->bufferedBytes() > largest->bufferedBytes()))
                largest = c;
        }
        if (!largest)
            return;
        largest->drop("memory limit");
    }
}

HttpConnection* HttpServer::longestWaiting(const QHostAddress* address) const
{
    HttpConnection* found = nullptr;
    for (HttpConnection* c : m_connections) {
        if (c->busy() || (address && c->peer() != *address))
            continue;
        if (!found || c->since() < found->since())
            found = c;
    }
    return found;
}

void HttpServer::sweep()
{
    const qint64 now = m_clock.elapsed();
    // checkDeadline may close a connection, which leaves the list: walk a copy.
    const QList<HttpConnection*> connections = m_connections;
    for (HttpConnection* c : connections)
        c->checkDeadline(now);
}
