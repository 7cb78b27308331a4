#pragma once

// A client that writes exactly the bytes a test gives it, as an attacker (or a broken proxy) would, and reads what
// comes back: for the receiver's HTTP front, where Qt's own client would refuse to send what the test needs.
#include <QElapsedTimer>
#include <QHostAddress>
#include <QList>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

#include <memory>

struct RawAnswer
{
    int status = 0; // of the first answer; 0: none came
    QByteArray bytes; // everything that came
    bool closed = false; // the receiver closed the connection
};

class RawClient
{
public:
    // Connects from `from` (another loopback address stands for another client) and waits until connected.
    explicit RawClient(quint16 port, const QHostAddress& from = QHostAddress())
    {
        m_socket = std::make_unique<QTcpSocket>();
        if (!from.isNull())
            m_socket->bind(from);
        m_socket->connectToHost(QHostAddress::LocalHost, port);
        m_socket->waitForConnected(3000);
    }

    bool connected() const
    {
        return m_socket->state() == QAbstractSocket::ConnectedState;
    }
    void write(const QByteArray& bytes)
    {
        m_socket->write(bytes);
        m_socket->flush();
    }
    // Hangs up at once, without reading anything.
    void abort()
    {
        m_socket->abort();
    }
    // Waits until `answers` whole answers came, the receiver closed, or the time ran out.
    RawAnswer read(int answers = 1, int timeoutMs = 3000)
    {
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < timeoutMs) {
            m_received += m_socket->readAll();
            if (completeAnswers(m_received) >= answers || m_socket->state() == QAbstractSocket::UnconnectedState)
                break;
            QTest::qWait(5);
        }
        m_received += m_socket->readAll();
        RawAnswer a;
        a.bytes = m_received;
        a.closed = m_socket->state() == QAbstractSocket::UnconnectedState;
        if (m_received.startsWith("HTTP/1.1 "))
            a.status = m_received.mid(9, 3).toInt();
        return a;
    }
    // Whether the receiver closed the connection within the time.
    bool waitClosed(int timeoutMs)
    {
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < timeoutMs && m_socket->state() != QAbstractSocket::UnconnectedState) {
            m_received += m_socket->readAll();
            QTest::qWait(10);
        }
        return m_socket->state() == QAbstractSocket::UnconnectedState;
    }

    // The statuses of every whole answer in `bytes`, in order (100 Continue included).
    static QList<int> statuses(const QByteArray& bytes)
    {
        QList<int> found;
        qsizetype at = 0;
        while (bytes.mid(at).startsWith("HTTP/1.1 ")) {
            const qsizetype head = bytes.indexOf("\r\n\r\n", at);
            if (head < 0)
                break;
            const QByteArray lower = bytes.mid(at, head - at).toLower();
            const qsizetype length = lower.indexOf("content-length: ");
            const qint64 bodyLength = length < 0
                ? 0
                : lower.mid(length + 16, lower.indexOf("\r\n", length) - length - 16).trimmed().toLongLong();
            if (head + 4 + bodyLength > bytes.size())
                break; // not all of it yet
            found << bytes.mid(at + 9, 3).toInt();
            at = head + 4 + bodyLength;
        }
        return found;
    }

private:
    static int completeAnswers(const QByteArray& bytes)
    {
        int complete = 0;
        for (int status : statuses(bytes))
            complete += status == 100 ? 0 : 1;
        return complete;
    }

    std::unique_ptr<QTcpSocket> m_socket;
    QByteArray m_received;
};
