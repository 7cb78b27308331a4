#pragma once

#include "providerjob.h"

// What the Cloud API's answers mean, one function per request, so each can be tested and fuzzed without a network:
// every status and body, however malformed, gives a ProviderResult (an error when it cannot be read).
namespace MetaResponses {
// GET /{PHONE_NUMBER_ID}: the display number, verified name and quality.
ProviderResult phoneNumber(const HttpResponse& response);
// POST /{PHONE_NUMBER_ID}/messages: 200 with the message's wamid (and a pacing status for paced templates).
ProviderResult sent(const HttpResponse& response, const QString& recipient);
// POST /{PHONE_NUMBER_ID} with webhook_configuration: {"success": true} once Meta checked the URL's handshake.
ProviderResult webhookOverride(const HttpResponse& response);
// GET /{WABA_ID}/message_templates: the templates in details["templates"], the next page's cursor in
// details["next"] (only when Meta says there is a next page).
ProviderResult templatesPage(const HttpResponse& response);
// pricing_analytics: its data points as MessagingProvider::reportedCosts describes them.
ProviderResult pricingAnalytics(const HttpResponse& response);
// POST /{WABA_ID}/message_templates: {id, status, category} in details["template"].
ProviderResult templateCreated(const HttpResponse& response);
// POST /{WABA_ID}/migrate_message_templates: {"migrated_templates": [ids], "failed_templates": {id: reason}} as
// details["migrated"] (a list of the source's template ids) and details["failed"] (id -> reason). A list of
// {id, reason} objects is read as well.
ProviderResult templatesMigrated(const HttpResponse& response);
// POST /{PHONE_NUMBER_ID}/register: {"success": true}.
ProviderResult numberRegistered(const HttpResponse& response);
// POST /{WABA_ID}/subscribed_apps: {"success": true}.
ProviderResult appSubscribed(const HttpResponse& response);
// POST /{PHONE_NUMBER_ID}/media: {"id": "<MEDIA_ID>"}, the id in messageId.
ProviderResult mediaUploaded(const HttpResponse& response);
} // namespace MetaResponses
