#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include <functional>

// A token bucket per sender: `ratePerSecond` messages a second on average, bursts of one message plus
// 5 ms' worth (20 ms' worth from 200 a second, where a one-second window also keeps every second half a percent
// under the rate; the sender pool gives it a rate half a percent under the owner's setting). 0 means unlimited. When
// the provider answers "too many requests", throttle() halves the pace, which then climbs back to the setting over half
// a minute (additive increase, multiplicative decrease), so a sender that keeps hitting its limit settles just under
// it. The clock is passed in so tests can drive time.
class RateLimiter
{
public:
    using Clock = std::function<qint64()>; // milliseconds, monotonic

    RateLimiter(double ratePerSecond, Clock clock);
    // Milliseconds since the program started, never going backwards: the clock outside tests.
    static qint64 steadyClock();

    // Takes a token if one is there; otherwise says how many milliseconds until one will be.
    bool tryTake(qint64* waitMs = nullptr);
    // Whole tokens there now (a large number when unlimited), and how long until the next one when there are none.
    int available(qint64* waitMs = nullptr);
    // The pace now (0: unlimited); below the setting for a while after throttle().
    double rate() const;
    double setting() const;
    void throttle();

    static const double kWindowedRate;

private:
    static double capacityFor(double rate);
    void refill();
    void setRate(double rate);
    bool windowAllows(qint64 now);
    qsizetype windowLimit() const;

    double m_setting;
    double m_rate;
    qint64 m_throttledAt = -1;
    double m_capacity;
    double m_tokens;
    qint64 m_last;
    QList<qint64> m_window; // when each message of the last second went, for fast senders
    Clock m_clock;
};

// Meta's pair rate limit: one message to the same person every `intervalMs` (6 s).
class PairLimiter
{
public:
    PairLimiter(qint64 intervalMs, RateLimiter::Clock clock);

    // True when a message to this recipient may go now; records it as sent if so.
    bool tryTake(const QString& recipient, qint64* waitMs = nullptr);
    // Recipients remembered now: only those messaged within the last interval.
    qsizetype remembered() const;

private:
    void forgetOld(qint64 now);

    qint64 m_interval;
    RateLimiter::Clock m_clock;
    QHash<QString, qint64> m_lastSent;
    qint64 m_lastForget = 0;
};
