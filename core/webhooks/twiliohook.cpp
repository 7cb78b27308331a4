#include "twiliohook.h"

#include "http/httprequest.h"
#include "providers/twiliocallbacks.h"
#include "senderdirectory.h"
#include "signatures.h"
#include "util/formencoding.h"

using namespace Qt::StringLiterals;

namespace TwilioHook {
qint64 senderFor(const HttpRequest& request, const WebhookRoute& route, SenderDirectory& directory)
{
    const FormFields params = decodeForm(request.body);
    const QString number = formValue(params, route.kind == WebhookRoute::Kind::TwilioInbound ? u"To"_s : u"From"_s);
    return directory.twilioSenderOf(formValue(params, u"AccountSid"_s), TwilioCallbacks::address(number));
}

Result<WebhookDelivery> read(const HttpRequest& request,
    const WebhookRoute& route,
    const Profile& sender,
    const QString& authToken,
    const QString& signedUrl,
    qint64 nowMs)
{
    if (authToken.isEmpty())
        return Result<WebhookDelivery>::failure(u"no Auth Token to check Twilio's signature with"_s);
    const FormFields params = decodeForm(request.body);
    if (!Signatures::twilioValid(authToken, signedUrl, params, request.header("X-Twilio-Signature")))
        return Result<WebhookDelivery>::failure(u"Twilio's signature does not match"_s);
    // A subaccount's token signs its own callbacks only; the account named must be the sender's.
    if (formValue(params, u"AccountSid"_s) != sender.setting(u"account_sid"_s))
        return Result<WebhookDelivery>::failure(u"Twilio's AccountSid is not the sender's"_s);
    WebhookDelivery delivery;
    if (route.kind == WebhookRoute::Kind::TwilioStatus) {
        delivery.statuses << TwilioCallbacks::status(params, sender.id, nowMs);
    } else {
        delivery.messages << TwilioCallbacks::inbound(params, sender.id, nowMs);
        delivery.answerWithTwiml = true;
    }
    return delivery;
}
} // namespace TwilioHook
