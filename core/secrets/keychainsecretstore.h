#pragma once

#include "secretstore.h"

// SecretStore over QtKeychain: the platform's keychain (Secret Service, macOS Keychain, Windows Credential
// Manager). The plain-text fallback is off: if there is no keychain, saving fails and says so.
//
// Entries are scoped by the database's identity ("<identity>/profile/3/auth_token"): sender 3 of the shop's
// shared database and sender 3 of a practice file on the same computer are different senders with different
// tokens. An entry written before scopes existed (no prefix) is still read when the scoped one is missing.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT
public:
    explicit KeychainSecretStore(QString scope = {}, QObject* parent = nullptr);

    static QString serviceName();
    QString scope() const;

    SecretJob* read(const QString& key) override;
    SecretJob* write(const QString& key, const QString& value) override;
    SecretJob* remove(const QString& key) override;

private:
    QString scoped(const QString& key) const;
    SecretJob* readEntry(const QString& entry, const QString& key, bool legacyNext);

    QString m_scope;
};
