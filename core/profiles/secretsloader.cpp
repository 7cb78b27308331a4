#include "secretsloader.h"

#include "profileservice.h"
#include "util/mailbox.h"

#include <QThread>

void loadSecretsFor(
    ProfileService& service, const Profile& profile, QObject* context, std::function<void(const ProfileOutcome&)> done)
{
    const Mailbox mailbox(context);
    auto ask = [&service, profile, mailbox, done = std::move(done)] {
        ProfileJob* job = service.loadSecrets(profile);
        QObject::connect(job, &ProfileJob::finished, job,
            [mailbox, done](const ProfileOutcome& outcome) { mailbox.post([done, outcome] { done(outcome); }); });
    };
    if (service.thread() == QThread::currentThread())
        ask();
    else
        QMetaObject::invokeMethod(&service, ask, Qt::QueuedConnection);
}
