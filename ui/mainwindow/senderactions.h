#pragma once

#include "model/outgoingmessage.h"
#include "model/profile.h"
#include "providers/providerresult.h"

#include <QObject>

struct AppServices;

// Checks, test messages and webhook addresses for a saved sender: loads its secrets from the keychain, asks the
// provider, and records the outcome of a check in the database.
class SenderActions : public QObject
{
    Q_OBJECT
public:
    explicit SenderActions(AppServices& services, QObject* parent = nullptr);

    void verify(const Profile& profile);
    void send(const Profile& profile, const OutgoingMessage& message);
    // Points the number's webhooks at the receiver's public address (its own path for the sender's style), with the
    // sender's key or verify token, where the provider lets Tandem do it.
    void pointWebhooks(const Profile& profile, const QString& publicUrl);
    // Registers a number that moved in for sending, with the two-step verification PIN the owner chose (kept only
    // for the request), and subscribes to its account's webhooks, where the provider lets Tandem do it.
    void registerNumber(const Profile& profile, const QString& pin);

Q_SIGNALS:
    void verified(const Profile& profile, const ProviderResult& result);
    void sent(const Profile& profile, const ProviderResult& result);
    void webhooksPointed(const Profile& profile, const ProviderResult& result, const QString& url);
    void numberRegistered(const Profile& profile, const ProviderResult& result);

private:
    template<typename Use>
    void withProvider(const Profile& profile, Use use);

    AppServices& m_services;
};
