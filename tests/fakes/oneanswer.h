#pragma once

// A listening socket that is not the sandbox: it takes one HTTP request whole and answers it, so a test sees the
// request exactly as Tandem put it on the wire (tst_dialog360, tst_mediaupload).
#include <QByteArray>
#include <QHash>
#include <QTcpServer>
#include <QTcpSocket>

#include <memory>

// One HTTP request as it arrived.
struct CapturedRequest
{
    QByteArray requestLine;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
};

// Serves the next connection from the event loop: reads one request whole, answers 200 with the JSON `answer`.
inline void answerOne(QTcpServer& server, const QByteArray& answer, CapturedRequest* captured)
{
    QObject::connect(&server, &QTcpServer::newConnection, &server, [&server, answer, captured] {
        QTcpSocket* socket = server.nextPendingConnection();
        auto buffer = std::make_shared<QByteArray>();
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket, answer, captured, buffer] {
            QByteArray& raw = *buffer;
            raw += socket->readAll();
            const qsizetype end = raw.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QList<QByteArray> lines = raw.left(end).split('\n');
            QHash<QByteArray, QByteArray> headers;
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines[i].indexOf(':');
                if (colon > 0)
                    headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
            }
            if (raw.size() - end - 4 < headers.value("content-length").toLongLong())
                return;
            captured->requestLine = lines.first().trimmed();
            captured->headers = headers;
            captured->body = raw.mid(end + 4);
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                + QByteArray::number(answer.size()) + "\r\nConnection: close\r\n\r\n" + answer);
            socket->disconnectFromHost();
        });
    });
}
