#pragma once

#include "profilejob.h"

#include <functional>

class ProfileService;
class QObject;

// Reads a sender's secrets through the profile service on the service's thread (where the keychain is used) and
// hands them to `done` on the thread of `context`, not at all if `context` is gone by then. Workers on other threads
// (the outbox thread, the webhook receiver's) read tokens this way.
void loadSecretsFor(ProfileService& service,
    const Profile& profile,
    QObject* context,
    std::function<void(const ProfileOutcome& outcome)> done);
