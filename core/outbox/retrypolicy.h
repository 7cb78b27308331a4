#pragma once

#include "model/providererror.h"
#include "outboxstate.h"

#include <QtGlobal>

#include <functional>

// What happens to a row after an attempt: the next state, when to try again, whether to pause the broadcast.
struct RetryDecision
{
    OutboxState state = OutboxState::Accepted;
    qint64 nextAttemptAtMs = 0; // for RetryWait
    bool pauseBroadcast = false; // Authentication: every other row would fail the same way
};

// Exponential backoff with jitter for Transient and RateLimited, honouring Retry-After and Meta's 4^X s rule for
// the pair rate limit (131056); permanent classes fail at once.
class RetryPolicy
{
public:
    int maxAttempts = 6;
    qint64 baseDelayMs = 1000;
    qint64 maxDelayMs = 5 * 60 * 1000;
    double jitter = 0.2; // ±20 %

    // attempts: how many attempts have been made, including the one that just finished.
    // random: a number in [0, 1) (injected so tests are repeatable).
    RetryDecision decide(const ProviderError& error, int attempts, qint64 nowMs, double random) const;
};
