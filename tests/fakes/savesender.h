#pragma once

// Saves a sender through the core as the wizard does (settings in the database, secrets in the test's store) and
// returns it with its id; a test cannot go on without it.
#include "profiles/profileservice.h"

#include <QSignalSpy>

inline Profile saveSender(ProfileService& service, Profile profile, const QHash<QString, QString>& secrets)
{
    profile.id = 0;
    ProfileJob* job = service.create(profile, secrets);
    QSignalSpy done(job, &ProfileJob::finished);
    if (!done.wait(5000))
        qFatal("test: the sender was not saved");
    const ProfileOutcome outcome = done.first().first().value<ProfileOutcome>();
    if (!outcome.status.isOk())
        qFatal("test: %s", qPrintable(outcome.status.error()));
    return outcome.profile;
}
