#pragma once

#include "model/outboxstate.h"
#include "model/providererror.h"

#include <QtGlobal>

// What happens to a row after an attempt: the next state, when to try again, whether to pause the broadcast.
struct RetryDecision
{
    OutboxState state = OutboxState::Accepted;
    qint64 nextAttemptAtMs = 0; // for RetryWait
    bool pauseBroadcast = false; // Authentication: every other row would fail the same way
};

// Exponential backoff with jitter for Transient and RateLimited, honouring Retry-After and Meta's 4^X s rule for
// the pair rate limit (131056); permanent classes fail at once. A rate limit is the provider asking to slow down,
// not a failure: it never uses up a row's attempts, so a broadcast under sustained throttling slows down instead of
// failing its rows. An ambiguous outcome (no answer after the request was written) is never retried blindly: the
// row waits as unconfirmed.
class RetryPolicy
{
public:
    int maxAttempts = 6;
    qint64 baseDelayMs = 1000;
    qint64 maxDelayMs = 5 * 60 * 1000;
    double jitter = 0.2; // ±20 %

    // attempts: how many attempts have been made, including the one that just finished.
    // throttles: rate-limit answers in a row before this one.
    // random: a number in [0, 1) (injected so tests are repeatable).
    RetryDecision decide(const ProviderError& error, int attempts, int throttles, qint64 nowMs, double random) const;
};
