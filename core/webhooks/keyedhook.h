#pragma once

#include "model/profile.h"
#include "util/result.h"
#include "webhookdelivery.h"

struct HttpRequest;

// Posts from a provider that hosts Meta's Cloud API without signing its webhooks (360dialog): Graph API envelopes
// that carry, in WebhookPaths::keyHeader, the key Tandem gave the provider for that one sender. The key is the
// only proof, so it is compared in time that does not depend on where it differs, and everything the post says
// belongs to the sender of its route.
namespace KeyedHook {
// The header is there and no longer than a key can be: anything else is refused unread.
bool looksKeyed(const HttpRequest& request);
bool keyMatches(const HttpRequest& request, const QString& key);
// What a post with the right key says, or why it is refused (in a few English words, for the log).
Result<WebhookDelivery> read(const HttpRequest& request, const Profile& sender, qint64 nowMs);
} // namespace KeyedHook
