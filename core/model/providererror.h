#pragma once

#include <QMetaType>
#include <QString>

// Every failure a provider can report, reduced to what Tandem should do about it. Retry decisions read the
// class, never the text.
enum class ErrorClass
{
    None,
    Transient, // try again later (network trouble, 5xx, provider hiccup)
    RateLimited, // try again after retryAfterSeconds
    Authentication, // credentials wrong or expired: stop and ask the owner
    InvalidRecipient, // not a WhatsApp number, malformed number
    OutsideWindow, // more than 24 h since the customer wrote: needs a template
    TemplateProblem, // template missing, not approved, wrong parameters
    OptedOut, // the customer asked not to be messaged
    PolicyBlocked, // blocked by WhatsApp/Twilio policy, region or account state
    InvalidRequest, // Tandem or the owner sent something the API rejects
    Unknown,
    // The request reached the provider but no answer came back (the connection closed or the wait ran out after
    // it was written, or the answer could not be read): the message may or may not have gone out. Never resent
    // blindly; Tandem asks the provider where it can, and otherwise the owner decides.
    Ambiguous,
};

QString errorClassName(ErrorClass c); // stable identifiers for JSON, the database and logs
ErrorClass errorClassFromName(const QString& name);

struct ProviderError
{
    ErrorClass errorClass = ErrorClass::None;
    QString code; // the provider's own code ("63016", "131047"), or "http-503", "network-timeout"
    QString explanation; // translated: what happened and what the owner should do
    QString providerMessage; // the provider's own text, for the details view
    int httpStatus = 0;
    int retryAfterSeconds = -1; // from Retry-After or the provider's rule; -1 when not given
    QString rawBody; // the response body with secrets removed

    bool isError() const
    {
        return errorClass != ErrorClass::None;
    }
    bool isRetryable() const
    {
        return errorClass == ErrorClass::Transient || errorClass == ErrorClass::RateLimited;
    }
};
Q_DECLARE_METATYPE(ProviderError)

class QJsonObject;
// {"error_class", "code", "explanation", "provider_message", "http_status", "retry_after"}; never a secret.
QJsonObject providerErrorToJson(const ProviderError& error);
