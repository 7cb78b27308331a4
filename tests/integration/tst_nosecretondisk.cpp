// A token exists only in the keychain and in memory. After a profile is created through the core API, verified
// and used against the sandbox, and the main window has saved its settings, the token's bytes (raw, Base64 in a
// Basic header, URL-encoded) appear nowhere in the database, its WAL and SHM files, the settings file or the log.
#include "appservices.h"
#include "fakes/sandboxprofiles.h"
#include "mainwindow/mainwindow.h"
#include "profiles/profilerepository.h"
#include "profiles/profileservice.h"
#include "profiles/providerfactory.h"
#include "providers/messagingprovider.h"
#include "providers/providerregistry.h"
#include "sandbox/sandboxserver.h"
#include "secrets/keychainsecretstore.h"
#include "services/dataservices.h"
#include "storage/changenotifier.h"
#include "storage/database.h"
#include "webhooks/receiverthread.h"
#include "worker/outboxthread.h"

#include <QDirIterator>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QByteArray capturedLog;
QtMessageHandler previousHandler = nullptr;

void captureMessages(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    capturedLog += qFormatLogMessage(type, context, message).toUtf8() + '\n';
    previousHandler(type, context, message);
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

class TestNoSecretOnDisk : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"TandemTest"_s);
        QCoreApplication::setApplicationName(u"TandemNoSecretOnDisk"_s);
        QLoggingCategory::setFilterRules(u"tandem.*=true"_s);
        previousHandler = qInstallMessageHandler(captureMessages);
    }

    void tokenNeverReachesDiskOrLog()
    {
        QTemporaryDir dir;
        const QString dbPath = dir.filePath(u"tandem.sqlite"_s);
        Database db;
        QVERIFY(db.open(dbPath).isOk());
        const ProviderRegistry registry = ProviderRegistry::builtin();
        ProfileRepository repository(db, registry);
        KeychainSecretStore store(db.identity());
        ProfileService service(repository, registry, store);

        SandboxServer sandbox;
        QVERIFY(sandbox.start() != 0);
        // A token made for this run, never written to a fixture. The sandbox does not know it, so the verify
        // below fails with 401 and its error path (logs, raw body) is exercised too.
        QString token;
        for (int i = 0; i < 32; ++i)
            token += u"0123456789abcdef"_s.at(QRandomGenerator::global()->bounded(16));

        Profile profile = twilioSandboxProfile(sandbox.baseUrl());
        profile.id = 0;
        ProfileJob* create = service.create(profile, {{u"auth_token"_s, token}});
        QSignalSpy created(create, &ProfileJob::finished);
        QVERIFY(created.wait(10000));
        const ProfileOutcome outcome = created.first().first().value<ProfileOutcome>();
        QVERIFY2(outcome.status.isOk(), qPrintable(outcome.status.error()));

        ProfileJob* load = service.loadSecrets(outcome.profile);
        QSignalSpy loaded(load, &ProfileJob::finished);
        QVERIFY(loaded.wait(10000));
        const QHash<QString, QString> secrets = loaded.first().first().value<ProfileOutcome>().secrets;
        QCOMPARE(secrets.value(u"auth_token"_s), token);

        QNetworkAccessManager network;
        std::unique_ptr<MessagingProvider> provider(
            registry.find(u"twilio"_s)->create(outcome.profile, secrets, &network));
        ProviderJob* verify = provider->verifyCredentials();
        QSignalSpy verified(verify, &ProviderJob::finished);
        QVERIFY(verified.wait(10000));
        const ProviderResult result = verified.first().first().value<ProviderResult>();
        QCOMPARE(result.error.errorClass, ErrorClass::Authentication);
        QVERIFY(!result.error.rawBody.contains(token));
        repository.recordVerification(outcome.profile.id, false, result.error.explanation);

        DataServices data(db, registry);
        ChangeNotifier changes(db);
        OutboxThread sending(db.path(), registry, service, OutboxWorker::Options());
        ReceiverThread receiver(db.path(), registry, service);
        const ProviderFactory providers(service, registry);
        AppServices services {data, db.path(), changes, service, registry, providers, network,
            ComparisonData::builtin().takeValue(), {}, sending, receiver};
        {
            MainWindow window(services);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.close();
        }
        QSettings settings;
        settings.sync();
        const QString settingsFile = settings.fileName();
        QVERIFY2(QFile::exists(settingsFile), qPrintable(settingsFile));

        const QByteArray raw = token.toUtf8();
        const QByteArray basic = (outcome.profile.setting(u"account_sid"_s) + u':' + token).toUtf8().toBase64();
        const QList<QByteArray> forms = {raw, basic, raw.toBase64(), raw.toHex()};

        QStringList files = {settingsFile};
        QDirIterator it(dir.path(), QDir::Files);
        while (it.hasNext())
            files << it.next();
        QVERIFY(files.contains(dbPath));
        db.close();
        for (const QString& file : std::as_const(files)) {
            const QByteArray bytes = readAll(file);
            for (const QByteArray& form : forms)
                QVERIFY2(!bytes.contains(form), qPrintable(u"secret found in "_s + file));
        }
        QVERIFY(capturedLog.contains("tandem.providers.twilio")); // the log was captured at all
        for (const QByteArray& form : forms)
            QVERIFY2(!capturedLog.contains(form), "secret found in the log output");

        ProfileJob* remove = service.remove(outcome.profile.id);
        QSignalSpy removed(remove, &ProfileJob::finished);
        QVERIFY(removed.wait(10000));
    }
};

QTEST_MAIN(TestNoSecretOnDisk)
#include "tst_nosecretondisk.moc"
