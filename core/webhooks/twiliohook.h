#pragma once

#include "util/result.h"
#include "webhookdelivery.h"
#include "webhookroute.h"

#include "model/profile.h"

struct HttpRequest;
class SenderDirectory;

// Twilio's callbacks to the receiver (status reports and customers' messages), checked before a word of them is
// believed: the signature over the address Twilio called and the parameters, with the sender's Auth Token; and the
// AccountSid, which must be the sender's own, so one Twilio account's callbacks never move another's rows.
namespace TwilioHook {
// The sender an account-wide route (/twilio/status, /twilio/inbound) means: the one of this AccountSid whose number
// the message went from (or came to). 0 when there is none.
qint64 senderFor(const HttpRequest& request, const WebhookRoute& route, SenderDirectory& directory);
// What the request says, or why it is refused (in a few English words, for the log). `signedUrl` is the address
// Twilio called, as it signs it.
Result<WebhookDelivery> read(const HttpRequest& request,
    const WebhookRoute& route,
    const Profile& sender,
    const QString& authToken,
    const QString& signedUrl,
    qint64 nowMs);
} // namespace TwilioHook
