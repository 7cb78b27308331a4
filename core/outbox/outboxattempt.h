#pragma once

#include <QString>

// One time Tandem handed a row to a provider, and what came back: the row's history in Activity.
struct OutboxAttempt
{
    qint64 atMs = 0;
    qint64 profileId = 0; // the sender it went through
    QString outcome; // "accepted", or the error class's name (rate_limited, invalid_recipient, ambiguous, …)
    QString errorCode;
    QString errorExplanation; // empty for attempts made before Tandem kept it
    QString providerMessageId;
};
