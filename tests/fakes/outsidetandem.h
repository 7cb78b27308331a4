#pragma once

// Free text to customers who wrote to the business outside Tandem (the owner's --ignore-window): the tests of how
// Tandem sends (pace, retries, crashes, reports) use it, so Admission's last look at each row lets their free text
// go to recipients with no 24-hour window on record. The rules themselves are tested in tst_admission.
#include "outbox/broadcasts.h"

inline OutboxBroadcastOptions outsideTandem(OutboxBroadcastOptions options = {})
{
    options.ignoreWindow = true;
    return options;
}
