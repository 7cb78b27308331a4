#include "retrypolicy.h"

#include <QtMath>

using namespace Qt::StringLiterals;

RetryDecision RetryPolicy::decide(
    const ProviderError& error, int attempts, int throttles, qint64 nowMs, double random) const
{
    RetryDecision d;
    switch (error.errorClass) {
    case ErrorClass::None:
        d.state = OutboxState::Accepted;
        return d;
    case ErrorClass::Authentication:
        // The row goes back to the queue; the broadcast waits for the owner to fix the credentials.
        d.state = OutboxState::Queued;
        d.pauseBroadcast = true;
        return d;
    case ErrorClass::Ambiguous:
        d.state = OutboxState::Unconfirmed;
        return d;
    case ErrorClass::Transient:
    case ErrorClass::RateLimited:
        break;
    default:
        d.state = OutboxState::Failed;
        return d;
    }
    const bool throttled = error.errorClass == ErrorClass::RateLimited;
    if (!throttled && attempts >= maxAttempts) {
        d.state = OutboxState::Failed;
        return d;
    }
    // The exponent: failed attempts for transient trouble, throttles in a row for rate limits.
    const int step = throttled ? throttles : attempts - 1;
    qint64 delay;
    if (error.code == u"131056"_s) {
        delay = qMin(maxDelayMs, qint64(qPow(4, qMin(step, 10))) * 1000); // Meta: wait 4^X seconds, X = 0, 1, 2, …
    } else {
        delay = qMin(maxDelayMs, baseDelayMs << qBound(0, step, 20));
        delay = qRound64(delay * (1.0 - jitter + 2.0 * jitter * random));
    }
    if (error.retryAfterSeconds >= 0)
        delay = qMax(delay, qint64(error.retryAfterSeconds) * 1000);
    d.state = OutboxState::RetryWait;
    d.nextAttemptAtMs = nowMs + delay;
    return d;
}
