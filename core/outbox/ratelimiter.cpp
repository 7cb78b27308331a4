#include "ratelimiter.h"

#include <QElapsedTimer>
#include <QtMath>

namespace {
// Refilling in small steps accumulates rounding error: 3000 ms at 1/3 per second must count as one token.
constexpr double kEpsilon = 1e-9;

qint64 millisecondsUntilWhole(double tokens, double rate)
{
    return qMax<qint64>(1, qint64(qCeil((1.0 - tokens) * 1000.0 / rate - kEpsilon)));
}
} // namespace

qint64 RateLimiter::steadyClock()
{
    static const QElapsedTimer started = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return started.elapsed();
}

RateLimiter::RateLimiter(double ratePerSecond, Clock clock)
    : m_rate(ratePerSecond)
    // One message plus 5 ms of tolerance: a check up to 5 ms late loses nothing, slow rates never burst, and no
    // one-second window goes more than half a percent over the rate.
    , m_capacity(1.0 + ratePerSecond * 0.005)
    , m_tokens(1.0 + ratePerSecond * 0.005)
    , m_clock(std::move(clock))
{
    m_last = m_clock();
}

double RateLimiter::rate() const
{
    return m_rate;
}

void RateLimiter::refill()
{
    const qint64 now = m_clock();
    m_tokens = qMin(m_capacity, m_tokens + (now - m_last) * m_rate / 1000.0);
    m_last = now;
}

bool RateLimiter::tryTake(qint64* waitMs)
{
    if (m_rate <= 0)
        return true;
    refill();
    if (m_tokens >= 1.0 - kEpsilon) {
        m_tokens = qMax(0.0, m_tokens - 1.0);
        return true;
    }
    if (waitMs)
        *waitMs = millisecondsUntilWhole(m_tokens, m_rate);
    return false;
}

int RateLimiter::available(qint64* waitMs)
{
    if (m_rate <= 0)
        return 1 << 20;
    refill();
    const int whole = int(m_tokens + kEpsilon);
    if (whole == 0 && waitMs)
        *waitMs = millisecondsUntilWhole(m_tokens, m_rate);
    return whole;
}

PairLimiter::PairLimiter(qint64 intervalMs, RateLimiter::Clock clock)
    : m_interval(intervalMs), m_clock(std::move(clock))
{ }

bool PairLimiter::tryTake(const QString& recipient, qint64* waitMs)
{
    const qint64 now = m_clock();
    auto it = m_lastSent.find(recipient);
    if (it != m_lastSent.end() && now - it.value() < m_interval) {
        if (waitMs)
            *waitMs = m_interval - (now - it.value());
        return false;
    }
    m_lastSent.insert(recipient, now);
    return true;
}
