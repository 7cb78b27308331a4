#include "profilejob.h"

void ProfileJob::finish(const ProfileOutcome& outcome)
{
    Q_EMIT finished(outcome);
    deleteLater();
}
