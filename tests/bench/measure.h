#pragma once

// What every benchmark reports the same way.
#include <sys/resource.h>

#include <QtMath>

// The process's peak resident memory so far, in MB with one decimal.
inline double peakRssMb()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return qRound(usage.ru_maxrss / 102.4) / 10.0;
}
