#pragma once

#include <QDateTime>

// WhatsApp's customer-service window: free text reaches a customer for 24 hours after their last message. A last
// message stamped a little in the future (a clock ahead of ours) still counts, by up to a minute.
namespace CustomerWindow {
inline constexpr qint64 kSeconds = 24 * 60 * 60;

inline QDateTime closesAt(const QDateTime& lastInbound)
{
    return lastInbound.isValid() ? lastInbound.addSecs(kSeconds) : QDateTime();
}

inline bool isOpen(const QDateTime& lastInbound, const QDateTime& now)
{
    return lastInbound.isValid() && lastInbound <= now.addSecs(60) && now < closesAt(lastInbound);
}
} // namespace CustomerWindow
