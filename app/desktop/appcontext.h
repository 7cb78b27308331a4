#pragma once

#include "appservices.h"
#include "profiles/profileservice.h"
#include "profiles/providerfactory.h"
#include "providers/providerregistry.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxthread.h"
#include "secrets/secretstore.h"
#include "services/dataservices.h"
#include "storage/changenotifier.h"
#include "storage/database.h"
#include "webhooks/receiverthread.h"
#include "worker/outboxthread.h"

#include <QNetworkAccessManager>
#include <QTemporaryDir>

#include <memory>

// Builds Tandem's objects once, in order, and owns them: the composition root of the desktop app, also used by
// the screenshot tool and the widget tests. Demo mode adds the sandbox in-process (on its own thread), a throw-away
// database and
// secrets kept in memory, so trying Tandem never touches real data or the real keychain. The outbox worker runs from
// the start on its own thread: broadcasts (and scheduled ones when their time comes) go out while Tandem is open.
// The webhook receiver runs on a thread of its own when the settings enable it; in demo mode always, on this
// computer only, and the sandbox reports every message's lifecycle to it.
class AppContext
{
public:
    // secrets: the store to use; by default the system keychain, or memory in demo mode.
    static Result<std::unique_ptr<AppContext>> create(
        const QString& databasePath, bool demo, std::unique_ptr<SecretStore> secrets = {});

    AppServices& services();
    bool isDemo() const;
    SandboxServer* sandbox(); // null outside demo mode
    ProfileRepository& profiles();
    ProfileService& profileService();
    SecretStore& secretStore();
    OutboxThread& sending();
    ReceiverThread& receiver();
    // The window's own connection, for the tests and the screenshot tool to set the scene; screens never see it.
    Database& database();

private:
    AppContext() = default;
    void startDemoReceiver();

    std::unique_ptr<QTemporaryDir> m_demoDir;
    std::unique_ptr<SandboxThread> m_sandbox;
    Database m_database;
    ProviderRegistry m_registry = ProviderRegistry::builtin();
    std::unique_ptr<DataServices> m_data;
    std::unique_ptr<ChangeNotifier> m_changes;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<ProfileService> m_profileService;
    std::unique_ptr<ProviderFactory> m_providers;
    QNetworkAccessManager m_network;
    std::unique_ptr<OutboxThread> m_sending;
    std::unique_ptr<ReceiverThread> m_receiver;
    std::unique_ptr<AppServices> m_services;
};
