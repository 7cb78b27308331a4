#include "clicontext.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QTimer>

#include "providers/messagingprovider.h"

QTextStream& CliContext::out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream& CliContext::err()
{
    static QTextStream stream(stderr);
    return stream;
}

void CliContext::finish(int exitCode)
{
    out().flush();
    err().flush();
    QTimer::singleShot(0, qApp, [exitCode] { QCoreApplication::exit(exitCode); });
}

void CliContext::fail(const QString& message)
{
    err() << message << Qt::endl;
    finish(1);
}

void CliContext::printJson(const QJsonObject& object)
{
    out() << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) << Qt::endl;
}

void withProvider(CliContext& context,
    const QString& profileName,
    std::function<void(MessagingProvider* provider, const Profile& profile)> use)
{
    const Result<Profile> found = context.profiles.findByName(profileName);
    if (!found.isOk()) {
        context.fail(found.error());
        return;
    }
    const ProviderDescriptor* descriptor = context.registry.find(found.value().kind);
    if (!descriptor) {
        context.fail(QCoreApplication::translate("tandem-cli", "Unknown provider \"%1\".").arg(found.value().kind));
        return;
    }
    ProfileJob* job = context.profileService.loadSecrets(found.value());
    QObject::connect(job, &ProfileJob::finished, qApp, [&context, descriptor, use](const ProfileOutcome& outcome) {
        if (!outcome.status.isOk()) {
            context.fail(outcome.status.error());
            return;
        }
        MessagingProvider* provider = descriptor->create(outcome.profile, outcome.secrets, &context.network);
        provider->setParent(qApp);
        const int timeout = context.parser.value(QStringLiteral("timeout-ms")).toInt();
        if (timeout > 0)
            provider->setTransferTimeout(timeout);
        use(provider, outcome.profile);
    });
}
