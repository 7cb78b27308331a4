#pragma once

#include "errortable.h"
#include "providerjob.h"

// Meta Cloud API error codes (error.code, sync or in webhooks) and how Tandem reads them.
std::span<const ErrorRule> metaErrorTable();
ProviderError metaErrorFromCode(int code, const QString& providerMessage, const QString& details);
// A non-2xx Graph API answer: {"error":{"message","type","code","error_data":{"details"},"fbtrace_id"}}.
ProviderError metaErrorFromResponse(const HttpResponse& response);
