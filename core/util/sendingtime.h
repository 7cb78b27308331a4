#pragma once

#include <QString>

// How long sending takes, rounded up the way an owner says it: "under a second", "about 40 seconds", "about 3
// minutes", "about 2 hours". The composer's check and the migration plan say it alike.
namespace SendingTime {
QString approx(double seconds);
} // namespace SendingTime
