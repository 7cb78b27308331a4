#pragma once

#include "metawebhook.h"
#include "senderdirectory.h"
#include "util/result.h"
#include "webhookdelivery.h"

#include <QSet>
#include <QStringList>

#include <optional>

struct HttpRequest;

// Meta's calls to the receiver: the verification handshake, and event posts, which are believed only for senders
// whose own App Secret signed them. Several senders can share one Meta app (and so one secret); a change in a post
// goes to the sender whose number it names, and only if that sender is among the signers: a body signed with one
// sender's secret never moves another sender's rows.
namespace MetaHook {
// The header is shaped like Meta's signature ("sha256=" and 64 hex digits): anything else is refused unread.
bool looksSigned(const HttpRequest& request);
// The senders, of those given, whose App Secret signed this body.
QSet<qint64> signers(const HttpRequest& request, const SenderDirectory::SecretsOf& secrets);
// The challenge to send back, as it came, when the mode is "subscribe" and the verify token is one of `tokens`.
std::optional<QByteArray> handshake(const HttpRequest& request, const QStringList& tokens);
// What a signed post says, or why it is refused (in a few English words, for the log). A change that names no
// number or account belongs to `routeSender` (0: the app-wide route, where it is refused).
Result<WebhookDelivery> read(const HttpRequest& request,
    qint64 routeSender,
    const QSet<qint64>& signers,
    SenderDirectory& directory,
    qint64 nowMs);
// What a Graph API envelope says, each change given to the sender `senderOf` names (also for the unsigned envelopes
// that a host of the Cloud API forwards: KeyedHook).
Result<WebhookDelivery> deliveryOf(const QByteArray& body, qint64 nowMs, const MetaWebhookPayload::SenderOf& senderOf);
} // namespace MetaHook
