// A profile's two halves stay together: settings in the database and secrets in the keychain are saved, taken
// back and removed as one. Uses MemorySecretStore to simulate keychain failures.
#include "outbox/outbox.h"
#include "profiles/profilerepository.h"
#include "profiles/profileservice.h"
#include "providers/providerregistry.h"
#include "secrets/memorysecretstore.h"
#include "storage/database.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
ProfileOutcome waitFor(ProfileJob* job)
{
    QSignalSpy spy(job, &ProfileJob::finished);
    if (!spy.wait(5000))
        return {Status::failure(u"job did not finish"_s), {}, {}};
    return spy.first().first().value<ProfileOutcome>();
}

Profile twilioProfile()
{
    Profile p;
    p.name = u"Flower shop"_s;
    p.kind = u"twilio"_s;
    p.settings = {{u"account_sid"_s, u"AC0123456789abcdef0123456789abcdef"_s}, {u"from"_s, u"+14155238886"_s},
        {u"default_region"_s, u"US"_s}};
    return p;
}
} // namespace

class TestProfileService : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        QVERIFY(m_db.open(m_dir.filePath(u"service-%1.sqlite"_s.arg(++m_counter))).isOk());
        m_repository = std::make_unique<ProfileRepository>(m_db, m_registry);
        m_secrets = std::make_unique<MemorySecretStore>();
        m_service = std::make_unique<ProfileService>(*m_repository, m_registry, *m_secrets);
    }
    void cleanup()
    {
        m_service.reset();
        m_secrets.reset();
        m_repository.reset();
        m_db.close();
    }

    void createStoresSettingsAndSecretsApart()
    {
        const ProfileOutcome outcome
            = waitFor(m_service->create(twilioProfile(), {{u"auth_token"_s, u"0123456789abcdef0123456789abcdef"_s}}));
        QVERIFY2(outcome.status.isOk(), qPrintable(outcome.status.error()));
        const qint64 id = outcome.profile.id;
        QCOMPARE(
            m_secrets->contents().value(u"profile/%1/auth_token"_s.arg(id)), u"0123456789abcdef0123456789abcdef"_s);
        QVERIFY(!m_repository->find(id).value().settings.contains(u"auth_token"_s));

        const ProfileOutcome loaded = waitFor(m_service->loadSecrets(outcome.profile));
        QVERIFY(loaded.status.isOk());
        QCOMPARE(loaded.secrets.value(u"auth_token"_s), u"0123456789abcdef0123456789abcdef"_s);
        QVERIFY(!loaded.secrets.contains(u"api_key_secret"_s));
    }

    void keychainFailureLeavesNothingBehind()
    {
        m_secrets->setFailure(SecretResult::Error::Unavailable);
        const ProfileOutcome outcome
            = waitFor(m_service->create(twilioProfile(), {{u"auth_token"_s, u"0123456789abcdef0123456789abcdef"_s}}));
        QVERIFY(!outcome.status.isOk());
        QVERIFY2(outcome.status.error().contains(u"was not saved"_s), qPrintable(outcome.status.error()));
        QVERIFY(m_repository->list().value().isEmpty());
        m_secrets->setFailure(SecretResult::Error::None);
        QVERIFY(m_secrets->contents().isEmpty());
    }

    void incompleteSettingsAreRefusedBeforeAnythingIsSaved_data()
    {
        QTest::addColumn<QString>("removeSetting");
        QTest::addColumn<QString>("secretKey");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no token, no API key") << QString() << QString() << u"Enter the Auth Token"_s;
        QTest::newRow("no sender") << u"from"_s << u"auth_token"_s << u"WhatsApp sender number"_s;
        QTest::newRow("bad account SID") << u"account_sid"_s << u"auth_token"_s << u"Account SID is required"_s;
    }
    void incompleteSettingsAreRefusedBeforeAnythingIsSaved()
    {
        QFETCH(QString, removeSetting);
        QFETCH(QString, secretKey);
        QFETCH(QString, expected);
        Profile p = twilioProfile();
        p.settings.remove(removeSetting);
        QHash<QString, QString> secrets;
        if (!secretKey.isEmpty())
            secrets.insert(secretKey, u"0123456789abcdef0123456789abcdef"_s);
        const ProfileOutcome outcome = waitFor(m_service->create(p, secrets));
        QVERIFY(!outcome.status.isOk());
        QVERIFY2(outcome.status.error().contains(expected), qPrintable(outcome.status.error()));
        QVERIFY(m_repository->list().value().isEmpty());
        QVERIFY(m_secrets->contents().isEmpty());
    }

    void theSenderNumberIsStoredAsTwilioNeedsIt()
    {
        Profile p = twilioProfile();
        p.settings.insert(u"from"_s, u"whatsapp:+14155238886"_s); // pasted from Twilio's Console
        const ProfileOutcome created
            = waitFor(m_service->create(p, {{u"auth_token"_s, u"0123456789abcdef0123456789abcdef"_s}}));
        QVERIFY2(created.status.isOk(), qPrintable(created.status.error()));
        QCOMPARE(m_repository->find(created.profile.id).value().setting(u"from"_s), u"+14155238886"_s);
        Profile edited = m_repository->find(created.profile.id).value();
        edited.settings.insert(u"from"_s, u"whatsapp:+1 415 523 8887"_s);
        QVERIFY(waitFor(m_service->update(edited, {})).status.isOk());
        QCOMPARE(m_repository->find(created.profile.id).value().setting(u"from"_s), u"+14155238887"_s);
    }

    void removeDeletesTheRowThenSecrets()
    {
        const ProfileOutcome created
            = waitFor(m_service->create(twilioProfile(), {{u"auth_token"_s, u"0123456789abcdef0123456789abcdef"_s}}));
        QVERIFY(created.status.isOk());
        QVERIFY(!m_secrets->contents().isEmpty());
        const ProfileOutcome removed = waitFor(m_service->remove(created.profile.id));
        QVERIFY2(removed.status.isOk(), qPrintable(removed.status.error()));
        QVERIFY(m_secrets->contents().isEmpty());
        QVERIFY(m_repository->list().value().isEmpty());
    }

    void aSenderIsNeverLeftWithoutItsTokens()
    {
        // The database refuses the removal: the sender stays, and so do its tokens.
        const ProfileOutcome created
            = waitFor(m_service->create(twilioProfile(), {{u"auth_token"_s, u"0123456789abcdef0123456789abcdef"_s}}));
        QSqlQuery trigger(m_db.connection());
        QVERIFY(trigger.exec(
            u"CREATE TRIGGER keep BEFORE DELETE ON profiles BEGIN SELECT RAISE(ABORT, 'disk full'); END"_s));
        ProfileOutcome removed = waitFor(m_service->remove(created.profile.id));
        QVERIFY(!removed.status.isOk());
        QCOMPARE(m_repository->list().value().size(), 1);
        QCOMPARE(m_secrets->contents().size(), 1);

        // The keychain refuses: the sender is gone all the same, and the owner is told which entries stayed.
        QVERIFY(trigger.exec(u"DROP TRIGGER keep"_s));
        m_secrets->setFailure(SecretResult::Error::Denied);
        removed = waitFor(m_service->remove(created.profile.id));
        QVERIFY(!removed.status.isOk());
        QVERIFY2(removed.status.error().contains(u"profile/%1/"_s.arg(created.profile.id)),
            qPrintable(removed.status.error()));
        QVERIFY(m_repository->list().value().isEmpty());
    }

    void aSenderWithBroadcastsIsArchivedWithItsHistory()
    {
        const ProfileOutcome created
            = waitFor(m_service->create(twilioProfile(), {{u"auth_token"_s, u"0123456789abcdef0123456789abcdef"_s}}));
        Outbox outbox(m_db);
        OutgoingMessage m;
        m.text = u"Roses are in"_s;
        const qint64 id = outbox.broadcasts()
                              .create(created.profile.id, m, {{u"+14155550100"_s, {}}, {u"+14155550101"_s, {}}})
                              .value();
        outbox.queue().claimDue(created.profile.id, 1, 1000, {u"w"_s, 5000});

        const ProfileOutcome removed = waitFor(m_service->remove(created.profile.id));
        QVERIFY2(removed.status.isOk(), qPrintable(removed.status.error()));
        QVERIFY(m_repository->list().value().isEmpty());
        QVERIFY(m_secrets->contents().isEmpty());
        // The history stays readable, under the sender's name.
        const Profile archived = m_repository->find(created.profile.id).value();
        QVERIFY2(archived.name.startsWith(u"Flower shop"_s), qPrintable(archived.name));
        QCOMPARE(outbox.broadcasts().find(id).value().state, Broadcast::State::Cancelled);
        QCOMPARE(outbox.broadcasts().counts(id).value().value(OutboxState::Cancelled), 1); // what it had not sent yet
        QCOMPARE(outbox.broadcasts().counts(id).value().value(OutboxState::Sending), 1);
        // Its name is free for a new sender.
        QVERIFY(waitFor(m_service->create(twilioProfile(), {{u"auth_token"_s, u"0123456789abcdef0123456789abcdef"_s}}))
                    .status.isOk());
    }

    void updateReplacesOnlyNamedSecrets()
    {
        const ProfileOutcome created
            = waitFor(m_service->create(twilioProfile(), {{u"auth_token"_s, u"0123456789abcdef0123456789abcdef"_s}}));
        Profile p = created.profile;
        p.settings.insert(u"api_key_sid"_s, u"SK0123456789abcdef0123456789abcdef"_s);
        const ProfileOutcome updated
            = waitFor(m_service->update(p, {{u"api_key_secret"_s, u"Abcdefghij0123456789Abcdefghij01"_s}}));
        QVERIFY2(updated.status.isOk(), qPrintable(updated.status.error()));
        const auto contents = m_secrets->contents();
        QCOMPARE(contents.value(u"profile/%1/auth_token"_s.arg(p.id)), u"0123456789abcdef0123456789abcdef"_s);
        QCOMPARE(contents.value(u"profile/%1/api_key_secret"_s.arg(p.id)), u"Abcdefghij0123456789Abcdefghij01"_s);
        QCOMPARE(m_repository->find(p.id).value().setting(u"api_key_sid"_s), u"SK0123456789abcdef0123456789abcdef"_s);
    }

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    Database m_db;
    const ProviderRegistry m_registry = ProviderRegistry::builtin();
    std::unique_ptr<ProfileRepository> m_repository;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<ProfileService> m_service;
};

QTEST_GUILESS_MAIN(TestProfileService)
#include "tst_profileservice.moc"
