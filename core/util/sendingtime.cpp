#include "sendingtime.h"

#include <QCoreApplication>

#include <cmath>

namespace SendingTime {
QString approx(double seconds)
{
    // Translated in the composer's check ("PreflightView"), where these words were first said.
    if (seconds < 1)
        return QCoreApplication::translate("PreflightView", "under a second");
    const int s = int(std::ceil(seconds));
    const int minutes = (s + 59) / 60;
    const int hours = (s + 3599) / 3600;
    if (s < 120)
        return QCoreApplication::translate("PreflightView", "about %n second(s)", nullptr, s);
    if (s < 2 * 3600)
        return QCoreApplication::translate("PreflightView", "about %n minute(s)", nullptr, minutes);
    return QCoreApplication::translate("PreflightView", "about %n hour(s)", nullptr, hours);
}
} // namespace SendingTime
