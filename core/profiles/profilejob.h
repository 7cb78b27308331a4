#pragma once

#include "model/profile.h"
#include "util/result.h"

#include <QHash>
#include <QObject>

// The outcome of a profile operation that touches both the database and the keychain.
struct ProfileOutcome
{
    Status status;
    Profile profile;
    QHash<QString, QString> secrets; // field key -> value, for loads
};
Q_DECLARE_METATYPE(ProfileOutcome)

// One asynchronous profile operation; emits finished once, then deletes itself.
class ProfileJob : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    void finish(const ProfileOutcome& outcome);

Q_SIGNALS:
    void finished(const ProfileOutcome& outcome);
};
