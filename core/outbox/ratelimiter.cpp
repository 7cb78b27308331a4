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
} // namespace

// From this pace on, the bucket holds 20 ms' worth and a one-second window caps it.
const double RateLimiter::kWindowedRate = 200.0;

namespace {

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
    , m_capacity(capacityFor(qMax(0.0, ratePerSecond)))
    , m_tokens(capacityFor(qMax(0.0, ratePerSecond)))
    , m_clock(std::move(clock))
{
    m_last = m_clock();
}

double RateLimiter::capacityFor(double rate)
{
    // One message plus some tolerance, so a check that comes late loses nothing: 5 ms' worth (slow rates never
    // burst), and 20 ms' worth from 200 a second, where a few milliseconds of a busy thread would otherwise cost a
    // percent of the pace. The one-second window below keeps the larger burst from going over the rate.
    if (rate <= 0)
        return 1.0;
    return 1.0 + rate * (rate >= kWindowedRate ? 0.02 : 0.005);
}

qsizetype RateLimiter::windowLimit() const
{
    // Half a percent under the rate: the provider counts arrivals, and a few milliseconds of jitter on the way can
    // move a message sent at the end of one second into the next.
    return qsizetype(m_rate * 0.995 + kEpsilon);
}

bool RateLimiter::windowAllows(qint64 now)
{
    // Fast senders: never more than the rate in any one second, counted over the sends of the last second.
    if (m_rate < kWindowedRate)
        return true;
    while (!m_window.isEmpty() && now - m_window.first() >= 1000)
        m_window.removeFirst();
    return m_window.size() < windowLimit();
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
    m_capacity = capacityFor(rate);
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
    const qint64 now = m_clock();
    if (!windowAllows(now)) {
        if (waitMs)
            *waitMs = qMax<qint64>(1, 1000 - (now - m_window.first()));
        return false;
    }
    if (m_tokens >= 1.0 - kEpsilon) {
        m_tokens = qMax(0.0, m_tokens - 1.0);
        if (m_rate >= kWindowedRate)
            m_window.append(now);
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
    const qint64 now = m_clock();
    int whole = int(m_tokens + kEpsilon);
    if (m_rate >= kWindowedRate) {
        windowAllows(now);
        whole = qMin(whole, int(windowLimit() - m_window.size()));
        if (whole <= 0) {
            if (waitMs)
                *waitMs = m_tokens < 1.0 - kEpsilon ? millisecondsUntilWhole(m_tokens, m_rate)
                                                    : qMax<qint64>(1, 1000 - (now - m_window.first()));
            return 0;
        }
        return whole;
    }
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
