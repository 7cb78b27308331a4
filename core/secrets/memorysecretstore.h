#pragma once

#include "secretstore.h"

#include <QHash>

// SecretStore kept in memory: for unit tests, and for the demo mode so that trying Tandem never writes to the
// real keychain. Answers asynchronously like the keychain, and can be told to fail.
class MemorySecretStore : public SecretStore
{
    Q_OBJECT
public:
    explicit MemorySecretStore(QObject* parent = nullptr);

    SecretJob* read(const QString& key) override;
    SecretJob* write(const QString& key, const QString& value) override;
    SecretJob* remove(const QString& key) override;
    bool keepsSecretsAfterExit() const override;

    // Every following operation fails with this error (None to stop failing).
    void setFailure(SecretResult::Error error);
    QHash<QString, QString> contents() const;

private:
    SecretJob* answerLater(SecretResult result);

    QHash<QString, QString> m_secrets;
    SecretResult::Error m_failure = SecretResult::Error::None;
};
