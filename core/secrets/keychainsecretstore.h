#pragma once

#include "secretstore.h"

// SecretStore over QtKeychain: the platform's keychain (Secret Service, macOS Keychain, Windows Credential
// Manager). The plain-text fallback is off: if there is no keychain, saving fails and says so.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT
public:
    explicit KeychainSecretStore(QObject* parent = nullptr);

    static QString serviceName();

    SecretJob* read(const QString& key) override;
    SecretJob* write(const QString& key, const QString& value) override;
    SecretJob* remove(const QString& key) override;
};
