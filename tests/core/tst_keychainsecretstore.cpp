// SecretStore against the real Secret Service (gnome-keyring in a private D-Bus session, see
// scripts/with-keyring): write, read back, overwrite, delete, a missing key, and a removed profile's secrets.
#include "profiles/profilerepository.h"
#include "profiles/profileservice.h"
#include "providers/providerregistry.h"
#include "secrets/keychainsecretstore.h"
#include "storage/database.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
SecretResult waitFor(SecretJob* job)
{
    QSignalSpy spy(job, &SecretJob::finished);
    if (!spy.wait(10000)) {
        SecretResult timeout;
        timeout.error = SecretResult::Error::Other;
        timeout.message = u"keychain did not answer in 10 s"_s;
        return timeout;
    }
    return spy.first().first().value<SecretResult>();
}

ProfileOutcome waitFor(ProfileJob* job)
{
    QSignalSpy spy(job, &ProfileJob::finished);
    if (!spy.wait(10000))
        return {Status::failure(u"job did not finish"_s), {}, {}};
    return spy.first().first().value<ProfileOutcome>();
}

QString randomKey()
{
    return u"test/%1"_s.arg(QRandomGenerator::global()->generate64(), 0, 16);
}
} // namespace

class TestKeychainSecretStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QFAIL("No D-Bus session: run the tests through scripts/test (or scripts/with-keyring ctest).");
    }

    void writeReadOverwriteDelete()
    {
        KeychainSecretStore store;
        const QString key = randomKey();
        SecretResult written = waitFor(store.write(key, u"first value ✓"_s));
        QVERIFY2(written.isOk(), qPrintable(written.message));

        SecretResult read = waitFor(store.read(key));
        QVERIFY2(read.isOk(), qPrintable(read.message));
        QCOMPARE(read.value, u"first value ✓"_s);

        QVERIFY(waitFor(store.write(key, u"second value"_s)).isOk());
        QCOMPARE(waitFor(store.read(key)).value, u"second value"_s);

        QVERIFY(waitFor(store.remove(key)).isOk());
        const SecretResult gone = waitFor(store.read(key));
        QCOMPARE(gone.error, SecretResult::Error::NotFound);
        QVERIFY(gone.value.isEmpty());
        QVERIFY(!gone.message.isEmpty());
    }

    // A window closed (its store gone) while the keychain is still answering: the answer reaches nobody, and the
    // program goes on. QtKeychain's Secret Service backend calls back into its job when libsecret answers, so the
    // job must outlive its store.
    void aStoreClosedMidRequestLeavesNothingBehind()
    {
        const QString key = randomKey();
        {
            KeychainSecretStore store;
            QVERIFY(waitFor(store.write(key, u"kept"_s)).isOk());
        }
        for (int i = 0; i < 20; ++i) {
            auto* store = new KeychainSecretStore;
            store->read(key);
            store->write(key, u"kept"_s);
            store->remove(randomKey());
            delete store; // before any answer came
        }
        QTest::qWait(1500); // the keychain's answers arrive now
        KeychainSecretStore store;
        QCOMPARE(waitFor(store.read(key)).value, u"kept"_s);
        QVERIFY(waitFor(store.remove(key)).isOk());
    }

    void missingKeyIsNotFound()
    {
        KeychainSecretStore store;
        const SecretResult missing = waitFor(store.read(randomKey()));
        QCOMPARE(missing.error, SecretResult::Error::NotFound);
        QVERIFY2(missing.message.contains(u"not in the system keychain"_s), qPrintable(missing.message));
        // Secret Service treats removing an absent entry as done; either answer must not be a failure.
        const SecretResult removed = waitFor(store.remove(randomKey()));
        QVERIFY2(removed.isOk() || removed.error == SecretResult::Error::NotFound, qPrintable(removed.message));
    }

    void removedProfileTakesItsSecrets()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(u"keychain.sqlite"_s)).isOk());
        const ProviderRegistry registry = ProviderRegistry::builtin();
        ProfileRepository repository(db, registry);
        KeychainSecretStore store(db.identity());
        ProfileService service(repository, registry, store);

        Profile p;
        p.name = u"Salon"_s;
        p.kind = u"meta_cloud"_s;
        p.settings = {{u"phone_number_id"_s, u"106540352242922"_s}, {u"default_region"_s, u"GB"_s}};
        const QString token = u"EAAtest%1"_s.arg(QRandomGenerator::global()->generate64(), 0, 16);
        const ProfileOutcome created
            = waitFor(service.create(p, {{u"access_token"_s, token}, {u"verify_token"_s, u"my-verify-phrase"_s}}));
        QVERIFY2(created.status.isOk(), qPrintable(created.status.error()));
        const qint64 id = created.profile.id;
        QCOMPARE(waitFor(store.read(SecretStore::profileKey(id, u"access_token"_s))).value, token);
        QCOMPARE(waitFor(store.read(SecretStore::profileKey(id, u"verify_token"_s))).value, u"my-verify-phrase"_s);

        const ProfileOutcome removed = waitFor(service.remove(id));
        QVERIFY2(removed.status.isOk(), qPrintable(removed.status.error()));
        QCOMPARE(
            waitFor(store.read(SecretStore::profileKey(id, u"access_token"_s))).error, SecretResult::Error::NotFound);
        QCOMPARE(
            waitFor(store.read(SecretStore::profileKey(id, u"verify_token"_s))).error, SecretResult::Error::NotFound);
        QVERIFY(!repository.find(id).isOk());
    }

    // Sender 1 of one database and sender 1 of another on the same computer are different senders: each reads its
    // own token, and removing one leaves the other. A token saved before entries were scoped is still read, and
    // goes when its sender is removed.
    void databasesKeepTheirOwnTokens()
    {
        QTemporaryDir dir;
        Database shop;
        Database practice;
        QVERIFY(shop.open(dir.filePath(u"shop.sqlite"_s)).isOk());
        QVERIFY(practice.open(dir.filePath(u"practice.sqlite"_s)).isOk());
        QVERIFY(!shop.identity().isEmpty());
        QVERIFY(shop.identity() != practice.identity());
        KeychainSecretStore shopStore(shop.identity());
        KeychainSecretStore practiceStore(practice.identity());
        const QString key = randomKey();
        QVERIFY(waitFor(shopStore.write(key, u"shop token"_s)).isOk());
        QVERIFY(waitFor(practiceStore.write(key, u"practice token"_s)).isOk());
        QCOMPARE(waitFor(shopStore.read(key)).value, u"shop token"_s);
        QCOMPARE(waitFor(practiceStore.read(key)).value, u"practice token"_s);
        QVERIFY(waitFor(practiceStore.remove(key)).isOk());
        QCOMPARE(waitFor(practiceStore.read(key)).error, SecretResult::Error::NotFound);
        QCOMPARE(waitFor(shopStore.read(key)).value, u"shop token"_s);
        QVERIFY(waitFor(shopStore.remove(key)).isOk());

        KeychainSecretStore unscoped; // how Tandem saved tokens before
        const QString legacyKey = randomKey();
        QVERIFY(waitFor(unscoped.write(legacyKey, u"saved long ago"_s)).isOk());
        QCOMPARE(waitFor(shopStore.read(legacyKey)).value, u"saved long ago"_s);
        QVERIFY(waitFor(shopStore.remove(legacyKey)).isOk());
        QCOMPARE(waitFor(unscoped.read(legacyKey)).error, SecretResult::Error::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestKeychainSecretStore)
#include "tst_keychainsecretstore.moc"
