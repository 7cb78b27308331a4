#include "ratelimiter.h"

#include <QElapsedTimer>
#include <QtMath>

namespace {
// Refilling in small steps accumulates rounding error: 3000 ms at 1/3 per second must count as one token.
constexpr double kEpsilon = 1e-9;

// How long the pace takes to climb from nothing back to the setting after a throttle.
constexpr double kRecoveryMs = 30000.0;
// An unlimited sender that was throttled starts from this pace and doubles every few seconds until it is fast
// enough to count as unlimited again.
constexpr double kUnlimitedThrottledRate = 100.0;
constexpr double kUnlimitedAgain = 6400.0;
constexpr double kDoublingMs = 3000.0;
constexpr qint64 kThrottleQuietMs = 1000;

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
    : m_setting(qMax(0.0, ratePerSecond))
    , m_rate(qMax(0.0, ratePerSecond))
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

double RateLimiter::setting() const
{
    return m_setting;
}

void RateLimiter::setRate(double rate)
{
    m_rate = rate;
    m_capacity = rate > 0 ? 1.0 + rate * 0.005 : 1.0;
    m_tokens = qMin(m_tokens, m_capacity);
}

void RateLimiter::throttle()
{
    refill();
    // Answers to requests sent before the last slow-down still come back "too many": one slow-down a second is
    // enough, or a burst of them would bring the pace down to nothing.
    const qint64 now = m_clock();
    if (m_throttledAt >= 0 && now - m_throttledAt < kThrottleQuietMs)
        return;
    m_throttledAt = now;
    const double from = m_rate > 0 ? m_rate : kUnlimitedThrottledRate;
    const double floor = m_setting > 0 ? qMin(1.0, m_setting) : 1.0;
    setRate(qMax(floor, from / 2.0));
}

void RateLimiter::refill()
{
    const qint64 now = m_clock();
    const qint64 elapsed = now - m_last;
    m_tokens = qMin(m_capacity, m_tokens + elapsed * m_rate / 1000.0);
    m_last = now;
    if (elapsed <= 0 || m_rate == m_setting)
        return;
    // Recovering from a throttle.
    if (m_setting > 0)
        setRate(qMin(m_setting, m_rate + m_setting * elapsed / kRecoveryMs));
    else if (m_rate > 0)
        setRate(m_rate * qPow(2.0, elapsed / kDoublingMs) >= kUnlimitedAgain
                ? 0.0
                : m_rate * qPow(2.0, elapsed / kDoublingMs));
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
{
    m_lastForget = m_clock();
}

void PairLimiter::forgetOld(qint64 now)
{
    // A broadcast to 100,000 people would otherwise keep 100,000 entries; once a recipient's interval is over,
    // nothing is left to remember. Sweeping once an interval keeps the cost per message constant.
    if (now - m_lastForget < m_interval)
        return;
    m_lastForget = now;
    m_lastSent.removeIf(
        [this, now](const QHash<QString, qint64>::iterator it) { return now - it.value() >= m_interval; });
}

qsizetype PairLimiter::remembered() const
{
    return m_lastSent.size();
}

bool PairLimiter::tryTake(const QString& recipient, qint64* waitMs)
{
    const qint64 now = m_clock();
    forgetOld(now);
    auto it = m_lastSent.find(recipient);
    if (it != m_lastSent.end() && now - it.value() < m_interval) {
        if (waitMs)
            *waitMs = m_interval - (now - it.value());
        return false;
    }
    m_lastSent.insert(recipient, now);
    return true;
}
