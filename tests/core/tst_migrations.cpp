// The schema's history: a new file reaches the latest version, an old file upgrades with its rows intact, a file
// from a newer Tandem is refused without being touched, and a failing step leaves nothing half-done.
#include "profiles/profilerepository.h"
#include "providers/providerregistry.h"
#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/migrator.h"

#include "fakes/testdatabase.h"
#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QByteArray fileHash(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

QStringList columns(const QSqlDatabase& db, const QString& table)
{
    QSqlQuery q(db);
    q.exec(u"PRAGMA table_info(%1)"_s.arg(table));
    QStringList names;
    while (q.next())
        names << q.value(1).toString();
    return names;
}

// Runs f with a raw SQLite connection to path, then closes it.
template<typename F>
void withRawConnection(const QString& path, F f)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        f(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(u"raw"_s);
}
} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // The same migrations build the same tables on PostgreSQL (run as tst_migrations_postgres).
    void theSameMigrationsRunOnPostgres()
    {
        if (!testOnPostgres())
            QSKIP("runs as tst_migrations_postgres, beside the throw-away PostgreSQL server");
        QTemporaryDir dir;
        const QString url = testDatabase(dir, u"migrations"_s);
        Database db;
        const Status opened = db.open(url);
        QVERIFY2(opened.isOk(), qPrintable(opened.error()));
        QVERIFY(db.isPostgres());
        QCOMPARE(db.schemaVersion(), 18);
        for (const QString& table : {u"profiles"_s, u"contacts"_s, u"broadcasts"_s, u"outbox"_s, u"outbox_attempts"_s,
                 u"sender_leases"_s, u"webhook_events"_s, u"inbound_messages"_s})
            QVERIFY2(db.connection().tables().contains(table), qPrintable(table));
        // Times in milliseconds need 64 bits.
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(u"SELECT data_type FROM information_schema.columns WHERE table_name = 'outbox' AND "
                       "column_name = 'updated_at'"_s)
            && q.next());
        QCOMPARE(q.value(0).toString(), u"bigint"_s);
        // A second opening finds it up to date.
        db.close();
        QVERIFY(db.open(url).isOk());
        QCOMPARE(db.schemaVersion(), 18);
    }

    void freshDatabaseReachesLatestVersion()
    {
        QTemporaryDir dir;
        Database db;
        const Status opened = db.open(dir.filePath(u"fresh.sqlite"_s));
        QVERIFY2(opened.isOk(), qPrintable(opened.error()));
        QCOMPARE(db.schemaVersion(), 18);
        for (const char* table : {"profiles", "broadcasts", "outbox", "outbox_attempts", "contacts", "sender_leases",
                 "contact_import_journal", "webhook_events", "inbound_messages", "schema_version"})
            QVERIFY2(db.connection().tables().contains(QString::fromLatin1(table)), table);
        const QStringList profileColumns = columns(db.connection(), u"profiles"_s);
        for (const char* column : {"name", "whatsapp_provider", "whatsapp_business_phone_id", "whatsapp_app_id",
                 "settings", "verified_at", "verified_ok", "verification_summary"})
            QVERIFY2(profileColumns.contains(QString::fromLatin1(column)), column);
        // The plan's token column is deliberately absent: tokens live in the keychain.
        QVERIFY(!profileColumns.contains(u"whatsapp_access_token"_s));

        QSqlQuery q(db.connection());
        QVERIFY(q.exec(u"PRAGMA journal_mode"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"wal"_s);
        QVERIFY(q.exec(u"PRAGMA foreign_keys"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void reopeningChangesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"again.sqlite"_s);
        {
            Database db;
            QVERIFY(db.open(path).isOk());
        }
        Database db;
        QVERIFY(db.open(path).isOk());
        QCOMPARE(db.schemaVersion(), 18);
    }

    void oldVersionUpgradesWithRowsIntact()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"old.sqlite"_s);
        // A file as the first release of Tandem left it: schema step 1 and one profile.
        withRawConnection(path, [](QSqlDatabase& raw) {
            QVERIFY(Migrator(raw, tandemMigrations()).migrateTo(1).isOk());
            QSqlQuery q(raw);
            QVERIFY(q.exec(u"INSERT INTO profiles (name, whatsapp_provider, whatsapp_business_phone_id, settings, "
                           "created_at, updated_at) VALUES ('Bakery', 'meta_cloud', '106540352242922', "
                           "'{\"phone_number_id\":\"106540352242922\",\"default_region\":\"DE\"}', "
                           "'2026-01-02T03:04:05.000Z', '2026-01-02T03:04:05.000Z')"_s));
            QVERIFY(Migrator(raw, tandemMigrations()).currentVersion().value() == 1);
        });

        Database db;
        const Status opened = db.open(path);
        QVERIFY2(opened.isOk(), qPrintable(opened.error()));
        QCOMPARE(db.schemaVersion(), 18);
        const ProviderRegistry registry = ProviderRegistry::builtin();
        ProfileRepository repository(db, registry);
        const Result<Profile> bakery = repository.findByName(u"Bakery"_s);
        QVERIFY2(bakery.isOk(), qPrintable(bakery.error()));
        QCOMPARE(bakery.value().kind, u"meta_cloud"_s);
        QCOMPARE(bakery.value().setting(u"phone_number_id"_s), u"106540352242922"_s);
        QCOMPARE(bakery.value().setting(u"default_region"_s), u"DE"_s);
        QCOMPARE(bakery.value().createdAt, QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC));
        QVERIFY(!bakery.value().verifiedOk);
        QVERIFY(!bakery.value().verifiedAt.isValid());
    }

    // Step 12: reports and customers' messages are kept once per sender. What a database at step 11 held is carried
    // over: its keys in the new shape (so a repeat of an old report is still a repeat), its messages in order.
    void reportsAndMessagesAreKeptPerSenderAfterStepTwelve()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"eleven.sqlite"_s);
        withRawConnection(path, [](QSqlDatabase& raw) {
            QVERIFY(Migrator(raw, tandemMigrations()).migrateTo(11).isOk());
            QSqlQuery q(raw);
            QVERIFY(
                q.exec(u"INSERT INTO webhook_events (provider, profile_id, kind, event_key, message_id, status, "
                       "received_at) VALUES ('twilio', 3, 'status', 'twilio:SM1:delivered:', 'SM1', 'delivered', 1), "
                       "('meta_cloud', 4, 'template', 'template:abcd', '', '', 2)"_s));
            QVERIFY(
                q.exec(u"INSERT INTO inbound_messages (profile_id, provider, provider_message_id, from_phone, body, "
                       "received_at, contact_id) VALUES (3, 'twilio', 'SM9', '+14155550100', 'first', 10, 1), "
                       "(3, 'twilio', 'SM8', '+14155550100', 'second', 20, 1)"_s));
        });
        Database db;
        const Status opened = db.open(path);
        QVERIFY2(opened.isOk(), qPrintable(opened.error()));
        QCOMPARE(db.schemaVersion(), 18);
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(u"SELECT event_key FROM webhook_events ORDER BY id"_s));
        QStringList keys;
        while (q.next())
            keys << q.value(0).toString();
        QCOMPARE(keys, (QStringList {u"twilio:3:SM1:delivered:"_s, u"template:4:abcd"_s}));
        QVERIFY(q.exec(u"SELECT body FROM inbound_messages ORDER BY id"_s));
        QStringList bodies;
        while (q.next())
            bodies << q.value(0).toString();
        QCOMPARE(bodies, (QStringList {u"first"_s, u"second"_s}));
        // The same message id from another sender is another message now; from the same sender it is a repeat.
        QVERIFY(q.exec(u"INSERT INTO inbound_messages (profile_id, provider, provider_message_id, received_at) "
                       "VALUES (5, 'twilio', 'SM9', 30)"_s));
        QVERIFY(!q.exec(u"INSERT INTO inbound_messages (profile_id, provider, provider_message_id, received_at) "
                        "VALUES (3, 'twilio', 'SM9', 40)"_s));
        QVERIFY(columns(db.connection(), u"contacts"_s).contains(u"parent_user_id"_s));
    }

    void newerVersionIsRefusedUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"future.sqlite"_s);
        withRawConnection(path, [](QSqlDatabase& raw) {
            QVERIFY(Migrator(raw, tandemMigrations()).migrateToLatest().isOk());
            QSqlQuery q(raw);
            QVERIFY(q.exec(u"UPDATE schema_version SET version = 99"_s));
            QVERIFY(q.exec(u"INSERT INTO profiles (name, whatsapp_provider, settings, created_at, updated_at) "
                           "VALUES ('From the future', 'twilio', '{}', 'x', 'x')"_s));
        });
        const QByteArray before = fileHash(path);
        QVERIFY(!before.isEmpty());

        Database db;
        const Status opened = db.open(path);
        QVERIFY(!opened.isOk());
        QVERIFY2(opened.error().contains(u"newer version of Tandem"_s), qPrintable(opened.error()));
        QVERIFY(opened.error().contains(u"99"_s));
        QVERIFY(!db.isOpen());
        QCOMPARE(fileHash(path), before);
        QVERIFY(!QFile::exists(path + u"-wal"_s) || QFile(path + u"-wal"_s).size() == 0);
    }

    void failingStepIsRolledBack()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"broken.sqlite"_s);
        QList<Migration> steps = tandemMigrations().mid(0, 1);
        steps.append(
            {2, u"a step that fails half-way"_s, {u"CREATE TABLE halfway (id INTEGER)"_s, u"THIS IS NOT SQL"_s}});
        withRawConnection(path, [&steps](QSqlDatabase& raw) {
            Migrator migrator(raw, steps);
            const Status migrated = migrator.migrateToLatest();
            QVERIFY(!migrated.isOk());
            QVERIFY2(migrated.error().contains(u"a step that fails half-way"_s), qPrintable(migrated.error()));
            QCOMPARE(migrator.currentVersion().value(), 1);
            QVERIFY(!raw.tables().contains(u"halfway"_s));
            QVERIFY(raw.tables().contains(u"profiles"_s));
        });
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
