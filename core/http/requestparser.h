#pragma once

#include "httplimits.h"
#include "httprequest.h"

#include <QByteArray>

#include <memory>

// Reads HTTP/1.x requests from bytes as they arrive, one request at a time, within HttpLimits. Boost.Beast's parser
// does the reading (request line, headers, Content-Length and chunked bodies, each checked as RFC 9112 asks); this
// class adds what Beast does not check (the request line's length, the number of headers, a body without a length),
// and says which HTTP status a request that breaks a rule gets. Bytes after a complete request (a pipelined one)
// wait here until the first is taken.
class RequestParser
{
public:
    enum class State
    {
        Incomplete,
        Complete, // take() it
        Failed, // answer failureStatus() and close the connection
    };

    explicit RequestParser(const HttpLimits& limits);
    ~RequestParser();
    RequestParser(const RequestParser&) = delete;
    RequestParser& operator=(const RequestParser&) = delete;

    // Adds bytes and reads as far as they go.
    void append(QByteArrayView bytes);
    State state() const;
    // Some of the current request has arrived (its first byte, at least).
    bool started() const;
    bool headDone() const;
    // The head asked for "100 Continue" before the body is sent, and none of it has come yet. Cleared by
    // continueSent().
    bool waitsForContinue() const;
    void continueSent();
    int failureStatus() const;
    // Why, in a few English words, for the receiver's log (never anything the client sent).
    const char* failureReason() const;
    // Bytes of requests held here: the current one's and any pipelined after it.
    qsizetype bufferedBytes() const;

    // The complete request; the parser then reads the next one from what is buffered.
    HttpRequest take();
    // Whether the connection stays open after the request last taken (HTTP/1.1 unless "Connection: close").
    bool keepAlive() const;

private:
    void reset();
    void parse();
    void afterHead();
    void fail(int status, const char* reason);

    struct Beast;
    const HttpLimits m_limits;
    std::unique_ptr<Beast> m_beast;
    QByteArray m_buffer;
    qsizetype m_headBytes = 0; // of the current request, taken by Beast already
    State m_state = State::Incomplete;
    int m_failureStatus = 0;
    const char* m_failureReason = "";
    bool m_waitsForContinue = false;
    bool m_keepAlive = true;
};
