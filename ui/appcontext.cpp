#include "appcontext.h"

#include "secrets/keychainsecretstore.h"
#include "secrets/memorysecretstore.h"

#include <QCoreApplication>
#include <QSysInfo>

using namespace Qt::StringLiterals;

Result<std::unique_ptr<AppContext>> AppContext::create(
    const QString& databasePath, bool demo, std::unique_ptr<SecretStore> secrets)
{
    std::unique_ptr<AppContext> context(new AppContext);
    QString path = Database::resolvePath(databasePath);
    QString demoApiBase;
    if (demo) {
        context->m_sandbox = std::make_unique<SandboxThread>();
        if (context->m_sandbox->start() == 0)
            return Result<std::unique_ptr<AppContext>>::failure(
                QCoreApplication::translate("AppContext", "The demo sandbox could not start."));
        demoApiBase = context->m_sandbox->server()->baseUrl().toString();
        context->m_demoDir = std::make_unique<QTemporaryDir>();
        if (databasePath.isEmpty())
            path = context->m_demoDir->filePath(u"demo.sqlite"_s);
    }
    if (secrets)
        context->m_secrets = std::move(secrets);
    else if (demo)
        context->m_secrets = std::make_unique<MemorySecretStore>();
    else
        context->m_secrets = std::make_unique<KeychainSecretStore>();
    const Status opened = context->m_database.open(path);
    if (!opened.isOk())
        return Result<std::unique_ptr<AppContext>>::failure(opened.error());
    Result<ComparisonData> comparison = ComparisonData::builtin();
    if (!comparison.isOk())
        return Result<std::unique_ptr<AppContext>>::failure(comparison.error());
    context->m_profiles = std::make_unique<ProfileRepository>(context->m_database, context->m_registry);
    context->m_profileService
        = std::make_unique<ProfileService>(*context->m_profiles, context->m_registry, *context->m_secrets);
    context->m_contacts = std::make_unique<ContactRepository>(context->m_database);
    context->m_outbox = std::make_unique<Outbox>(context->m_database);
    // Rows a previous run left in flight become "unconfirmed" once their lease runs out (never resent silently);
    // the worker then checks them with the provider where it can.
    OutboxWorker::Options sending;
    sending.dispatcher.holder = QCoreApplication::translate("AppContext", "%1, Tandem window (pid %2)")
                                    .arg(QSysInfo::machineHostName())
                                    .arg(QCoreApplication::applicationPid());
    context->m_sending = std::make_unique<OutboxThread>(path, context->m_registry, *context->m_profileService, sending);
    context->m_services.reset(new AppServices {*context->m_profiles, *context->m_profileService, context->m_registry,
        context->m_network, comparison.takeValue(), demoApiBase, context->m_database, *context->m_contacts,
        *context->m_outbox, *context->m_sending});
    context->m_sending->start();
    return context;
}

AppServices& AppContext::services()
{
    return *m_services;
}

bool AppContext::isDemo() const
{
    return m_sandbox != nullptr;
}

SandboxServer* AppContext::sandbox()
{
    return m_sandbox ? m_sandbox->server() : nullptr;
}

ProfileRepository& AppContext::profiles()
{
    return *m_profiles;
}

ProfileService& AppContext::profileService()
{
    return *m_profileService;
}

SecretStore& AppContext::secretStore()
{
    return *m_secrets;
}

OutboxThread& AppContext::sending()
{
    return *m_sending;
}
