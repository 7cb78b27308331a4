#pragma once

#include "httpconnection.h"
#include "httplimits.h"

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QTcpServer>
#include <QTimer>

// Tandem's HTTP/1.1 front for anything that faces the internet (the webhook receiver): a QTcpServer whose
// connections are read within HttpLimits, with every limit applied before the work it protects (a body's length
// before its bytes, a connection's count before its requests). When it is full, the connection that has waited
// longest without a request Tandem is answering makes room for the new one, so a flood of idle or slow clients
// cannot keep out a genuine callback. Why a front of its own: docs/receiver.md.
class HttpServer : public QObject
{
    Q_OBJECT
public:
    HttpServer(HttpLimits limits, HttpConnection::Handler handler, QObject* parent = nullptr);
    ~HttpServer() override;

    // Returns the port (a free one for port 0), or 0 when it cannot listen there.
    quint16 listen(const QHostAddress& address, quint16 port);
    // No new connections; those open finish the answers under way.
    void close();
    quint16 port() const;
    bool isListening() const;
    int connectionCount() const;
    qsizetype bufferedBytes() const;
    const HttpLimits& limits() const;

Q_SIGNALS:
    // A client was refused or cut off here, in a few English words (nothing it sent).
    void refused(const QString& reason);

private:
    void accept();
    void admit(QTcpSocket* socket);
    void forget(HttpConnection* connection);
    void sweep();
    void keepBufferLimit();
    // The connection idle or reading for longest, among all or those of one address; nullptr when all are busy.
    HttpConnection* longestWaiting(const QHostAddress* address) const;

    HttpLimits m_limits;
    HttpConnection::Handler m_handler;
    QTcpServer m_listener;
    QElapsedTimer m_clock;
    QTimer m_sweep;
    QList<HttpConnection*> m_connections;
    QHash<QHostAddress, int> m_perAddress;
    qsizetype m_buffered = 0;
    int m_maxConnections = 0;
};
