#pragma once

// What every benchmark reports the same way.
#include <sys/resource.h>

#include <QtMath>

// The CPU time this process has used so far, user and system, in milliseconds.
inline double cpuMs()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000.0
        + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000.0;
}

// The process's peak resident memory so far, in MB with one decimal.
inline double peakRssMb()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return qRound(usage.ru_maxrss / 102.4) / 10.0;
}
