#include "metaerrors.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {
// Codes and advice from shared/reference/providers.md §2.5 (Meta's error-code page). Meta says to key on
// error.code, never on the title or the HTTP status.
const ErrorRule kMetaErrors[] = {
    {0, 0, ErrorClass::Authentication,
        QT_TRANSLATE_NOOP("ProviderErrors",
            "Meta could not authenticate the access token: it has expired or was "
            "revoked. Create a new token (a System User token does not expire) and "
            "enter it in the sender's settings.")},
    {1, 1, ErrorClass::Unknown,
        QT_TRANSLATE_NOOP("ProviderErrors", "Meta reported an unknown API error. Check the request details below.")},
    {2, 2, ErrorClass::Transient,
        QT_TRANSLATE_NOOP("ProviderErrors", "Meta's service is temporarily down. Tandem will try again.")},
    {3, 3, ErrorClass::Authentication,
        QT_TRANSLATE_NOOP("ProviderErrors",
            "The app lacks the capability or permission for this call. Check the "
            "app's WhatsApp permissions in Meta's App Dashboard.")},
    {4, 4, ErrorClass::RateLimited,
        QT_TRANSLATE_NOOP("ProviderErrors", "The Meta app made too many API calls. Tandem waits and tries again.")},
    {10, 10, ErrorClass::Authentication,
        QT_TRANSLATE_NOOP("ProviderErrors",
            "Permission denied: the token lacks the whatsapp_business_messaging "
            "permission, or it was removed. Create a token with that permission.")},
    {100, 100, ErrorClass::InvalidRequest,
        QT_TRANSLATE_NOOP("ProviderErrors",
            "Meta rejected a parameter (unknown, misspelled or too long), or the "
            "phone number ID is wrong. The details below name it.")},
    {190, 190, ErrorClass::Authentication,
        QT_TRANSLATE_NOOP("ProviderErrors",
            "The Meta access token has expired or is not valid. Create a new one "
            "(a System User token does not expire) and enter it in the sender's "
            "settings.")},
    {200, 299, ErrorClass::Authentication,
        QT_TRANSLATE_NOOP("ProviderErrors",
            "The token is missing a permission this call needs. Give the System "
            "User whatsapp_business_messaging and whatsapp_business_management.")},
    {368, 368, ErrorClass::PolicyBlocked,
        QT_TRANSLATE_NOOP("ProviderErrors",
            "The account is temporarily blocked for policy violations. See the "
            "account's status in WhatsApp Manager.")},
    {80007, 80007, ErrorClass::RateLimited,
        QT_TRANSLATE_NOOP("ProviderErrors",
            "The WhatsApp Business Account reached its API rate limit. Tandem waits "
            "and tries again.")},
    {130429, 130429, ErrorClass::RateLimited,
        QT_TRANSLATE_NOOP("ProviderErrors",
            "The number's sending rate was exceeded. Tandem slows down and tries "
            "again.")},
    {130472, 130472, ErrorClass::PolicyBlocked,
        QT_TRANSLATE_NOOP("ProviderErrors",
            "WhatsApp held back this marketing message because the customer is in a "
            "Meta experiment. You are not charged; sending again would fail too.")},
    {130497, 130497, ErrorClass::PolicyBlocked,
        QT_TRANSLATE_NOOP("ProviderErrors", "Your business account may not message customers in this country.")},
    {131000, 131000, ErrorClass::Transient,
        QT_TRANSLATE_NOOP("ProviderErrors",
            "Something went wrong at Meta. Tandem tries a few more times; if it keeps "
            "failing, open a Meta support ticket.")},
    {131005, 131005, ErrorClass::Authentication,
        QT_TRANSLATE_NOOP("ProviderErrors", "Access denied: the token has no permission for this phone number.")},
    {131008, 131008, ErrorClass::InvalidRequest,
        QT_TRANSLATE_NOOP("ProviderErrors", "A required parameter is missing. The details below name it.")},
    {131009, 131009, ErrorClass::InvalidRequest,
        QT_TRANSLATE_NOOP("ProviderErrors", "A parameter value is not valid. The details below say which.")},
    {131016, 131016, ErrorClass::Transient,
        QT_TRANSLATE_NOOP("ProviderErrors", "Meta's service is temporarily unavailable. Tandem will try again.")},
    {131021, 131021, ErrorClass::InvalidRecipient,
        QT_TRANSLATE_NOOP("ProviderErrors", "The recipient is your own business number. Choose another recipient.")},
    {131026, 131026, ErrorClass::InvalidRecipient,
        QT_TRANSLATE_NOOP("ProviderErrors",
            "This number cannot receive the message: it is not on WhatsApp, has not "
            "accepted the latest terms, or uses a very old app.")},
    {131030, 131030, ErrorClass::InvalidRecipient,
        QT_TRANSLATE_NOOP("ProviderErrors",
            "Your test number may only message numbers on its allowed list. Add this "
            "number to the list in the App Dashboard, or use a production number.")},
    {131031, 131031, ErrorClass::Authentication,
        QT_TRANSLATE_NOOP("ProviderErrors",
            "The business account is locked (a policy violation or a wrong two-step "
            "PIN). See WhatsApp Manager.")},
    {131042, 131042, ErrorClass::Authentication,
        QT_TRANSLATE_NOOP("ProviderErrors",
            "Meta refused because of a payment problem: add or fix the payment "
            "method of the WhatsApp Business Account.")},
    {131045, 131045, ErrorClass::Authentication,
        QT_TRANSLATE_NOOP("ProviderErrors",
            "The phone number is not registered correctly. Register it again in "
            "WhatsApp Manager.")},
    {131047, 131047, ErrorClass::OutsideWindow,
        QT_TRANSLATE_NOOP("ProviderErrors",
            "More than 24 hours since this customer wrote to you: WhatsApp only "
            "allows an approved template now. Send a template instead.")},
    {131048, 131048, ErrorClass::PolicyBlocked,
        QT_TRANSLATE_NOOP("ProviderErrors",
            "Too many earlier messages were blocked or reported as spam, so WhatsApp "
            "is limiting this number. Improve message quality and try later.")},
    {131049, 131049, ErrorClass::PolicyBlocked,
        QT_TRANSLATE_NOOP("ProviderErrors",
            "WhatsApp did not deliver this marketing message to keep the customer's "
            "engagement healthy. Do not resend within 24 hours.")},
    {131050, 131050, ErrorClass::OptedOut,
        QT_TRANSLATE_NOOP("ProviderErrors",
            "This customer stopped marketing messages from your business. Tandem "
            "marks them as opted out; do not resend.")},
    {131051, 131051, ErrorClass::InvalidRequest,
        QT_TRANSLATE_NOOP("ProviderErrors", "WhatsApp does not support this message type.")},
    {131052, 131053, ErrorClass::InvalidRequest,
        QT_TRANSLATE_NOOP("ProviderErrors",
            "The media could not be processed. Check the link opens without a login "
            "and the file type and size are ones WhatsApp accepts.")},
    {131056, 131056, ErrorClass::RateLimited,
        QT_TRANSLATE_NOOP("ProviderErrors",
            "Too many messages to this one customer in a short time. Tandem waits "
            "before sending to them again; other customers are not affected.")},
    {131057, 131057, ErrorClass::Transient,
        QT_TRANSLATE_NOOP("ProviderErrors", "The account is in maintenance for a minute. Tandem tries again shortly.")},
    {131063, 131063, ErrorClass::PolicyBlocked,
        QT_TRANSLATE_NOOP("ProviderErrors", "Marketing templates are switched off for Cloud API on this account.")},
    {131064, 131064, ErrorClass::PolicyBlocked,
        QT_TRANSLATE_NOOP("ProviderErrors",
            "The messaging limit was lowered because of template classification "
            "violations. Wait until the enforcement ends.")},
    {132000, 132000, ErrorClass::TemplateProblem,
        QT_TRANSLATE_NOOP("ProviderErrors",
            "The number of template variables does not match the template. Give "
            "every variable a value.")},
    {132001, 132001, ErrorClass::TemplateProblem,
        QT_TRANSLATE_NOOP("ProviderErrors",
            "This template does not exist in this language or is not approved yet. "
            "Check its name and language in WhatsApp Manager.")},
    {132005, 132005, ErrorClass::TemplateProblem,
        QT_TRANSLATE_NOOP("ProviderErrors",
            "With its variables filled in, the template is too long. Shorten the "
            "values.")},
    {132007, 132007, ErrorClass::TemplateProblem,
        QT_TRANSLATE_NOOP("ProviderErrors",
            "A variable breaks WhatsApp's formatting rules (for example a newline, a "
            "tab or more than four spaces in a row).")},
    {132012, 132012, ErrorClass::TemplateProblem,
        QT_TRANSLATE_NOOP("ProviderErrors",
            "A template variable has the wrong format for the template (for example "
            "text where an image is expected).")},
    {132018, 132018, ErrorClass::TemplateProblem,
        QT_TRANSLATE_NOOP("ProviderErrors",
            "A template variable contains a line break, a tab or more than four spaces "
            "in a row, which WhatsApp does not allow. Edit the value.")},
    {132015, 132016, ErrorClass::TemplateProblem,
        QT_TRANSLATE_NOOP("ProviderErrors",
            "This template was paused or disabled by WhatsApp for low quality. Edit "
            "it or use another template.")},
    {133010, 133010, ErrorClass::Authentication,
        QT_TRANSLATE_NOOP("ProviderErrors",
            "The phone number is not registered for sending through the Cloud API yet. Register it "
            "with a 6-digit PIN: Register the number in the migration assistant, or tandem-cli migrate register.")},
    {135000, 135000, ErrorClass::InvalidRequest,
        QT_TRANSLATE_NOOP("ProviderErrors",
            "Meta rejected the request with a generic user error. Check the details "
            "below.")},
};
} // namespace

std::span<const ErrorRule> metaErrorTable()
{
    return kMetaErrors;
}

ProviderError metaErrorFromCode(int code, const QString& providerMessage, const QString& details)
{
    const QString message = details.isEmpty() ? providerMessage : providerMessage + u" ("_s + details + u')';
    return errorFromTable(metaErrorTable(), code, message,
        QCoreApplication::translate("ProviderErrors", "Meta reported error %1: %2").arg(code).arg(message));
}

ProviderError metaErrorFromResponse(const HttpResponse& response)
{
    const QJsonDocument document = QJsonDocument::fromJson(response.body);
    const QJsonObject error = document.object().value(u"error"_s).toObject();
    ProviderError e;
    if (error.contains(u"code"_s)) {
        const QString details = error.value(u"error_data"_s).toObject().value(u"details"_s).toString();
        e = metaErrorFromCode(error.value(u"code"_s).toInt(), error.value(u"message"_s).toString(), details);
        if (e.errorClass == ErrorClass::Unknown && error.value(u"is_transient"_s).toBool())
            e.errorClass = ErrorClass::Transient;
    } else {
        e.errorClass = classFromHttpStatus(response.status);
        e.code = u"http-%1"_s.arg(response.status);
        e.explanation = explanationForHttpStatus(response.status);
        if (document.isNull() && response.status < 500)
            e.explanation += u' '
                + QCoreApplication::translate(
                    "ProviderErrors", "Its answer was not the JSON the Cloud API sends; check the API address.");
    }
    addHttpDetails(e, response.status, response.retryAfter);
    return e;
}
