// libFuzzer target: the receiver's HTTP front, where any bytes from the internet arrive first. Each input is read by
// RequestParser in pieces of sizes the input chooses (requests, pipelined ones, and every malformed or oversized
// variant), and, for one input in four, sent over a real loopback connection to an HttpServer whose answers come
// later (as the receiver's wait for the keychain), by a client that hangs up at a point the input chooses. Any
// bytes must end in a request, a refusal with its status, or a closed connection: never a crash, a sanitizer
// report, or a request larger than the limits.
#include "http/httpserver.h"
#include "http/requestparser.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTcpSocket>
#include <QTimer>

#include <cstddef>
#include <cstdint>

namespace {
HttpLimits fuzzLimits()
{
    HttpLimits l;
    l.maxRequestLineBytes = 512;
    l.maxHeaderBytes = 2048;
    l.maxHeaderCount = 20;
    l.maxBodyBytes = 4096;
    l.headerTimeoutMs = 50;
    l.bodyTimeoutMs = 50;
    l.idleTimeoutMs = 50;
    l.lingerMs = 20;
    return l;
}

void parseInPieces(const QByteArray& bytes)
{
    const HttpLimits limits = fuzzLimits();
    RequestParser parser(limits);
    qsizetype at = 0;
    int step = bytes.isEmpty() ? 1 : (static_cast<unsigned char>(bytes.at(0)) % 17) + 1;
    while (at < bytes.size() && parser.state() != RequestParser::State::Failed) {
        const qsizetype piece = qMin<qsizetype>(step, bytes.size() - at);
        parser.append(QByteArrayView(bytes).sliced(at, piece));
        at += piece;
        step = (step * 7 + 3) % 29 + 1;
        while (parser.state() == RequestParser::State::Complete) {
            const HttpRequest request = parser.take();
            if (request.body.size() > limits.maxBodyBytes || request.headers.size() > limits.maxHeaderCount)
                __builtin_trap(); // a request beyond the limits got through
        }
        if (parser.bufferedBytes() > limits.maxHeaderBytes + limits.maxBodyBytes + 64)
            __builtin_trap(); // bytes held beyond what a request may hold
    }
    if (parser.state() == RequestParser::State::Failed) {
        const int s = parser.failureStatus();
        if (s != 400 && s != 411 && s != 413 && s != 414 && s != 431 && s != 505)
            __builtin_trap();
    }
}

HttpServer* server()
{
    static HttpServer* s = [] {
        auto* made = new HttpServer(fuzzLimits(), [](const HttpRequest&, const HttpReply& reply) {
            // Answered a moment later, as the receiver answers after the keychain and the commit.
            QTimer::singleShot(1, [reply] { reply.send(200, "ok\n"); });
        });
        made->listen(QHostAddress::LocalHost, 0);
        return made;
    }();
    return s;
}

void sendAndHangUp(const QByteArray& bytes)
{
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, server()->port());
    if (!client.waitForConnected(1000))
        return;
    const qsizetype cut
        = bytes.size() < 2 ? bytes.size() : static_cast<unsigned char>(bytes.at(1)) * bytes.size() / 255;
    client.write(bytes.left(cut));
    client.flush();
    QElapsedTimer clock;
    clock.start();
    const int waitMs = bytes.size() < 3 ? 0 : static_cast<unsigned char>(bytes.at(2)) % 8;
    while (clock.elapsed() < waitMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
    client.abort();
    clock.restart();
    while (clock.elapsed() < 3) // the server sees the hang-up and its deferred answer comes due
        QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static int argc = 1;
    static char name[] = "fuzz_httpfront";
    static char* argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    parseInPieces(bytes);
    if (size > 3 && data[3] % 4 == 0)
        sendAndHangUp(bytes);
    return 0;
}
