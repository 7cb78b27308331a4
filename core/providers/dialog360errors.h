#pragma once

#include "providerjob.h"

// 360dialog's answers that are not a success: Meta's own errors passed through ({"error": {"code", …}}), read as
// Meta's; and 360dialog's own, which carry no code, only an HTTP status and a developer message
// ({"meta": {"success": false, "http_code", "developer_message"}}; camelCase keys are read too). Their list:
// https://docs.360dialog.com/docs/support/api-error-message-list.
ProviderError dialog360ErrorFromResponse(const HttpResponse& response);
