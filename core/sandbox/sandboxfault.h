#pragma once

#include "sandboxreply.h"

#include <QJsonObject>
#include <QString>

#include <optional>

// Something the sandbox should do wrong, for one recipient or at random.
struct SandboxFault
{
    enum class Kind
    {
        None,
        ProviderError, // answer with the provider's error for `code` (sync), or accept and fail later (async codes)
        TooManyRequests, // HTTP 429, with Retry-After when retryAfterSeconds >= 0
        ServerError, // HTTP `httpStatus` (500, 503, …) with the provider's body for it
        MalformedBody, // HTTP 200/201 with a body that is not JSON
        Drop, // close the connection without processing the request
        DropAfterAccept, // process (and count) the message, then close without answering
        Hang, // never answer; the client's timeout decides
        HangAfterAccept, // process (and count) the message, then never answer
    };

    Kind kind = Kind::None;
    int code = 0;
    int httpStatus = 0;
    int retryAfterSeconds = -1;
    int times = -1; // how many requests it applies to; -1: every one
    // A provider error that shows up after acceptance (a failed status report) instead of in the answer. Twilio's
    // asynchronous codes (63016, 30007, …) always do.
    bool afterAcceptance = false;

    // The answer to the faults that look the same from both providers (a success status with a proxy's HTML error
    // page, a dropped connection, no answer at all); nothing for the provider-specific ones.
    std::optional<SandboxReply> transportReply(int successStatus) const;

    static SandboxFault fromJson(const QJsonObject& json);
    QJsonObject toJson() const;
};

// Faults that strike at random, for soak and retry tests. A fixed seed makes a run repeatable.
struct SandboxChaos
{
    double tooManyRequests = 0; // probability per message request
    double serverError = 0;
    double drop = 0;
    double dropAfterAccept = 0;
    double hang = 0;
    double hangAfterAccept = 0;
    int retryAfterSeconds = 1;
    quint32 seed = 1;
};
