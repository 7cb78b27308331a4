#pragma once

// The objects the desktop app builds in AppContext, for widget tests: a temporary database, a secret store of the
// test's choice, and the sandbox in-process (its address is the demo address, so the demo button works too).
#include "appservices.h"
#include "profiles/profileservice.h"
#include "providers/providerregistry.h"
#include "sandbox/sandboxserver.h"
#include "secrets/secretstore.h"
#include "storage/database.h"
#include "storage/profilerepository.h"

#include <QNetworkAccessManager>
#include <QTemporaryDir>

#include <memory>

class TestApp
{
public:
    explicit TestApp(std::unique_ptr<SecretStore> secrets, bool demo = true)
        : secretStore(std::move(secrets))
    {
        sandbox.start();
        database.open(dir.filePath(QStringLiteral("tandem.sqlite")));
        profiles = std::make_unique<ProfileRepository>(database, registry);
        profileService = std::make_unique<ProfileService>(*profiles, registry, *secretStore);
        services.reset(new AppServices{*profiles, *profileService, registry, network, ComparisonData::builtin().takeValue(),
                                       demo ? sandbox.baseUrl().toString() : QString()});
    }

    QTemporaryDir dir;
    SandboxServer sandbox;
    Database database;
    ProviderRegistry registry = ProviderRegistry::builtin();
    std::unique_ptr<SecretStore> secretStore;
    std::unique_ptr<ProfileRepository> profiles;
    std::unique_ptr<ProfileService> profileService;
    QNetworkAccessManager network;
    std::unique_ptr<AppServices> services;
};
