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

// The keychain's own job has no parent and deletes itself once it has finished: QtKeychain's Secret Service backend
// calls back into the job when libsecret answers, so a job deleted before that (its window or store closed
// meanwhile) would be called after its death. Its answer then reaches nobody (connections go through SecretJob).
template<typename KeychainJob>
KeychainJob* prepare(const QString& key)
{
    auto* job = new KeychainJob(KeychainSecretStore::serviceName());
    job->setKey(key);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    return job;
}
} // namespace

KeychainSecretStore::KeychainSecretStore(QString scope, QObject* parent)
    : SecretStore(parent), m_scope(std::move(scope))
{ }

QString KeychainSecretStore::serviceName()
{
    return u"tandem"_s;
}

QString KeychainSecretStore::scope() const
{
    return m_scope;
}

QString KeychainSecretStore::scoped(const QString& key) const
{
    return m_scope.isEmpty() ? key : m_scope + u'/' + key;
}

SecretJob* KeychainSecretStore::read(const QString& key)
{
    return readEntry(scoped(key), key, !m_scope.isEmpty());
}

SecretJob* KeychainSecretStore::readEntry(const QString& entry, const QString& key, bool legacyNext)
{
    auto* ours = new SecretJob(this);
    auto* job = prepare<QKeychain::ReadPasswordJob>(entry);
    connect(job, &QKeychain::Job::finished, ours, [this, ours, job, key, legacyNext] {
        SecretResult result = classify(*job, key);
        if (result.error == SecretResult::Error::NotFound && legacyNext) {
            // Saved before entries were scoped by database: the unscoped entry is this sender's.
            SecretJob* legacy = readEntry(key, key, false);
            connect(legacy, &SecretJob::finished, ours, [ours](const SecretResult& r) { ours->finish(r); });
            return;
        }
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
    auto* job = prepare<QKeychain::WritePasswordJob>(scoped(key));
    job->setTextData(value);
    connect(job, &QKeychain::Job::finished, ours, [ours, job, key] { ours->finish(classify(*job, key)); });
    job->start();
    return ours;
}

SecretJob* KeychainSecretStore::remove(const QString& key)
{
    auto* ours = new SecretJob(this);
    auto* job = prepare<QKeychain::DeletePasswordJob>(scoped(key));
    connect(job, &QKeychain::Job::finished, ours, [this, ours, job, key] {
        const SecretResult result = classify(*job, key);
        if (m_scope.isEmpty()) {
            ours->finish(result);
            return;
        }
        // An entry from before scopes is this sender's too: it goes with it.
        auto* legacyJob = prepare<QKeychain::DeletePasswordJob>(key);
        connect(legacyJob, &QKeychain::Job::finished, ours, [ours, legacyJob, key, result] {
            const SecretResult legacyResult = classify(*legacyJob, key);
            ours->finish(result.error == SecretResult::Error::NotFound ? legacyResult : result);
        });
        legacyJob->start();
    });
    job->start();
    return ours;
}
