#pragma once

// The app as main() builds it (AppContext), in demo mode so the sandbox runs in-process and the database is
// temporary, with the secret store the test chooses.
#include "appcontext.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

inline std::unique_ptr<AppContext> makeTestApp(std::unique_ptr<SecretStore> secrets)
{
    Result<std::unique_ptr<AppContext>> context = AppContext::create(QString(), true, std::move(secrets));
    if (!context.isOk())
        qFatal("test app: %s", qPrintable(context.error()));
    std::unique_ptr<AppContext> app = context.takeValue();
    // The demo's customers write back at random; tests make them write when they choose.
    app->sandbox()->configure({{QStringLiteral("lifecycle"), QJsonObject {{QStringLiteral("reply_share"), 0}}}});
    return app;
}

// Saves a sender through the core as the wizard does (settings in the database, secrets in the test's store).
inline Profile addSender(AppContext& app, Profile profile, const QHash<QString, QString>& secrets)
{
    profile.id = 0;
    ProfileJob* job = app.profileService().create(profile, secrets);
    QSignalSpy done(job, &ProfileJob::finished);
    if (!done.wait(5000))
        qFatal("test app: the sender was not saved");
    const ProfileOutcome outcome = done.first().first().value<ProfileOutcome>();
    if (!outcome.status.isOk())
        qFatal("test app: %s", qPrintable(outcome.status.error()));
    return outcome.profile;
}
