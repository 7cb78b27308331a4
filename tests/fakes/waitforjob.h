#pragma once

// Waits for a provider call to finish (at most 10 s), as a screen's callback would get it.
#include "providers/providerjob.h"

#include <QSignalSpy>

inline ProviderResult waitFor(ProviderJob* job)
{
    QSignalSpy spy(job, &ProviderJob::finished);
    if (!spy.wait(10000)) {
        ProviderResult r;
        r.error.errorClass = ErrorClass::Unknown;
        r.error.explanation = QStringLiteral("no answer within 10 s");
        return r;
    }
    return spy.first().first().value<ProviderResult>();
}
