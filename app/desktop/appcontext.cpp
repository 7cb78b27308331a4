#include "appcontext.h"

#include "model/webhookpaths.h"
#include "sandbox/sandboxaccounts.h"
#include "secrets/keychainsecretstore.h"
#include "secrets/memorysecretstore.h"
#include "worker/receiverswitch.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSettings>
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
        // Every sender set up in the demo talks to the practice copy, whatever address or token is typed.
        context->m_registry = context->m_registry.pinnedTo(demoApiBase);
        context->m_demoDir = std::make_unique<QTemporaryDir>();
        if (databasePath.isEmpty())
            path = context->m_demoDir->filePath(u"demo.sqlite"_s);
    }
    const Status opened = context->m_database.open(path);
    if (!opened.isOk())
        return Result<std::unique_ptr<AppContext>>::failure(opened.error());
    if (secrets)
        context->m_secrets = std::move(secrets);
    else if (demo)
        context->m_secrets = std::make_unique<MemorySecretStore>();
    else
        context->m_secrets = std::make_unique<KeychainSecretStore>(context->m_database.identity());
    Result<ComparisonData> comparison = ComparisonData::builtin();
    if (!comparison.isOk())
        return Result<std::unique_ptr<AppContext>>::failure(comparison.error());
    context->m_data = std::make_unique<DataServices>(context->m_database, context->m_registry);
    // Prices: the card built in, with the rate cards the owner imported laid over it.
    if (Result<RateCard> card = context->m_data->rateCards.current(comparison.value().rateCard()); card.isOk())
        comparison.value().setRateCard(card.value());
    context->m_changes = std::make_unique<ChangeNotifier>(context->m_database);
    context->m_profileService
        = std::make_unique<ProfileService>(context->m_data->profiles, context->m_registry, *context->m_secrets);
    context->m_providers = std::make_unique<ProviderFactory>(*context->m_profileService, context->m_registry);
    // Rows a previous run left in flight become "unconfirmed" once their lease runs out (never resent silently);
    // the worker then checks them with the provider where it can.
    OutboxWorker::Options sending;
    sending.dispatcher.holder = QCoreApplication::translate("AppContext", "%1, Tandem window (pid %2)")
                                    .arg(QSysInfo::machineHostName())
                                    .arg(QCoreApplication::applicationPid());
    context->m_sending = std::make_unique<OutboxThread>(path, context->m_registry, *context->m_profileService, sending);
    context->m_receiver = std::make_unique<ReceiverThread>(path, context->m_registry, *context->m_profileService);
    context->m_services.reset(new AppServices {*context->m_data, path, *context->m_changes, *context->m_profileService,
        context->m_registry, *context->m_providers, context->m_network, comparison.takeValue(), demoApiBase,
        *context->m_sending, *context->m_receiver});
    context->m_services->tokensInMemory = !context->m_secrets->keepsSecretsAfterExit();
    context->m_sending->start();
    if (demo)
        context->startDemoReceiver();
    else {
        QSettings settings;
        applyReceiverSettings(ReceiverSettings::load(settings), *context->m_receiver, *context->m_sending);
    }
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
    return m_data->profiles;
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

ReceiverThread& AppContext::receiver()
{
    return *m_receiver;
}

void AppContext::startDemoReceiver()
{
    // On this computer only; the sandbox plays Twilio (told with each message, StatusCallback) and Meta (whose
    // app callback URL points here, as an owner would set it in Meta's dashboard).
    WebhookServer::Options options;
    const quint16 port = m_receiver->start(0, QHostAddress::LocalHost, options);
    if (port == 0)
        return; // the demo still sends; statuses stay at accepted
    const QString publicUrl = u"http://127.0.0.1:%1"_s.arg(port);
    m_sending->setReceiverUrl(publicUrl);
    // Some customers write back a few seconds after a message reached them, and some of those write STOP.
    m_sandbox->server()->configure({{u"meta_webhook"_s,
                                        QJsonObject {{u"url"_s, WebhookPaths::join(publicUrl, u"/meta"_s)},
                                            {u"verify_token"_s, QString::fromUtf16(SandboxAccounts::metaVerifyToken)}}},
        {u"twilio_inbound_url"_s, WebhookPaths::join(publicUrl, u"/twilio/inbound"_s)},
        {u"lifecycle"_s, QJsonObject {{u"reply_share"_s, 0.3}, {u"stop_share"_s, 0.2}, {u"reply_after_ms"_s, 2500}}}});
}

Database& AppContext::database()
{
    return m_database;
}
