#include "twilioerrors.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {
// Codes and advice from shared/reference/providers.md §1.6 and Twilio's error dictionary.
const ErrorRule kTwilioErrors[] = {
    {20003, 20003, ErrorClass::Authentication,
        QT_TRANSLATE_NOOP("ProviderErrors",
            "Twilio did not accept the Account SID and Auth Token (or API key). Copy "
            "them again from the Twilio Console and check the account is active.")},
    {20404, 20404, ErrorClass::InvalidRequest,
        QT_TRANSLATE_NOOP("ProviderErrors", "Twilio could not find this account or message. Check the Account SID.")},
    {20429, 20429, ErrorClass::RateLimited,
        QT_TRANSLATE_NOOP("ProviderErrors",
            "Twilio is receiving too many requests at once from this account. "
            "Tandem slows down and tries again.")},
    {21211, 21211, ErrorClass::InvalidRecipient,
        QT_TRANSLATE_NOOP("ProviderErrors", "This phone number is not valid. Check it, including the country code.")},
    {21408, 21408, ErrorClass::PolicyBlocked,
        QT_TRANSLATE_NOOP("ProviderErrors",
            "Your Twilio account may not send to this country. Enable it under "
            "Messaging > Settings > Geo permissions in the Twilio Console; the "
            "change takes effect at once.")},
    {21602, 21602, ErrorClass::InvalidRequest,
        QT_TRANSLATE_NOOP("ProviderErrors", "The message has no text. Write a message or choose a template.")},
    {21603, 21603, ErrorClass::InvalidRequest,
        QT_TRANSLATE_NOOP("ProviderErrors",
            "The sender has neither a WhatsApp number nor a Messaging Service. Set "
            "one of them in the sender's settings.")},
    {21604, 21604, ErrorClass::InvalidRecipient,
        QT_TRANSLATE_NOOP("ProviderErrors", "The message has no recipient number.")},
    {21610, 21610, ErrorClass::OptedOut,
        QT_TRANSLATE_NOOP("ProviderErrors",
            "This customer replied STOP to your number. Twilio will not deliver to "
            "them until they send START; Tandem marks them as opted out.")},
    {21617, 21617, ErrorClass::InvalidRequest,
        QT_TRANSLATE_NOOP("ProviderErrors", "The text is longer than Twilio's 1,600-character limit. Shorten it.")},
    {21619, 21619, ErrorClass::InvalidRequest,
        QT_TRANSLATE_NOOP("ProviderErrors", "The message needs text, a media link or a template.")},
    {21620, 21620, ErrorClass::InvalidRequest,
        QT_TRANSLATE_NOOP("ProviderErrors",
            "A media link is not a valid public web address. Use a link that starts "
            "with https:// and opens without a login.")},
    {21655, 21655, ErrorClass::TemplateProblem,
        QT_TRANSLATE_NOOP("ProviderErrors",
            "Twilio does not know this Content template (ContentSid). Check the "
            "template's SID (HX…) in Twilio's Content Template Builder.")},
    {21656, 21656, ErrorClass::TemplateProblem,
        QT_TRANSLATE_NOOP("ProviderErrors",
            "The template's variables were not accepted. Check that every variable "
            "of the template has a value.")},
    {30007, 30007, ErrorClass::PolicyBlocked,
        QT_TRANSLATE_NOOP("ProviderErrors",
            "The message was filtered as possible spam. Change the wording; if it "
            "keeps happening, contact Twilio support with a few message SIDs.")},
    {30036, 30036, ErrorClass::Transient,
        QT_TRANSLATE_NOOP("ProviderErrors",
            "The message waited too long in Twilio's queue and expired. It can be "
            "sent again.")},
    {63003, 63003, ErrorClass::InvalidRecipient,
        QT_TRANSLATE_NOOP("ProviderErrors",
            "WhatsApp could not find this recipient. Check the number is on "
            "WhatsApp.")},
    {63007, 63007, ErrorClass::Authentication,
        QT_TRANSLATE_NOOP("ProviderErrors",
            "Twilio has no WhatsApp sender for your 'From' number on this account. "
            "Check the number, and that it is approved for WhatsApp in the Twilio "
            "Console.")},
    {63016, 63016, ErrorClass::OutsideWindow,
        QT_TRANSLATE_NOOP("ProviderErrors",
            "More than 24 hours since this customer wrote to you: WhatsApp only "
            "allows an approved template now. Send a template instead.")},
    {63017, 63017, ErrorClass::RateLimited,
        QT_TRANSLATE_NOOP("ProviderErrors",
            "Your Twilio account is sending faster than its limit. Tandem slows down "
            "and tries again.")},
    {63018, 63018, ErrorClass::RateLimited,
        QT_TRANSLATE_NOOP("ProviderErrors",
            "WhatsApp's sending limit for this number was reached (the Twilio "
            "Sandbox allows one message every 3 seconds; business numbers have a "
            "daily limit of new customers). Tandem waits and tries again.")},
    {63024, 63024, ErrorClass::InvalidRecipient,
        QT_TRANSLATE_NOOP("ProviderErrors",
            "This number cannot receive WhatsApp messages: it is not on WhatsApp, "
            "has not accepted WhatsApp's terms, or uses a very old app.")},
    {63027, 63027, ErrorClass::TemplateProblem,
        QT_TRANSLATE_NOOP("ProviderErrors", "The template does not exist in this language or is not approved yet.")},
    {63028, 63028, ErrorClass::TemplateProblem,
        QT_TRANSLATE_NOOP("ProviderErrors",
            "The number of template variables does not match the template. Give "
            "every variable a value.")},
    {63029, 63029, ErrorClass::InvalidRecipient,
        QT_TRANSLATE_NOOP("ProviderErrors", "WhatsApp could not deliver this message to the customer's app.")},
    {63032, 63032, ErrorClass::PolicyBlocked,
        QT_TRANSLATE_NOOP("ProviderErrors",
            "WhatsApp held back this marketing message because the customer is in a "
            "Meta experiment. You are not charged; sending again would fail too.")},
};
} // namespace

std::span<const ErrorRule> twilioErrorTable()
{
    return kTwilioErrors;
}

ProviderError twilioErrorFromCode(int code, const QString& providerMessage)
{
    return errorFromTable(twilioErrorTable(), code, providerMessage,
        QCoreApplication::translate(
            "ProviderErrors", "Twilio reported error %1: %2 See https://www.twilio.com/docs/errors/%1 for what to do.")
            .arg(code)
            .arg(providerMessage));
}

ProviderError twilioErrorFromResponse(const HttpResponse& response)
{
    const QJsonObject body = QJsonDocument::fromJson(response.body).object();
    const int code = body.value(u"code"_s).toInt();
    QString message = body.value(u"message"_s).toString();
    if (message.isEmpty())
        message = body.value(u"detail"_s).toString(); // RFC 9457 problem bodies
    ProviderError e;
    if (code != 0 && findErrorRule(twilioErrorTable(), code)) {
        e = twilioErrorFromCode(code, message);
    } else {
        e.errorClass = classFromHttpStatus(response.status);
        e.code = code != 0 ? QString::number(code) : u"http-%1"_s.arg(response.status);
        e.providerMessage = message;
        e.explanation = explanationForHttpStatus(response.status);
        if (!message.isEmpty())
            e.explanation += u' ' + QCoreApplication::translate("ProviderErrors", "Twilio said: %1").arg(message);
    }
    addHttpDetails(e, response.status, response.retryAfter);
    return e;
}
