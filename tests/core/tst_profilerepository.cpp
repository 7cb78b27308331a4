// Profiles in the database: a full round trip, unique names, and bad input refused with a reason.
#include "profiles/profilerepository.h"
#include "providers/providerregistry.h"
#include "storage/database.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestProfileRepository : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_db.open(m_dir.filePath(u"profiles-%1.sqlite"_s.arg(++m_counter))).isOk());
    }
    void cleanup()
    {
        m_db.close();
    }

    void roundTrip()
    {
        ProfileRepository repo(m_db, m_registry);
        Profile p;
        p.name = u"  Corner Bakery  "_s;
        p.kind = u"meta_cloud"_s;
        p.settings = {{u"phone_number_id"_s, u"106540352242922"_s}, {u"app_id"_s, u"123456789012"_s},
            {u"default_region"_s, u"DE"_s}};
        const Result<Profile> created = repo.create(p);
        QVERIFY2(created.isOk(), qPrintable(created.error()));
        QVERIFY(created.value().id > 0);
        QCOMPARE(created.value().name, u"Corner Bakery"_s);

        // The plan's columns are filled from the settings, so reports can query them.
        QSqlQuery q(m_db.connection());
        QVERIFY(q.exec(u"SELECT whatsapp_provider, whatsapp_business_phone_id, whatsapp_app_id FROM profiles"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), u"meta_cloud"_s);
        QCOMPARE(q.value(1).toString(), u"106540352242922"_s);
        QCOMPARE(q.value(2).toString(), u"123456789012"_s);

        Result<Profile> read = repo.find(created.value().id);
        QVERIFY(read.isOk());
        QCOMPARE(read.value().settings, p.settings);
        QCOMPARE(read.value().kind, u"meta_cloud"_s);

        Profile changed = read.value();
        changed.name = u"Bakery"_s;
        changed.settings.insert(u"waba_id"_s, u"102290129340398"_s);
        QVERIFY(repo.update(changed).isOk());
        QCOMPARE(repo.findByName(u"Bakery"_s).value().setting(u"waba_id"_s), u"102290129340398"_s);
        QVERIFY(!repo.findByName(u"Corner Bakery"_s).isOk());

        QVERIFY(repo.recordVerification(changed.id, true, u"+1 555-078-3881, Tandem Demo Shop"_s).isOk());
        const Profile verified = repo.find(changed.id).value();
        QVERIFY(verified.verifiedOk);
        QVERIFY(verified.verifiedAt.isValid());
        QCOMPARE(verified.verificationSummary, u"+1 555-078-3881, Tandem Demo Shop"_s);

        QCOMPARE(repo.list().value().size(), 1);
        QVERIFY(repo.remove(changed.id).isOk());
        QVERIFY(repo.list().value().isEmpty());
        QVERIFY(!repo.remove(changed.id).isOk());
    }

    void namesAreUnique()
    {
        ProfileRepository repo(m_db, m_registry);
        Profile p;
        p.name = u"Shop"_s;
        p.kind = u"twilio"_s;
        QVERIFY(repo.create(p).isOk());
        const Result<Profile> again = repo.create(p);
        QVERIFY(!again.isOk());
        QCOMPARE(again.error(), u"A sender called \"Shop\" already exists."_s);

        Profile other;
        other.name = u"Other"_s;
        other.kind = u"twilio"_s;
        Profile stored = repo.create(other).value();
        stored.name = u"Shop"_s;
        QVERIFY(!repo.update(stored).isOk());
    }

    void badInputIsRejected_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QVariantMap>("settings");
        QTest::addColumn<QString>("expectedError");
        QTest::newRow("empty name") << u"   "_s << u"twilio"_s << QVariantMap() << u"Give the sender a name"_s;
        QTest::newRow("unknown provider")
            << u"Shop"_s << u"vonage"_s << QVariantMap() << u"Unknown provider \"vonage\""_s;
        QTest::newRow("empty provider") << u"Shop"_s << QString() << QVariantMap() << u"Unknown provider"_s;
        QTest::newRow("token as a setting")
            << u"Shop"_s << u"meta_cloud"_s << QVariantMap {{u"access_token"_s, u"EAAsecret"_s}}
            << u"kept in the system keychain"_s;
        QTest::newRow("auth token as a setting")
            << u"Shop"_s << u"twilio"_s << QVariantMap {{u"auth_token"_s, u"abc"_s}}
            << u"kept in the system keychain"_s;
        QTest::newRow("unknown setting") << u"Shop"_s << u"twilio"_s << QVariantMap {{u"colour"_s, u"red"_s}}
                                         << u"no setting called \"colour\""_s;
        QTest::newRow("name too long") << QString(81, u'x') << u"twilio"_s << QVariantMap() << u"too long"_s;
    }
    void badInputIsRejected()
    {
        QFETCH(QString, name);
        QFETCH(QString, kind);
        QFETCH(QVariantMap, settings);
        QFETCH(QString, expectedError);
        ProfileRepository repo(m_db, m_registry);
        Profile p;
        p.name = name;
        p.kind = kind;
        p.settings = settings;
        const Result<Profile> created = repo.create(p);
        QVERIFY(!created.isOk());
        QVERIFY2(created.error().contains(expectedError), qPrintable(created.error()));
        QVERIFY(repo.list().value().isEmpty());
    }

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    Database m_db;
    const ProviderRegistry m_registry = ProviderRegistry::builtin();
};

QTEST_GUILESS_MAIN(TestProfileRepository)
#include "tst_profilerepository.moc"
