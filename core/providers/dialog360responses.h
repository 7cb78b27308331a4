#pragma once

#include "providerjob.h"

// What 360dialog's answers mean, one function per request. A success has Meta's shape where 360dialog passes the
// Cloud API through (sends) and 360dialog's own elsewhere (webhook, templates); failures are read by
// dialog360ErrorFromResponse.
namespace Dialog360Responses {
// GET /v1/configs/webhook: {"url"}; details["webhook_url"] (empty while none is set).
ProviderResult webhook(const HttpResponse& response);
// POST /messages: Meta's {"messages": [{"id": "wamid…"}]}.
ProviderResult sent(const HttpResponse& response, const QString& recipient);
// GET /v1/configs/templates: {"count", "offset", "total", "waba_templates": […]}; the next page's offset in
// details["next"] while templates are left.
ProviderResult templatesPage(const HttpResponse& response);
// POST /v1/configs/templates: the template as 360dialog stored it (id, name, status, category).
ProviderResult templateCreated(const HttpResponse& response);
// POST /media: {"id": "<MEDIA_ID>"}, the id in messageId.
ProviderResult mediaUploaded(const HttpResponse& response);
} // namespace Dialog360Responses
