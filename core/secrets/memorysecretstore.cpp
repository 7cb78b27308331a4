#include "memorysecretstore.h"

#include <QTimer>

using namespace Qt::StringLiterals;

MemorySecretStore::MemorySecretStore(QObject* parent) : SecretStore(parent)
{ }

SecretJob* MemorySecretStore::answerLater(SecretResult result)
{
    auto* job = new SecretJob(this);
    if (m_failure != SecretResult::Error::None) {
        result.error = m_failure;
        result.value.clear();
        result.message = u"simulated keychain failure"_s;
    }
    QTimer::singleShot(0, job, [job, result] { job->finish(result); });
    return job;
}

SecretJob* MemorySecretStore::read(const QString& key)
{
    SecretResult result;
    result.key = key;
    if (m_failure == SecretResult::Error::None) {
        if (m_secrets.contains(key))
            result.value = m_secrets.value(key);
        else
            result.error = SecretResult::Error::NotFound;
    }
    return answerLater(result);
}

SecretJob* MemorySecretStore::write(const QString& key, const QString& value)
{
    if (m_failure == SecretResult::Error::None)
        m_secrets.insert(key, value);
    SecretResult result;
    result.key = key;
    return answerLater(result);
}

SecretJob* MemorySecretStore::remove(const QString& key)
{
    SecretResult result;
    result.key = key;
    if (m_failure == SecretResult::Error::None && !m_secrets.remove(key))
        result.error = SecretResult::Error::NotFound;
    return answerLater(result);
}

void MemorySecretStore::setFailure(SecretResult::Error error)
{
    m_failure = error;
}

QHash<QString, QString> MemorySecretStore::contents() const
{
    return m_secrets;
}

bool MemorySecretStore::keepsSecretsAfterExit() const
{
    return false;
}
