#pragma once

#include "model/providererror.h"

#include <span>

// One row of a provider's error table: a code (or a range of codes), its class and what to tell the owner.
struct ErrorRule
{
    int first;
    int last;
    ErrorClass errorClass;
    const char* explanation; // marked with QT_TRANSLATE_NOOP("ProviderErrors", …)
};

const ErrorRule* findErrorRule(std::span<const ErrorRule> table, int code);
// The error for a provider code: its row's class and explanation, or Unknown with `unknownExplanation`.
ProviderError errorFromTable(
    std::span<const ErrorRule> table, int code, const QString& providerMessage, const QString& unknownExplanation);
// Records the HTTP status and, for errors worth retrying, the Retry-After header.
void addHttpDetails(ProviderError& error, int httpStatus, const QByteArray& retryAfter);
// The class a bare HTTP status implies when the body names no code the table knows.
ErrorClass classFromHttpStatus(int status);
QString explanationForHttpStatus(int status);
// Seconds from a Retry-After header (delta-seconds or an HTTP date); -1 when absent or unreadable.
int parseRetryAfter(const QByteArray& header);
