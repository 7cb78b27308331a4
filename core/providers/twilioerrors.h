#pragma once

#include "errortable.h"
#include "providerjob.h"

// Twilio's error codes (sync REST errors and async ErrorCode values) and how Tandem reads them.
std::span<const ErrorRule> twilioErrorTable();
ProviderError twilioErrorFromCode(int code, const QString& providerMessage);
// A non-2xx REST answer: {"code","message","more_info","status"} or an RFC 9457 problem body.
ProviderError twilioErrorFromResponse(const HttpResponse& response);
