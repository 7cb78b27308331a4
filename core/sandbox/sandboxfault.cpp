#include "sandboxfault.h"

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace {
const std::array<std::pair<SandboxFault::Kind, const char16_t*>, 9> kKinds = {{
    {SandboxFault::Kind::None, u"none"},
    {SandboxFault::Kind::ProviderError, u"provider_error"},
    {SandboxFault::Kind::TooManyRequests, u"http_429"},
    {SandboxFault::Kind::ServerError, u"http_5xx"},
    {SandboxFault::Kind::MalformedBody, u"malformed_body"},
    {SandboxFault::Kind::Drop, u"drop"},
    {SandboxFault::Kind::DropAfterAccept, u"drop_after_accept"},
    {SandboxFault::Kind::Hang, u"hang"},
    {SandboxFault::Kind::HangAfterAccept, u"hang_after_accept"},
}};
} // namespace

SandboxFault SandboxFault::fromJson(const QJsonObject& json)
{
    SandboxFault fault;
    const QString kind = json.value(u"kind"_s).toString();
    for (const auto& [value, name] : kKinds) {
        if (kind == QString::fromUtf16(name))
            fault.kind = value;
    }
    fault.code = json.value(u"code"_s).toInt();
    fault.httpStatus = json.value(u"http_status"_s).toInt(fault.kind == Kind::ServerError ? 500 : 0);
    fault.retryAfterSeconds = json.value(u"retry_after"_s).toInt(-1);
    fault.times = json.value(u"times"_s).toInt(-1);
    fault.afterAcceptance = json.value(u"after_accept"_s).toBool();
    return fault;
}

QJsonObject SandboxFault::toJson() const
{
    QString name;
    for (const auto& [value, text] : kKinds) {
        if (value == kind)
            name = QString::fromUtf16(text);
    }
    return {{u"kind"_s, name}, {u"code"_s, code}, {u"http_status"_s, httpStatus}, {u"retry_after"_s, retryAfterSeconds},
        {u"times"_s, times}, {u"after_accept"_s, afterAcceptance}};
}

std::optional<SandboxReply> SandboxFault::transportReply(int successStatus) const
{
    switch (kind) {
    case Kind::MalformedBody: {
        SandboxReply reply;
        reply.status = successStatus;
        reply.contentType = "text/html";
        reply.body = "<html><body><h1>502 Bad Gateway</h1></body></html>";
        return reply;
    }
    case Kind::Drop:
        return SandboxReply::withAction(SandboxReply::Action::Drop);
    case Kind::Hang:
        return SandboxReply::withAction(SandboxReply::Action::Hang);
    default:
        return std::nullopt;
    }
}
