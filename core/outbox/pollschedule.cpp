#include "pollschedule.h"

#include <array>

qint64 PollSchedule::firstAt(qint64 acceptedAtMs, bool hasCallback) const
{
    return acceptedAtMs + (hasCallback ? withCallbackMs : firstMs);
}

qint64 PollSchedule::nextAt(int polls, qint64 acceptedAtMs, qint64 nowMs) const
{
    // In multiples of the first wait (a minute): 5 min, 30 min, 2 h, 6 h, 12 h, then a day.
    static constexpr std::array<qint64, 6> kSteps = {5, 30, 120, 360, 720, 1440};
    const qint64 step = kSteps[size_t(qBound(0, polls - 1, int(kSteps.size()) - 1))];
    const qint64 next = nowMs + step * firstMs;
    if (next - acceptedAtMs > giveUpAfterMs) {
        // One last look at the end of the third day, unless that moment has passed.
        const qint64 last = acceptedAtMs + giveUpAfterMs;
        return last > nowMs ? last : 0;
    }
    return next;
}
