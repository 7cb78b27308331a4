#include "keychainsecretstore.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcKeychain, "tandem.secrets.keychain")

namespace {
SecretResult classify(const QKeychain::Job& job, const QString& key)
{
    SecretResult result;
    result.key = key;
    switch (job.error()) {
    case QKeychain::NoError:
        return result;
    case QKeychain::EntryNotFound:
        result.error = SecretResult::Error::NotFound;
        result.message = QCoreApplication::translate(
            "SecretStore", "This secret is not in the system keychain. Enter it again in the sender's settings.");
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        result.error = SecretResult::Error::Unavailable;
        result.message = QCoreApplication::translate("SecretStore",
            "No system keychain is available. Tandem keeps tokens only in the keychain: on Linux, start a "
            "Secret Service such as GNOME Keyring or KWallet and try again.");
        break;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        result.error = SecretResult::Error::Denied;
        result.message = QCoreApplication::translate(
            "SecretStore", "The system keychain refused access. Unlock it (or allow Tandem when asked) and try again.");
        break;
    default:
        result.error = SecretResult::Error::Other;
        result.message = QCoreApplication::translate("SecretStore", "The system keychain reported an error: %1")
                             .arg(job.errorString());
        break;
    }
    // The key names the profile and field, never the value. A missing optional secret is routine.
    if (result.error == SecretResult::Error::NotFound)
        qCDebug(lcKeychain) << "no keychain entry for" << key;
    else
        qCWarning(lcKeychain) << "keychain operation on" << key << "failed:" << job.error() << job.errorString();
    return result;
}

template<typename KeychainJob>
KeychainJob* prepare(const QString& key, SecretJob* ours)
{
    auto* job = new KeychainJob(KeychainSecretStore::serviceName(), ours);
    job->setKey(key);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    return job;
}
} // namespace

KeychainSecretStore::KeychainSecretStore(QObject* parent) : SecretStore(parent)
{ }

QString KeychainSecretStore::serviceName()
{
    return u"tandem"_s;
}

SecretJob* KeychainSecretStore::read(const QString& key)
{
    auto* ours = new SecretJob(this);
    auto* job = prepare<QKeychain::ReadPasswordJob>(key, ours);
    connect(job, &QKeychain::Job::finished, ours, [ours, job, key] {
        SecretResult result = classify(*job, key);
        if (result.isOk())
            result.value = job->textData();
        ours->finish(result);
    });
    job->start();
    return ours;
}

SecretJob* KeychainSecretStore::write(const QString& key, const QString& value)
{
    auto* ours = new SecretJob(this);
    auto* job = prepare<QKeychain::WritePasswordJob>(key, ours);
    job->setTextData(value);
    connect(job, &QKeychain::Job::finished, ours, [ours, job, key] { ours->finish(classify(*job, key)); });
    job->start();
    return ours;
}

SecretJob* KeychainSecretStore::remove(const QString& key)
{
    auto* ours = new SecretJob(this);
    auto* job = prepare<QKeychain::DeletePasswordJob>(key, ours);
    connect(job, &QKeychain::Job::finished, ours, [ours, job, key] { ours->finish(classify(*job, key)); });
    job->start();
    return ours;
}
