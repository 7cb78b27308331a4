#pragma once

#include "model/outgoingmessage.h"
#include "model/profile.h"
#include "providers/providerresult.h"

#include <QObject>

struct AppServices;

// Checks and test messages for a saved sender: loads its secrets from the keychain, asks the provider, and
// records the outcome of a check in the database.
class SenderActions : public QObject
{
    Q_OBJECT
public:
    explicit SenderActions(AppServices& services, QObject* parent = nullptr);

    void verify(const Profile& profile);
    void send(const Profile& profile, const OutgoingMessage& message);

Q_SIGNALS:
    void verified(const Profile& profile, const ProviderResult& result);
    void sent(const Profile& profile, const ProviderResult& result);

private:
    template<typename Use>
    void withProvider(const Profile& profile, Use use);

    AppServices& m_services;
};
