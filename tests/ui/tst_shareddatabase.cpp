// Settings > Shared database, as the owner uses it: an address that cannot work is refused with the reason, the
// connection is checked against a real PostgreSQL (the one scripts/with-postgres starts) before anything is saved,
// the address goes to the settings and the password only to the keychain, and the local file can be chosen again.
#include "fakes/testdatabase.h"
#include "secrets/memorysecretstore.h"
#include "settings/shareddatabasedialog.h"
#include "storage/shareddatabase.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
SecretResult readSecret(SecretStore& store, const QString& key)
{
    SecretJob* job = store.read(key);
    QSignalSpy done(job, &SecretJob::finished);
    done.wait(5000);
    return done.isEmpty() ? SecretResult {} : done.first().first().value<SecretResult>();
}
} // namespace

class TestSharedDatabase : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"TandemTest"_s);
        QCoreApplication::setApplicationName(u"TandemSharedDatabase"_s);
        QSettings().clear();
    }

    void addressesThatCannotWork_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("says");
        QTest::newRow("a file") << u"/home/ana/tandem.sqlite"_s << u"postgresql://"_s;
        QTest::newRow("no database") << u"postgresql://shop@db.example.com:5432/"_s << u"database name"_s;
        QTest::newRow("no server") << u"postgresql:///tandem"_s << u"server"_s;
        QTest::newRow("password inside") << u"postgresql://shop:hunter2@db.example.com/tandem"_s << u"password field"_s;
        QTest::newRow("fine") << u"postgresql://shop@db.example.com:5432/tandem"_s << QString();
    }
    void addressesThatCannotWork()
    {
        QFETCH(QString, url);
        QFETCH(QString, says);
        const QString problem = SharedDatabase::problem(url);
        if (says.isEmpty())
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        else
            QVERIFY2(problem.contains(says), qPrintable(problem));
    }

    void checkedThenSavedWithThePasswordInTheKeychain()
    {
        if (qEnvironmentVariableIsEmpty("TANDEM_TEST_PG"))
            QSKIP("needs the throw-away PostgreSQL of scripts/test (scripts/with-postgres)");
        qputenv("TANDEM_TEST_BACKEND", "postgres");
        QTemporaryDir dir;
        const QString url = testDatabase(dir, u"shared"_s); // an empty database of its own on the test server
        qunsetenv("TANDEM_TEST_BACKEND");
        MemorySecretStore keychain;
        SharedDatabaseDialog dialog(keychain, dir.filePath(u"desk.sqlite"_s));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* address = dialog.findChild<QLineEdit*>(u"sharedDatabaseUrlLineEdit"_s);
        auto* password = dialog.findChild<QLineEdit*>(u"sharedDatabasePasswordLineEdit"_s);
        auto* check = dialog.findChild<QPushButton*>(u"checkConnectionButton"_s);
        auto* use = dialog.findChild<QPushButton*>(u"useSharedDatabaseButton"_s);
        auto* local = dialog.findChild<QPushButton*>(u"useLocalDatabaseButton"_s);
        auto* result = dialog.findChild<QLabel*>(u"sharedDatabaseResultLabel"_s);
        QVERIFY(address->text().isEmpty()); // this desk runs on its own file
        QVERIFY(!use->isEnabled());
        QVERIFY(!local->isEnabled());

        // A server that is not there: the reason, and nothing to save.
        QUrl nowhere(url);
        nowhere.setPort(1);
        QTest::keyClicks(address, nowhere.toString());
        QSignalSpy checked(&dialog, &SharedDatabaseDialog::checked);
        QTest::mouseClick(check, Qt::LeftButton);
        QVERIFY(checked.wait(20000));
        QCOMPARE(checked.last().first().toBool(), false);
        QVERIFY2(result->text().startsWith(u"✘"_s), qPrintable(result->text()));
        // In words the owner can act on, not the driver's.
        QVERIFY2(result->text().contains(u"nothing answers at that address and port"_s)
                && !result->text().contains(u"QPSQL"_s),
            qPrintable(result->text()));
        QVERIFY(!use->isEnabled());

        // The real one: checked (its tables made ready), then saved.
        address->clear();
        QTest::keyClicks(address, url);
        QTest::keyClicks(password, u"correct horse battery"_s);
        QTest::mouseClick(check, Qt::LeftButton);
        QVERIFY(checked.wait(20000));
        QVERIFY2(checked.last().first().toBool(), qPrintable(result->text()));
        QVERIFY2(result->text().startsWith(u"✔"_s), qPrintable(result->text()));
        QVERIFY(use->isEnabled());
        QSignalSpy saved(&dialog, &SharedDatabaseDialog::saved);
        QTest::mouseClick(use, Qt::LeftButton);
        QVERIFY(saved.wait(5000));
        QCOMPARE(SharedDatabase::savedUrl(), url);
        QCOMPARE(readSecret(keychain, SharedDatabase::passwordKey(url)).value, u"correct horse battery"_s);
        QSettings settings;
        for (const QString& key : settings.allKeys())
            QVERIFY2(!settings.value(key).toString().contains(u"correct horse"_s), qPrintable(key));

        // Back to this computer's file.
        QVERIFY(local->isEnabled());
        QTest::mouseClick(local, Qt::LeftButton);
        QCOMPARE(SharedDatabase::savedUrl(), QString());
        QVERIFY(!local->isEnabled());
    }
};

QTEST_MAIN(TestSharedDatabase)
#include "tst_shareddatabase.moc"
