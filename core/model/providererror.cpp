#include "providererror.h"

#include <QJsonObject>

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace {
const std::array<std::pair<ErrorClass, const char16_t*>, 12> kNames = {{
    {ErrorClass::None, u"none"},
    {ErrorClass::Transient, u"transient"},
    {ErrorClass::RateLimited, u"rate_limited"},
    {ErrorClass::Authentication, u"authentication"},
    {ErrorClass::InvalidRecipient, u"invalid_recipient"},
    {ErrorClass::OutsideWindow, u"outside_window"},
    {ErrorClass::TemplateProblem, u"template_problem"},
    {ErrorClass::OptedOut, u"opted_out"},
    {ErrorClass::PolicyBlocked, u"policy_blocked"},
    {ErrorClass::InvalidRequest, u"invalid_request"},
    {ErrorClass::Unknown, u"unknown"},
    {ErrorClass::Ambiguous, u"ambiguous"},
}};
} // namespace

QString errorClassName(ErrorClass c)
{
    for (const auto& [value, name] : kNames) {
        if (value == c)
            return QString::fromUtf16(name);
    }
    return u"unknown"_s;
}

ErrorClass errorClassFromName(const QString& name)
{
    for (const auto& [value, text] : kNames) {
        if (name == QString::fromUtf16(text))
            return value;
    }
    return ErrorClass::Unknown;
}

QJsonObject providerErrorToJson(const ProviderError& error)
{
    QJsonObject json {{u"error_class"_s, errorClassName(error.errorClass)}, {u"code"_s, error.code},
        {u"explanation"_s, error.explanation}};
    if (!error.providerMessage.isEmpty())
        json.insert(u"provider_message"_s, error.providerMessage);
    if (error.httpStatus != 0)
        json.insert(u"http_status"_s, error.httpStatus);
    if (error.retryAfterSeconds >= 0)
        json.insert(u"retry_after"_s, error.retryAfterSeconds);
    return json;
}
