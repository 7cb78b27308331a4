#include "requestparser.h"

#include <boost/beast/http/error.hpp>
#include <boost/beast/http/parser.hpp>
#include <boost/beast/http/string_body.hpp>

namespace http = boost::beast::http;

struct RequestParser::Beast
{
    http::request_parser<http::string_body> parser;
    bool headChecked = false;
};

namespace {
int statusFor(const boost::beast::error_code& ec, const char** reason)
{
    if (ec == http::error::header_limit) {
        *reason = "headers too large";
        return 431;
    }
    if (ec == http::error::body_limit) {
        *reason = "body too large";
        return 413;
    }
    *reason = "malformed request";
    return 400;
}
} // namespace

RequestParser::RequestParser(const HttpLimits& limits) : m_limits(limits)
{
    reset();
}

void RequestParser::reset()
{
    // A Beast parser reads one message: every request gets a new one.
    m_beast = std::make_unique<Beast>();
    m_beast->parser.header_limit(std::uint32_t(m_limits.maxHeaderBytes));
    m_beast->parser.body_limit(std::uint64_t(m_limits.maxBodyBytes));
    m_state = State::Incomplete;
    m_waitsForContinue = false;
    m_headBytes = 0;
}

RequestParser::~RequestParser() = default;

void RequestParser::append(QByteArrayView bytes)
{
    if (m_state == State::Failed)
        return;
    m_buffer.append(bytes.data(), bytes.size());
    parse();
}

void RequestParser::parse()
{
    auto& p = m_beast->parser;
    while (m_state == State::Incomplete && !m_buffer.isEmpty()) {
        if (!p.is_header_done()) {
            // Beast takes a head in pieces (the request line, then whole fields), so its sizes are checked here,
            // against everything of it seen so far, whatever pieces the bytes came in.
            const QByteArrayView buffered(m_buffer);
            const qsizetype lineEnd = buffered.indexOf('\n');
            if (m_headBytes == 0
                && ((lineEnd < 0 && buffered.size() > m_limits.maxRequestLineBytes)
                    || lineEnd > m_limits.maxRequestLineBytes))
                return fail(414, "request line too long");
            const qsizetype headEnd = buffered.indexOf("\r\n\r\n");
            if (m_headBytes + (headEnd < 0 ? buffered.size() : headEnd + 4) > m_limits.maxHeaderBytes)
                return fail(431, "headers too large");
            // HTTP/2's preface (or any version but 1.x) is not for an HTTP/1 server: say which version is missing.
            const QByteArrayView line = lineEnd > 0 ? buffered.first(lineEnd).trimmed() : QByteArrayView();
            if (m_headBytes == 0 && line.contains(" HTTP/") && !line.endsWith("HTTP/1.1") && !line.endsWith("HTTP/1.0"))
                return fail(505, "unsupported HTTP version");
        }
        boost::beast::error_code ec;
        const std::size_t used
            = p.put(boost::asio::const_buffer(m_buffer.constData(), std::size_t(m_buffer.size())), ec);
        if (!p.is_header_done())
            m_headBytes += qsizetype(used);
        m_buffer.remove(0, qsizetype(used));
        if (ec && ec != http::error::need_more) {
            const char* reason = "";
            const int status = statusFor(ec, &reason);
            return fail(status, reason);
        }
        if (p.is_header_done() && !m_beast->headChecked) {
            m_beast->headChecked = true;
            afterHead();
            if (m_state == State::Failed)
                return;
        }
        if (p.is_done()) {
            m_state = State::Complete;
            return;
        }
        if (used == 0)
            return; // more bytes are needed
    }
}

void RequestParser::afterHead()
{
    auto& p = m_beast->parser;
    const auto& head = p.get();
    if (head.version() != 10 && head.version() != 11)
        return fail(505, "unsupported HTTP version");
    if (std::distance(head.begin(), head.end()) > m_limits.maxHeaderCount)
        return fail(431, "too many headers");
    const bool hasBody = p.chunked() || p.content_length().has_value();
    const auto method = head.method();
    if (!hasBody && (method == http::verb::post || method == http::verb::put || method == http::verb::patch))
        return fail(411, "length required");
    const auto expect = head[http::field::expect];
    m_waitsForContinue = hasBody && !p.is_done() && boost::beast::iequals(expect, "100-continue");
    p.eager(true); // the head is checked: read the body as it comes
}

void RequestParser::fail(int status, const char* reason)
{
    m_state = State::Failed;
    m_failureStatus = status;
    m_failureReason = reason;
    m_buffer.clear();
    m_waitsForContinue = false;
}

RequestParser::State RequestParser::state() const
{
    return m_state;
}

bool RequestParser::started() const
{
    return !m_buffer.isEmpty() || m_beast->parser.got_some();
}

bool RequestParser::headDone() const
{
    return m_beast->parser.is_header_done();
}

bool RequestParser::waitsForContinue() const
{
    return m_waitsForContinue && m_state == State::Incomplete && m_buffer.isEmpty();
}

void RequestParser::continueSent()
{
    m_waitsForContinue = false;
}

int RequestParser::failureStatus() const
{
    return m_failureStatus;
}

const char* RequestParser::failureReason() const
{
    return m_failureReason;
}

qsizetype RequestParser::bufferedBytes() const
{
    return m_buffer.size() + qsizetype(m_beast->parser.get().body().size());
}

HttpRequest RequestParser::take()
{
    Q_ASSERT(m_state == State::Complete);
    auto& p = m_beast->parser;
    auto message = p.release();
    HttpRequest r;
    r.method = QByteArray(message.method_string().data(), qsizetype(message.method_string().size()));
    r.target = QByteArray(message.target().data(), qsizetype(message.target().size()));
    for (const auto& field : message)
        r.headers.append({QByteArray(field.name_string().data(), qsizetype(field.name_string().size())),
            QByteArray(field.value().data(), qsizetype(field.value().size()))});
    r.body = QByteArray(message.body().data(), qsizetype(message.body().size()));
    m_keepAlive = message.keep_alive();
    reset();
    parse();
    return r;
}

bool RequestParser::keepAlive() const
{
    return m_keepAlive;
}
