// Moving a sender's number with tandem-cli, end to end: a `tandem-cli sandbox` process plays the providers,
// `tandem-cli migrate plan|run|status|undo` moves a Twilio sender to 360dialog with its paused broadcast and takes it
// back, and `--create-templates` submits the template a waiting broadcast needs. Secrets go to the real keychain
// (scripts/with-keyring).
#include "outbox/outbox.h"
#include "sandbox/sandboxaccounts.h"
#include "storage/database.h"
#include "templates/templatecatalogue.h"

#include "fakes/clirunner.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

class TestMigrateCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QFAIL("No D-Bus session: run the tests through scripts/test (or scripts/with-keyring ctest).");
        m_sandboxUrl = m_cli.startSandbox();
        QVERIFY2(!m_sandboxUrl.isEmpty(), "the sandbox did not say where it listens");
        const CliRun twilio = m_cli.run(
            {u"profile"_s, u"add"_s, u"--name"_s, u"Twilio shop"_s, u"--provider"_s, u"twilio"_s, u"--set"_s,
                u"account_sid=%1"_s.arg(QString::fromUtf16(SandboxAccounts::twilioAccountSid)), u"--set"_s,
                u"from=+14155238886"_s, u"--set"_s, u"api_base="_s + m_sandboxUrl, u"--secrets-stdin"_s},
            (u"auth_token="_s + QString::fromUtf16(SandboxAccounts::twilioAuthToken) + u"\n"_s).toUtf8());
        QVERIFY2(twilio.exitCode == 0, twilio.err.constData());
    }

    void cleanupTestCase()
    {
        QCOMPARE(m_cli.run({u"profile"_s, u"remove"_s, u"Twilio shop"_s}).exitCode, 0); // and its keychain entries
    }

    // A Twilio sender's number moves to 360dialog with its paused broadcast: plan, a run that waits for the owner,
    // the run, and an undo that brings everything back.
    void movesASenderTo360dialog()
    {
        const CliRun added
            = m_cli.run({u"profile"_s, u"add"_s, u"--name"_s, u"360 shop"_s, u"--provider"_s, u"360dialog"_s,
                            u"--set"_s, u"api_base="_s + m_sandboxUrl, u"--secrets-stdin"_s},
                (u"api_key="_s + QString::fromUtf16(SandboxAccounts::dialog360ApiKey) + u"\n"_s).toUtf8());
        QVERIFY2(added.exitCode == 0, added.err.constData());
        const QString list = m_cli.write(u"move.csv"_s, "phone\n+14155559101\n+14155559102\n");
        const CliRun started = m_cli.run({u"broadcast"_s, u"start"_s, u"--profile"_s, u"Twilio shop"_s,
            u"--recipients"_s, list, u"--text"_s, u"We moved to a new number"_s, u"--ignore-window"_s});
        QVERIFY2(started.exitCode == 0, started.err.constData());
        const QString id = QString::number(QJsonDocument::fromJson(started.out.trimmed().split('\n').first())
                                               .object()
                                               .value(u"broadcast_id"_s)
                                               .toInteger());
        QCOMPARE(m_cli.run({u"broadcast"_s, u"pause"_s, id}).exitCode, 0);

        const CliRun plan
            = m_cli.run({u"migrate"_s, u"plan"_s, u"Twilio shop"_s, u"--to"_s, u"360 shop"_s, u"--json"_s});
        QVERIFY2(plan.exitCode == 0, plan.err.constData());
        QVERIFY(plan.json().value(u"ready"_s).toBool());
        QCOMPARE(plan.json().value(u"owner_steps"_s).toArray().size(), 3);
        bool listed = false;
        for (const QJsonValue& b : plan.json().value(u"broadcasts"_s).toArray())
            listed = listed || QString::number(b.toObject().value(u"id"_s).toInteger()) == id;
        QVERIFY(listed);
        // The dry run: both messages would go (the owner said the customers wrote outside Tandem).
        const QJsonObject dryRun
            = plan.json().value(u"broadcasts"_s).toArray().first().toObject().value(u"dry_run"_s).toObject();
        QCOMPARE(dryRun.value(u"would_go"_s).toInt(), 2);
        QVERIFY(dryRun.value(u"left_out"_s).toObject().isEmpty());

        const CliRun waits = m_cli.run({u"migrate"_s, u"run"_s, u"Twilio shop"_s, u"--to"_s, u"360 shop"_s});
        QCOMPARE(waits.exitCode, 2); // the owner has not said the number works yet
        QVERIFY(waits.out.contains("--number-works"));
        QVERIFY(m_cli.run({u"profile"_s, u"show"_s, u"Twilio shop"_s}).exitCode == 0); // nothing changed

        const CliRun ran
            = m_cli.run({u"migrate"_s, u"run"_s, u"Twilio shop"_s, u"--to"_s, u"360 shop"_s, u"--number-works"_s});
        QVERIFY2(ran.exitCode == 0, QByteArray(ran.out + ran.err).constData());
        const CliRun moved = m_cli.run({u"broadcast"_s, u"status"_s, id, u"--json"_s});
        QCOMPARE(moved.json().value(u"state"_s).toString(), u"paused"_s); // still the owner's to resume
        QCOMPARE(moved.json().value(u"counts"_s).toObject().value(u"queued"_s).toInt(), 2);
        QCOMPARE(m_cli.run({u"profile"_s, u"show"_s, u"Twilio shop"_s}).exitCode, 1); // archived
        const CliRun status = m_cli.run({u"migrate"_s, u"status"_s, u"Twilio shop"_s, u"--json"_s});
        QCOMPARE(status.json().value(u"state"_s).toString(), u"done"_s);
        QCOMPARE(status.json().value(u"moved_messages"_s).toInt(), 2);

        const CliRun undone = m_cli.run({u"migrate"_s, u"undo"_s, u"Twilio shop"_s});
        QVERIFY2(undone.exitCode == 0, undone.err.constData());
        QCOMPARE(m_cli.run({u"profile"_s, u"show"_s, u"Twilio shop"_s}).exitCode, 0);
        QCOMPARE(
            m_cli.run({u"migrate"_s, u"status"_s, u"Twilio shop"_s, u"--json"_s}).json().value(u"state"_s).toString(),
            u"undone"_s);
        QCOMPARE(m_cli.run({u"broadcast"_s, u"cancel"_s, id}).exitCode, 0);
        QCOMPARE(m_cli.run({u"profile"_s, u"remove"_s, u"360 shop"_s}).exitCode, 0);
    }

    // The waiting broadcast uses a Twilio Content the 360dialog sender lacks: `migrate run --create-templates`
    // submits its copy for review there, links it as the same message, and stops; run again, nothing is missing.
    void createsTheTemplatesAMoveNeeds()
    {
        const CliRun added
            = m_cli.run({u"profile"_s, u"add"_s, u"--name"_s, u"360 salon"_s, u"--provider"_s, u"360dialog"_s,
                            u"--set"_s, u"api_base="_s + m_sandboxUrl, u"--secrets-stdin"_s},
                (u"api_key="_s + QString::fromUtf16(SandboxAccounts::dialog360ApiKey) + u"\n"_s).toUtf8());
        QVERIFY2(added.exitCode == 0, added.err.constData());
        const qint64 twilio
            = m_cli.run({u"profile"_s, u"show"_s, u"Twilio shop"_s, u"--json"_s}).json().value(u"id"_s).toInteger();
        const qint64 d360
            = m_cli.run({u"profile"_s, u"show"_s, u"360 salon"_s, u"--json"_s}).json().value(u"id"_s).toInteger();
        QVERIFY(twilio > 0 && d360 > 0);
        const QString sid = u"HX0123456789abcdef0123456789abcd77"_s;
        qint64 broadcast = 0;
        {
            // What `templates sync` would have kept, and a broadcast waiting on it (as the window made it).
            Database db;
            QVERIFY(db.open(m_cli.databasePath()).isOk());
            MessageTemplate content;
            content.provider = u"twilio"_s;
            content.style = TemplateStyle::ContentSid;
            content.profileId = twilio;
            content.providerId = sid;
            content.name = u"Table ready"_s;
            content.language = u"en"_s;
            content.status = u"approved"_s;
            content.category = u"utility"_s;
            content.body = u"Hi {{1}}, your table for {{2}} is ready."_s;
            QVERIFY(TemplateCatalogue(db).upsert(content).isOk());
            OutgoingMessage message;
            message.kind = OutgoingMessage::Kind::ContentTemplate;
            message.contentSid = sid;
            broadcast = Outbox(db).broadcasts().create(twilio, message, {{u"+14155550701"_s, {}}}).value();
            db.close();
        }
        const QStringList run = {u"migrate"_s, u"run"_s, u"Twilio shop"_s, u"--to"_s, u"360 salon"_s};
        const CliRun plan
            = m_cli.run({u"migrate"_s, u"plan"_s, u"Twilio shop"_s, u"--to"_s, u"360 salon"_s, u"--json"_s});
        QCOMPARE(plan.exitCode, 1); // not ready: the template is missing
        const CliRun created = m_cli.run(run + QStringList {u"--create-templates"_s});
        QCOMPARE(created.exitCode, 2); // submitted: WhatsApp reviews it now
        QVERIFY2(created.out.contains("Submitted 1 template"), QByteArray(created.out + created.err).constData());
        {
            Database db;
            QVERIFY(db.open(m_cli.databasePath()).isOk());
            QCOMPARE(TemplateCatalogue(db).linkedIn(twilio, sid, d360).value(), u"table_ready|en"_s);
            const auto copy = TemplateCatalogue(db).find(d360, u"table_ready|en"_s).value();
            QVERIFY(copy.has_value());
            QVERIFY(copy->isUnderReview());
            db.close();
        }
        // Nothing is missing any more: the run goes on to its next question (the number works?).
        const CliRun again = m_cli.run(run + QStringList {u"--create-templates"_s});
        QCOMPARE(again.exitCode, 2);
        QVERIFY(again.out.contains("--number-works"));
        QVERIFY(!again.out.contains("Submitted"));
        QCOMPARE(m_cli.run({u"migrate"_s, u"undo"_s, u"Twilio shop"_s}).exitCode, 0);
        QCOMPARE(m_cli.run({u"broadcast"_s, u"cancel"_s, QString::number(broadcast)}).exitCode, 0);
        const CliRun removed = m_cli.run({u"profile"_s, u"remove"_s, u"360 salon"_s});
        QVERIFY2(removed.exitCode == 0, QByteArray(removed.out + removed.err).constData());
    }

    // A number that moved to Meta's Cloud API sends only once registered; the PIN comes on standard input, and one
    // that is not 6 digits goes nowhere.
    void registersAMetaNumberWithThePinFromStandardInput()
    {
        const QString secrets = u"access_token=%1\napp_secret=%2\nverify_token=%3\n"_s.arg(
            QString::fromUtf16(SandboxAccounts::metaAccessToken), QString::fromUtf16(SandboxAccounts::metaAppSecret),
            QString::fromUtf16(SandboxAccounts::metaVerifyToken));
        const CliRun added = m_cli.run(
            {u"profile"_s, u"add"_s, u"--name"_s, u"Meta bakery"_s, u"--provider"_s, u"meta_cloud"_s, u"--set"_s,
                u"phone_number_id=%1"_s.arg(QString::fromUtf16(SandboxAccounts::metaSecondPhoneNumberId)), u"--set"_s,
                u"waba_id=%1"_s.arg(QString::fromUtf16(SandboxAccounts::metaSecondWabaId)), u"--set"_s,
                u"api_base="_s + m_sandboxUrl, u"--secrets-stdin"_s},
            secrets.toUtf8());
        QVERIFY2(added.exitCode == 0, added.err.constData());
        const QStringList send = {u"send"_s, u"--profile"_s, u"Meta bakery"_s, u"--to"_s, u"+14155559201"_s,
            u"--text"_s, u"Testing the moved number"_s, u"--ignore-window"_s};
        const CliRun before = m_cli.run(send);
        QVERIFY(before.exitCode != 0);
        QVERIFY2(before.err.contains("not registered") || before.out.contains("not registered"),
            QByteArray(before.out + before.err).constData());

        const QStringList registration = {u"migrate"_s, u"register"_s, u"Twilio shop"_s, u"--to"_s, u"Meta bakery"_s};
        const CliRun refused = m_cli.run(registration, "12345\n");
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("6 digits"), refused.err.constData());
        const CliRun registered = m_cli.run(registration, "482916\n");
        QVERIFY2(registered.exitCode == 0, QByteArray(registered.out + registered.err).constData());
        QVERIFY(registered.out.contains("is registered"));
        QVERIFY(!registered.out.contains("482916") && !registered.err.contains("482916"));
        const CliRun after = m_cli.run(send);
        QVERIFY2(after.exitCode == 0, QByteArray(after.out + after.err).constData());
        QCOMPARE(m_cli.run({u"profile"_s, u"remove"_s, u"Meta bakery"_s}).exitCode, 0);
    }

private:
    CliRunner m_cli {QStringLiteral(TANDEM_CLI_PATH)};
    QString m_sandboxUrl;
};

QTEST_GUILESS_MAIN(TestMigrateCli)
#include "tst_migratecli.moc"
