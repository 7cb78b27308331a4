#pragma once

// What a test of sending needs around a dispatcher: a database, the sender profiles with their secrets in memory,
// the outbox, the leases and the pool of loaded senders, opened afresh for each test function.
#include "outbox/outbox.h"
#include "outbox/senderleases.h"
#include "outbox/senderpool.h"
#include "profiles/profilerepository.h"
#include "profiles/profileservice.h"
#include "providers/providerregistry.h"
#include "secrets/memorysecretstore.h"
#include "storage/database.h"

#include <QSignalSpy>

#include <memory>

struct SendingHarness
{
    Database db;
    const ProviderRegistry registry = ProviderRegistry::builtin();
    MemorySecretStore secrets;
    std::unique_ptr<ProfileRepository> profiles;
    std::unique_ptr<ProfileService> service;
    std::unique_ptr<Outbox> outbox;
    std::unique_ptr<SenderLeases> leases;
    std::unique_ptr<SenderPool> pool;

    bool open(const QString& path)
    {
        if (!db.open(path).isOk())
            return false;
        profiles = std::make_unique<ProfileRepository>(db, registry);
        service = std::make_unique<ProfileService>(*profiles, registry, secrets);
        outbox = std::make_unique<Outbox>(db);
        leases = std::make_unique<SenderLeases>(db);
        pool = std::make_unique<SenderPool>(*profiles, *service, registry, &RateLimiter::steadyClock);
        return true;
    }
    void close()
    {
        pool.reset();
        leases.reset();
        outbox.reset();
        service.reset();
        profiles.reset();
        db.close();
    }
    // Saves a sender the way the window does (its secrets in the store); its id.
    qint64 addProfile(Profile p, const QHash<QString, QString>& profileSecrets)
    {
        p.id = 0;
        ProfileJob* job = service->create(p, profileSecrets);
        QSignalSpy done(job, &ProfileJob::finished);
        done.wait(5000);
        const ProfileOutcome outcome = done.first().first().value<ProfileOutcome>();
        if (!outcome.status.isOk())
            qFatal("%s", qPrintable(outcome.status.error()));
        return outcome.profile.id;
    }
};
