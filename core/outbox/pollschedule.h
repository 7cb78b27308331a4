#pragma once

#include <QtGlobal>

// When Tandem asks Twilio for the status of a message it sent (Twilio answers a fetch of the message; Meta reports
// only to a webhook). Without a status callback the first question comes a minute after acceptance, then after
// 5 minutes, 30 minutes, 2, 6, 12 and 24 hours, and every day until three days have passed: most messages are
// delivered and read within minutes, and a phone that is off for a weekend still gets counted. With a callback
// Twilio tells Tandem itself; one question an hour later catches a callback that was lost.
struct PollSchedule
{
    qint64 firstMs = 60 * 1000; // after acceptance, without a callback; later steps scale with it
    qint64 withCallbackMs = 60 * 60 * 1000; // after acceptance, with a callback
    qint64 giveUpAfterMs = 3LL * 24 * 60 * 60 * 1000; // after acceptance

    // The first question, for a message accepted at acceptedAtMs.
    qint64 firstAt(qint64 acceptedAtMs, bool hasCallback) const;
    // The question after `polls` questions were asked (the last at nowMs); 0 when it is time to stop.
    qint64 nextAt(int polls, qint64 acceptedAtMs, qint64 nowMs) const;
};
