// tandem-cli end to end: a `tandem-cli sandbox` process plays both providers, and `tandem-cli` adds, shows,
// verifies and removes senders and sends through them, with secrets in the real keychain (scripts/with-keyring).
// Every byte the CLI prints is kept and searched for the tokens at the end.
#include "sandbox/sandboxaccounts.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const
    {
        return QJsonDocument::fromJson(out.trimmed().split('\n').last()).object();
    }
};

const QString kTwilioToken = QString::fromUtf16(SandboxAccounts::twilioAuthToken);
const QString kMetaToken = QString::fromUtf16(SandboxAccounts::metaAccessToken);
const QString kWrongToken = u"EAAthisTokenIsWrong0123456789wrong"_s;
} // namespace

class TestCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QFAIL("No D-Bus session: run the tests through scripts/test (or scripts/with-keyring ctest).");
        QVERIFY(m_dir.isValid());
        m_sandbox.setProgram(QStringLiteral(TANDEM_CLI_PATH));
        m_sandbox.setArguments({u"sandbox"_s, u"--port"_s, u"0"_s});
        m_sandbox.start();
        QVERIFY(m_sandbox.waitForStarted());
        QRegularExpression listening(u"listening on (http://127\\.0\\.0\\.1:[0-9]+)"_s);
        QByteArray banner;
        while (!listening.match(QString::fromUtf8(banner)).hasMatch()) {
            QVERIFY2(m_sandbox.waitForReadyRead(10000), "the sandbox did not say where it listens");
            banner += m_sandbox.readAllStandardOutput();
        }
        m_sandboxUrl = listening.match(QString::fromUtf8(banner)).captured(1);
    }

    void cleanupTestCase()
    {
        m_sandbox.terminate(); // SIGTERM: the sandbox stops cleanly
        QVERIFY(m_sandbox.waitForFinished(5000));
        QCOMPARE(m_sandbox.exitStatus(), QProcess::NormalExit);
        QCOMPARE(m_sandbox.exitCode(), 0);
    }

    void startsEmpty()
    {
        const Run list = cli({u"profile"_s, u"list"_s});
        QCOMPARE(list.exitCode, 0);
        QVERIFY(list.out.contains("No WhatsApp sender set up yet"));
        const Run help = cli({u"--help"_s});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("profile add"));
        QVERIFY(cli({u"--version"_s}).out.contains("0.1.0"));
    }

    // The command line speaks the owner's language as the app does; its JSON is the same in every language.
    void speaksTheOwnersLanguage()
    {
        const Run portuguese = cli({u"frob"_s}, {}, {{u"LC_ALL"_s, u"pt_BR.UTF-8"_s}});
        QVERIFY2(portuguese.err.contains("Comando desconhecido \"frob\""), portuguese.err.constData());
        const Run spanish = cli({u"frob"_s}, {}, {{u"LC_ALL"_s, u"es_AR.UTF-8"_s}});
        QVERIFY2(spanish.err.contains("Orden desconocida «frob»"), spanish.err.constData());
        const Run english = cli({u"frob"_s});
        QVERIFY2(english.err.contains("Unknown command \"frob\""), english.err.constData());
        QCOMPARE(cli({u"profile"_s, u"list"_s, u"--json"_s}, {}, {{u"LC_ALL"_s, u"pt_BR.UTF-8"_s}}).out,
            cli({u"profile"_s, u"list"_s, u"--json"_s}).out);
    }

    void addsSenders()
    {
        const Run twilio
            = cli({u"profile"_s, u"add"_s, u"--name"_s, u"Twilio shop"_s, u"--provider"_s, u"twilio"_s, u"--set"_s,
                      u"account_sid=%1"_s.arg(QString::fromUtf16(SandboxAccounts::twilioAccountSid)), u"--set"_s,
                      u"from=+14155238886"_s, u"--set"_s, u"api_base="_s + m_sandboxUrl, u"--secrets-stdin"_s},
                (u"auth_token="_s + kTwilioToken + u"\n"_s).toUtf8());
        QVERIFY2(twilio.exitCode == 0, twilio.err.constData());
        const Run meta
            = cli({u"profile"_s, u"add"_s, u"--name"_s, u"Meta shop"_s, u"--provider"_s, u"meta_cloud"_s, u"--set"_s,
                      u"phone_number_id=%1"_s.arg(QString::fromUtf16(SandboxAccounts::metaPhoneNumberId)), u"--set"_s,
                      u"default_region=DE"_s, u"--set"_s, u"api_base="_s + m_sandboxUrl, u"--secrets-stdin"_s},
                (u"# Meta System User token\naccess_token="_s + kMetaToken + u"\n"_s).toUtf8());
        QVERIFY2(meta.exitCode == 0, meta.err.constData());

        const Run list = cli({u"profile"_s, u"list"_s, u"--json"_s});
        QCOMPARE(list.exitCode, 0);
        const QJsonArray profiles = list.json().value(u"profiles"_s).toArray();
        QCOMPARE(profiles.size(), 2);
        QCOMPARE(profiles.at(0).toObject().value(u"name"_s).toString(), u"Meta shop"_s);
        QCOMPARE(profiles.at(0).toObject().value(u"provider"_s).toString(), u"meta_cloud"_s);
        // Defaults from the registry are filled in.
        QCOMPARE(
            profiles.at(0).toObject().value(u"settings"_s).toObject().value(u"api_version"_s).toString(), u"v23.0"_s);
        QCOMPARE(profiles.at(1).toObject().value(u"provider"_s).toString(), u"twilio"_s);
    }

    void refusesSecretsAsArgumentsAndBadInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("says");
        QTest::newRow("token in --set") << QStringList {u"profile"_s, u"add"_s, u"--name"_s, u"X"_s, u"--provider"_s,
            u"meta_cloud"_s, u"--set"_s, u"access_token=EAAsecret123456789012"_s}
                                        << u"--secrets-stdin"_s;
        QTest::newRow("duplicate name") << QStringList {u"profile"_s, u"add"_s, u"--name"_s, u"Meta shop"_s,
            u"--provider"_s, u"meta_cloud"_s, u"--set"_s, u"phone_number_id=106540352242922"_s, u"--secrets-stdin"_s}
                                        << u"already exists"_s;
        QTest::newRow("unknown provider") << QStringList {u"profile"_s, u"add"_s, u"--name"_s, u"Y"_s, u"--provider"_s,
            u"vonage"_s} << u"twilio, meta_cloud"_s;
        QTest::newRow("unknown setting") << QStringList {u"profile"_s, u"set"_s, u"Meta shop"_s, u"--set"_s,
            u"colour=red"_s} << u"no setting \"colour\""_s;
        QTest::newRow("unknown sender") << QStringList {u"profile"_s, u"verify"_s, u"Nobody"_s}
                                        << u"no sender called \"Nobody\""_s;
        QTest::newRow("two message kinds") << QStringList {u"send"_s, u"--profile"_s, u"Meta shop"_s, u"--to"_s,
            u"+14155552671"_s, u"--text"_s, u"a"_s, u"--media-url"_s, u"b"_s}
                                           << u"exactly one of"_s;
    }
    void refusesSecretsAsArgumentsAndBadInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, says);
        const Run run = cli(arguments, (u"access_token="_s + kMetaToken + u"\n"_s).toUtf8());
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(QString::fromUtf8(run.err).contains(says), run.err.constData());
        QCOMPARE(cli({u"profile"_s, u"list"_s, u"--json"_s}).json().value(u"profiles"_s).toArray().size(), 2);
    }

    void showsSecretsOnlyAsSetOrUnset()
    {
        const Run show = cli({u"profile"_s, u"show"_s, u"Twilio shop"_s, u"--json"_s});
        QCOMPARE(show.exitCode, 0);
        const QJsonObject secrets = show.json().value(u"secrets"_s).toObject();
        QCOMPARE(secrets.value(u"auth_token"_s).toString(), u"set"_s);
        QCOMPARE(secrets.value(u"api_key_secret"_s).toString(), u"unset"_s);
    }

    void verifies()
    {
        const Run twilio = cli({u"profile"_s, u"verify"_s, u"Twilio shop"_s});
        QVERIFY2(twilio.exitCode == 0, twilio.out.constData());
        QCOMPARE(twilio.json().value(u"status"_s).toString(), u"ok"_s);
        QCOMPARE(twilio.json().value(u"details"_s).toObject().value(u"account_status"_s).toString(), u"active"_s);
        const Run meta = cli({u"profile"_s, u"verify"_s, u"Meta shop"_s});
        QVERIFY2(meta.exitCode == 0, meta.out.constData());
        QCOMPARE(
            meta.json().value(u"details"_s).toObject().value(u"verified_name"_s).toString(), u"Tandem Demo Shop"_s);
        const QJsonObject listed
            = cli({u"profile"_s, u"list"_s, u"--json"_s}).json().value(u"profiles"_s).toArray().at(0).toObject();
        QVERIFY(listed.value(u"verified_ok"_s).toBool());
        QVERIFY(listed.value(u"verification"_s).toString().contains(u"Tandem Demo Shop"_s));
    }

    void sends_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("idPattern");
        const QStringList twilio = {u"send"_s, u"--profile"_s, u"Twilio shop"_s, u"--to"_s, u"+14155552671"_s};
        const QStringList meta = {u"send"_s, u"--profile"_s, u"Meta shop"_s, u"--to"_s, u"+14155552671"_s};
        // The customer wrote outside Tandem: free text may go out (the next test sees it refused without this).
        const QStringList wrote = {u"--ignore-window"_s};
        QTest::newRow("twilio text") << twilio + wrote + QStringList {u"--text"_s, u"Your order is ready"_s}
                                     << u"^SM"_s;
        QTest::newRow("twilio media") << twilio + wrote
                + QStringList {u"--media-url"_s, u"https://shop.example/a.jpg"_s, u"--caption"_s, u"New in"_s}
                                      << u"^MM"_s;
        QTest::newRow("twilio content") << twilio
                + QStringList {u"--content-sid"_s, u"HX0123456789abcdef0123456789abcd02"_s, u"--var"_s, u"1=Ann"_s,
                    u"--var"_s, u"2=#12"_s}
                                        << u"^SM"_s;
        QTest::newRow("meta text") << meta + wrote + QStringList {u"--text"_s, u"Hallo"_s} << u"^wamid\\."_s;
        QTest::newRow("meta document") << meta + wrote
                + QStringList {u"--media-url"_s, u"https://shop.example/menu.pdf"_s, u"--media-type"_s, u"document"_s}
                                       << u"^wamid\\."_s;
        QTest::newRow("meta template") << meta
                + QStringList {u"--template"_s, u"order_update"_s, u"--lang"_s, u"en"_s, u"--var"_s, u"1=Ann"_s,
                    u"--var"_s, u"2=#12"_s}
                                       << u"^wamid\\."_s;
        QTest::newRow("meta template, image header") << meta
                + QStringList {u"--template"_s, u"appointment_reminder"_s, u"--lang"_s, u"en"_s, u"--header-image"_s,
                    u"https://shop.example/salon.jpg"_s, u"--var"_s, u"1=Ann"_s, u"--var"_s, u"2=Fri"_s, u"--var"_s,
                    u"3=10:30"_s} << u"^wamid\\."_s;
    }
    void sends()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, idPattern);
        const Run run = cli(arguments);
        QVERIFY2(run.exitCode == 0, QByteArray(run.out + run.err).constData());
        QCOMPARE(run.json().value(u"status"_s).toString(), u"accepted"_s);
        QCOMPARE(run.json().value(u"to"_s).toString(), u"+14155552671"_s);
        QVERIFY(QRegularExpression(idPattern).match(run.json().value(u"provider_message_id"_s).toString()).hasMatch());
        ++m_expectedAccepted;
    }

    // Free text reaches a customer only within 24 hours of their last message: send refuses it before asking the
    // provider, and says what to do.
    void sendRespectsTheWindow()
    {
        const Run run
            = cli({u"send"_s, u"--profile"_s, u"Meta shop"_s, u"--to"_s, u"+14155550199"_s, u"--text"_s, u"Hello"_s});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.json().value(u"error_class"_s).toString(), u"outside_window"_s);
        QVERIFY2(run.json().value(u"explanation"_s).toString().contains(u"template"_s), run.out.constData());
    }

    // The owner's rules hold on the command line as in the window (issue 21: at e29284e an opted-out contact got the
    // CLI's template broadcast and its `send`, and free text went to customers who never wrote): every door asks
    // Admission, and there is no override for an opt-out, only the recorded way back in.
    void theOwnersRulesHoldOnTheCommandLine()
    {
        QTemporaryDir files;
        const auto write = [&](const QString& name, const QByteArray& content) {
            QFile f(files.filePath(name));
            f.open(QIODevice::WriteOnly);
            f.write(content);
            return f.fileName();
        };
        QCOMPARE(
            cli({u"contacts"_s, u"import"_s,
                    write(u"contacts.csv"_s, "phone,name,opted_out\n+14155559001,Olga,yes\n+14155559002,Flor,no\n")})
                .exitCode,
            0);
        const QStringList meta = {u"--profile"_s, u"Meta shop"_s};
        const QStringList orderUpdate = {u"--template"_s, u"order_update"_s, u"--lang"_s, u"en"_s, u"--var"_s,
            u"1={name}"_s, u"--var"_s, u"2=A-1"_s};

        // send: refused for the opted-out customer, --ignore-window or not.
        for (const QStringList& message : {QStringList {u"--template"_s, u"order_update"_s, u"--lang"_s, u"en"_s,
                                               u"--var"_s, u"1=Olga"_s, u"--var"_s, u"2=A-1"_s},
                 QStringList {u"--text"_s, u"Hello"_s, u"--ignore-window"_s}}) {
            const Run refused
                = cli(QStringList {u"send"_s} + meta + QStringList {u"--to"_s, u"+14155559001"_s} + message);
            QCOMPARE(refused.exitCode, 1);
            QCOMPARE(refused.json().value(u"reason"_s).toString(), u"opted_out"_s);
            QCOMPARE(refused.json().value(u"error_class"_s).toString(), u"opted_out"_s);
        }

        // broadcast start: the opted-out customer is left out, with the reason in the same words as the window's.
        const QString list = write(u"list.csv"_s, "phone,name\n+14155559001,Olga\n+14155559002,Flor\n");
        const Run started = cli(QStringList {u"broadcast"_s, u"start"_s} + meta
            + QStringList {u"--recipients"_s, list, u"--wait"_s} + orderUpdate);
        QVERIFY2(started.exitCode == 0, QByteArray(started.out + started.err).constData());
        const QJsonObject json = QJsonDocument::fromJson(started.out.trimmed().split('\n').first()).object();
        QCOMPARE(json.value(u"recipients"_s).toInt(), 1);
        const QJsonArray leftOut = json.value(u"left_out"_s).toArray();
        QCOMPARE(leftOut.size(), 1);
        QCOMPARE(leftOut.first().toObject().value(u"to"_s).toString(), u"+14155559001"_s);
        QCOMPARE(leftOut.first().toObject().value(u"reason"_s).toString(), u"opted_out"_s);
        QVERIFY(leftOut.first().toObject().value(u"explanation"_s).toString().contains(u"opted out"_s));
        QCOMPARE(acceptedBySandbox(u"+14155559001"_s), 0);
        QCOMPARE(acceptedBySandbox(u"+14155559002"_s), 1);

        // Free text to customers who never wrote: nobody may receive it, unless they wrote outside Tandem.
        const QString flor = write(u"flor.csv"_s, "phone\n+14155559002\n");
        const Run text = cli(QStringList {u"broadcast"_s, u"start"_s} + meta
            + QStringList {u"--recipients"_s, flor, u"--text"_s, u"Doors open at nine"_s});
        QCOMPARE(text.exitCode, 1);
        QVERIFY2(text.out.contains("outside_window"), text.out.constData());
        const Run wrote = cli(QStringList {u"broadcast"_s, u"start"_s} + meta
            + QStringList {u"--recipients"_s, flor, u"--text"_s, u"Doors open at nine"_s, u"--ignore-window"_s});
        QVERIFY2(wrote.exitCode == 0, QByteArray(wrote.out + wrote.err).constData());
        QCOMPARE(wrote.json().value(u"recipients"_s).toInt(), 1);

        // Back in: only with a reason, and then the template goes.
        QCOMPARE(cli({u"contacts"_s, u"opt-in"_s, u"+14155559001"_s}).exitCode, 1);
        const Run back = cli({u"contacts"_s, u"opt-in"_s, u"+14155559001"_s, u"--reason"_s, u"asked at the counter"_s});
        QVERIFY2(back.exitCode == 0, QByteArray(back.out + back.err).constData());
        QVERIFY(back.json().value(u"opted_in"_s).toBool());
        const Run sent = cli(QStringList {u"send"_s} + meta
            + QStringList {u"--to"_s, u"+14155559001"_s, u"--template"_s, u"order_update"_s, u"--lang"_s, u"en"_s,
                u"--var"_s, u"1=Olga"_s, u"--var"_s, u"2=A-1"_s});
        QVERIFY2(sent.exitCode == 0, QByteArray(sent.out + sent.err).constData());
    }

    void explainsFailures_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("errorClass");
        QTest::addColumn<QString>("code");
        const QStringList meta = {u"send"_s, u"--profile"_s, u"Meta shop"_s};
        QTest::newRow("bad number") << meta + QStringList {u"--to"_s, u"12345"_s, u"--text"_s, u"x"_s}
                                    << u"invalid_recipient"_s << u"invalid-number"_s;
        QTest::newRow("unknown template")
            << meta + QStringList {u"--to"_s, u"+14155552671"_s, u"--template"_s, u"no_such"_s, u"--lang"_s, u"en"_s}
            << u"template_problem"_s << u"132001"_s;
        QTest::newRow("interactive through twilio is refused") << QStringList {u"send"_s, u"--profile"_s,
            u"Twilio shop"_s, u"--to"_s, u"+14155552671"_s, u"--template"_s, u"order_update"_s, u"--lang"_s, u"en"_s}
                                                               << u"invalid_request"_s << u"unsupported-message"_s;
    }
    void explainsFailures()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, errorClass);
        QFETCH(QString, code);
        const Run run = cli(arguments);
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.json().value(u"status"_s).toString(), u"failed"_s);
        QCOMPARE(run.json().value(u"error_class"_s).toString(), errorClass);
        QCOMPARE(run.json().value(u"code"_s).toString(), code);
        QVERIFY(run.json().value(u"explanation"_s).toString().size() > 20);
    }

    void wrongTokenFailsVerification()
    {
        const Run add = cli(
            {u"profile"_s, u"add"_s, u"--name"_s, u"Stale"_s, u"--provider"_s, u"meta_cloud"_s, u"--set"_s,
                u"phone_number_id=106540352242922"_s, u"--set"_s, u"api_base="_s + m_sandboxUrl, u"--secrets-stdin"_s},
            (u"access_token="_s + kWrongToken).toUtf8());
        QCOMPARE(add.exitCode, 0);
        const Run verify = cli({u"profile"_s, u"verify"_s, u"Stale"_s});
        QCOMPARE(verify.exitCode, 1);
        QCOMPARE(verify.json().value(u"error_class"_s).toString(), u"authentication"_s);
        QCOMPARE(verify.json().value(u"code"_s).toString(), u"190"_s);
        QVERIFY(verify.json().value(u"explanation"_s).toString().contains(u"access token"_s));
        // Replace the token from standard input, then it works.
        const Run fix = cli(
            {u"profile"_s, u"set"_s, u"Stale"_s, u"--secrets-stdin"_s}, (u"access_token="_s + kMetaToken).toUtf8());
        QCOMPARE(fix.exitCode, 0);
        QCOMPARE(cli({u"profile"_s, u"verify"_s, u"Stale"_s}).exitCode, 0);
    }

    void sandboxCountedEveryAcceptedMessage()
    {
        QNetworkAccessManager network;
        QNetworkReply* reply = network.get(QNetworkRequest(QUrl(m_sandboxUrl + u"/_sandbox/stats"_s)));
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait(5000));
        const QJsonObject stats = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        QVERIFY(m_expectedAccepted > 0);
        QCOMPARE(
            stats.value(u"accepted_per_recipient"_s).toObject().value(u"+14155552671"_s).toInt(), m_expectedAccepted);
    }

    // The receiver, headless: genuine Twilio callbacks are stored, forged ones refused, and the self-test finds its
    // report in the database the receiver writes to.
    void webhooksServeChecksSignatures()
    {
        const QJsonArray profiles = cli({u"profile"_s, u"list"_s, u"--json"_s}).json().value(u"profiles"_s).toArray();
        qint64 twilioId = 0;
        for (const QJsonValue& p : profiles) {
            if (p.toObject().value(u"provider"_s).toString() == u"twilio"_s)
                twilioId = p.toObject().value(u"id"_s).toInteger();
        }
        QVERIFY(twilioId != 0);
        QProcess serve;
        serve.setProgram(QStringLiteral(TANDEM_CLI_PATH));
        serve.setArguments({u"--db"_s, m_dir.filePath(u"cli.sqlite"_s), u"webhooks"_s, u"serve"_s, u"--port"_s, u"0"_s,
            u"--bind"_s, u"127.0.0.1"_s});
        serve.start();
        QVERIFY(serve.waitForStarted());
        const QRegularExpression listening(u"listening on 127\\.0\\.0\\.1 port ([0-9]+)"_s);
        QByteArray banner;
        while (!listening.match(QString::fromUtf8(banner)).hasMatch()) {
            QVERIFY2(serve.waitForReadyRead(10000), "the receiver did not say where it listens");
            banner += serve.readAllStandardOutput();
        }
        const QString base = u"http://127.0.0.1:"_s + listening.match(QString::fromUtf8(banner)).captured(1);
        const QString url = base + u"/twilio/%1/status"_s.arg(twilioId);
        const QByteArray body = "AccountSid=" + QString::fromUtf16(SandboxAccounts::twilioAccountSid).toUtf8()
            + "&MessageSid=SM0123456789abcdef0123456789abcdef&MessageStatus=delivered";
        // Twilio's algorithm, written out here on its own: the URL, then each name and value, names sorted.
        const QByteArray signedText = url.toUtf8() + "AccountSid"
            + QString::fromUtf16(SandboxAccounts::twilioAccountSid).toUtf8()
            + "MessageSidSM0123456789abcdef0123456789abcdefMessageStatusdelivered";
        const QByteArray genuine
            = QMessageAuthenticationCode::hash(signedText, kTwilioToken.toUtf8(), QCryptographicHash::Sha1).toBase64();
        QCOMPARE(post(url, body, genuine), 200);
        QCOMPARE(post(url, body, "AAAAAAAAAAAAAAAAAAAAAAAAAAA="), 403);
        QCOMPARE(post(url, body, QByteArray()), 403);
        QCOMPARE(post(url, body + "&ErrorCode=30007", genuine), 403);

        const Run urls
            = cli({u"webhooks"_s, u"urls"_s, u"--public-url"_s, u"https://hooks.example.com/"_s, u"--json"_s});
        QCOMPARE(urls.exitCode, 0);
        const QByteArray statusUrl = "https://hooks.example.com/twilio/" + QByteArray::number(twilioId) + "/status";
        QVERIFY2(urls.out.contains(statusUrl), urls.out.constData());
        const Run selfTest = cli({u"webhooks"_s, u"test"_s, u"Twilio shop"_s, u"--public-url"_s, base, u"--json"_s});
        QVERIFY2(selfTest.exitCode == 0, QByteArray(selfTest.out + selfTest.err).constData());
        QCOMPARE(selfTest.json().value(u"http_status"_s).toInt(), 200);
        QVERIFY(selfTest.json().value(u"stored"_s).toBool());
        // The Meta sender has no App Secret: its test explains what is missing instead of posting.
        const Run metaTest = cli({u"webhooks"_s, u"test"_s, u"Meta shop"_s, u"--public-url"_s, base});
        QCOMPARE(metaTest.exitCode, 1);
        QVERIFY2(metaTest.err.contains("App Secret"), metaTest.err.constData());

        serve.terminate();
        QVERIFY(serve.waitForFinished(5000));
        QCOMPARE(serve.exitCode(), 0);
        m_allOutput += serve.readAll() + serve.readAllStandardError();
    }

    // Every command that takes the receiver's public address refuses one it cannot sign exactly (at e29284e
    // `hooks.example.com/tandem` was taken, and every genuine Twilio callback was then refused), and says why.
    void aPublicUrlTandemCannotUseIsRefused_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::addColumn<QString>("url");
        const QStringList serve {u"webhooks"_s, u"serve"_s, u"--port"_s, u"0"_s};
        QTest::newRow("webhooks serve, no scheme") << serve << u"hooks.example.com/tandem"_s;
        QTest::newRow("serve, plain http elsewhere")
            << QStringList {u"serve"_s, u"--port"_s, u"0"_s} << u"http://hooks.example.com"_s;
        QTest::newRow("outbox run, a query")
            << QStringList {u"outbox"_s, u"run"_s} << u"https://hooks.example.com/?a=1"_s;
        QTest::newRow("webhooks urls, a user name")
            << QStringList {u"webhooks"_s, u"urls"_s} << u"https://owner:secret@hooks.example.com"_s;
        QTest::newRow("webhooks test, not a web address")
            << QStringList {u"webhooks"_s, u"test"_s, u"Twilio shop"_s} << u"ftp://hooks.example.com"_s;
    }
    void aPublicUrlTandemCannotUseIsRefused()
    {
        QFETCH(QStringList, command);
        QFETCH(QString, url);
        const Run run = cli(command + QStringList {u"--public-url"_s, url});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("--public-url"), run.err.constData());
        QVERIFY2(run.err.contains("address"), run.err.constData()); // and what is wrong with it
    }

    void aPublicUrlUnderAPathIsKept()
    {
        const Run urls
            = cli({u"webhooks"_s, u"urls"_s, u"--public-url"_s, u"https://shop.example.com/tandem/"_s, u"--json"_s});
        QCOMPARE(urls.exitCode, 0);
        QVERIFY2(urls.out.contains("https://shop.example.com/tandem/twilio/"), urls.out.constData());
    }

    // The headless Tandem: it answers /healthz, logs to stdout, and stops cleanly on SIGTERM.
    void serveRunsTheReceiverAndTheWorker()
    {
        QProcess serve;
        serve.setProgram(QStringLiteral(TANDEM_CLI_PATH));
        serve.setArguments(
            {u"--db"_s, m_dir.filePath(u"cli.sqlite"_s), u"serve"_s, u"--port"_s, u"0"_s, u"--bind"_s, u"127.0.0.1"_s});
        serve.start();
        QVERIFY(serve.waitForStarted());
        const QRegularExpression listening(u"receiver on 127\\.0\\.0\\.1 port ([0-9]+)"_s);
        QByteArray log;
        while (!listening.match(QString::fromUtf8(log)).hasMatch()) {
            QVERIFY2(serve.waitForReadyRead(10000), log.constData());
            log += serve.readAllStandardOutput();
        }
        const QString health
            = u"http://127.0.0.1:%1/healthz"_s.arg(listening.match(QString::fromUtf8(log)).captured(1));
        QNetworkReply* reply = m_network.get(QNetworkRequest(QUrl(health)));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        reply->deleteLater();
        serve.terminate();
        QVERIFY(serve.waitForFinished(10000));
        QCOMPARE(serve.exitStatus(), QProcess::NormalExit);
        QCOMPARE(serve.exitCode(), 0);
        log += serve.readAllStandardOutput();
        QVERIFY2(log.contains("stopped"), log.constData());
        m_allOutput += log + serve.readAllStandardError();
    }

    // Over HTTPS: the sandbox's own certificate is trusted only through TANDEM_EXTRA_CA, and a run says nothing
    // about TLS when it exits.
    void sendsOverHttpsTrustingTheExtraCertificate()
    {
        QProcess tls;
        tls.setProgram(QStringLiteral(TANDEM_CLI_PATH));
        tls.setArguments({u"sandbox"_s, u"--port"_s, u"0"_s, u"--tls"_s});
        tls.start();
        QVERIFY(tls.waitForStarted());
        const QRegularExpression certificate(u"trust it with TANDEM_EXTRA_CA=(\\S+cert\\.pem)"_s);
        const QRegularExpression listening(u"listening on (https://127\\.0\\.0\\.1:[0-9]+)"_s);
        QByteArray banner;
        while (!certificate.match(QString::fromUtf8(banner)).hasMatch()) {
            QVERIFY2(tls.waitForReadyRead(30000), banner.constData());
            banner += tls.readAllStandardOutput();
        }
        const QString base = listening.match(QString::fromUtf8(banner)).captured(1);
        const QString pem = certificate.match(QString::fromUtf8(banner)).captured(1);
        const Run added
            = cli({u"profile"_s, u"add"_s, u"--name"_s, u"Secure shop"_s, u"--provider"_s, u"meta_cloud"_s, u"--set"_s,
                      u"phone_number_id=106540352242922"_s, u"--set"_s, u"api_base="_s + base, u"--secrets-stdin"_s},
                (u"access_token="_s + kMetaToken + u"\n"_s).toUtf8());
        QCOMPARE(added.exitCode, 0);
        const QStringList send = {u"send"_s, u"--profile"_s, u"Secure shop"_s, u"--to"_s, u"+14155552671"_s,
            u"--template"_s, u"hello_world"_s, u"--lang"_s, u"en_US"_s};
        // Untrusted: refused, and said why.
        const Run refused = cli(send);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.json().value(u"explanation"_s).toString().contains(u"certificate"_s, Qt::CaseInsensitive)
                || refused.json().value(u"code"_s).toString().contains(u"tls"_s),
            refused.out.constData());
        // Trusted through TANDEM_EXTRA_CA.
        const Run sent = cli(send, {}, {{u"TANDEM_EXTRA_CA"_s, pem}});
        QVERIFY2(sent.exitCode == 0, QByteArray(sent.out + sent.err).constData());
        QCOMPARE(sent.json().value(u"status"_s).toString(), u"accepted"_s);
        QVERIFY2(!sent.err.contains("TLS backend") && !sent.err.contains("QObject::connect"), sent.err.constData());
        tls.terminate();
        QVERIFY(tls.waitForFinished(5000));
        QCOMPARE(cli({u"profile"_s, u"remove"_s, u"Secure shop"_s}).exitCode, 0);
    }

    void removesSendersAndTheirSecrets()
    {
        QCOMPARE(cli({u"profile"_s, u"remove"_s, u"Twilio shop"_s}).exitCode, 0);
        const Run show = cli({u"profile"_s, u"show"_s, u"Twilio shop"_s});
        QCOMPARE(show.exitCode, 1);
        QVERIFY(show.err.contains("no sender called"));
        QCOMPARE(cli({u"profile"_s, u"list"_s, u"--json"_s}).json().value(u"profiles"_s).toArray().size(), 2);
    }

    void noSecretWasEverPrinted()
    {
        QVERIFY(m_allOutput.size() > 1000);
        for (const QString& secret : {kTwilioToken, kMetaToken, kWrongToken}) {
            QVERIFY2(!m_allOutput.contains(secret.toUtf8()), qPrintable(u"printed: "_s + secret.left(6)));
            QVERIFY(!m_allOutput.contains(secret.toUtf8().toBase64()));
        }
    }

private:
    int post(const QString& url, const QByteArray& body, const QByteArray& signature)
    {
        QNetworkRequest request {QUrl(url)};
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/x-www-form-urlencoded"));
        if (!signature.isEmpty())
            request.setRawHeader("X-Twilio-Signature", signature);
        QNetworkReply* reply = m_network.post(request, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!finished.wait(10000))
            return 0;
        reply->deleteLater();
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    }

    int acceptedBySandbox(const QString& recipient)
    {
        QNetworkAccessManager network;
        QNetworkReply* reply = network.get(QNetworkRequest(QUrl(m_sandboxUrl + u"/_sandbox/stats"_s)));
        QSignalSpy done(reply, &QNetworkReply::finished);
        done.wait(5000);
        reply->deleteLater();
        return QJsonDocument::fromJson(reply->readAll())
            .object()
            .value(u"accepted_per_recipient"_s)
            .toObject()
            .value(recipient)
            .toInt();
    }

    Run cli(const QStringList& arguments, const QByteArray& input = {}, const QHash<QString, QString>& extra = {})
    {
        QProcess process;
        process.setProgram(QStringLiteral(TANDEM_CLI_PATH));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (auto it = extra.cbegin(); it != extra.cend(); ++it)
            env.insert(it.key(), it.value());
        env.insert(u"QT_LOGGING_RULES"_s, u"tandem.*=true"_s); // every log line the CLI can write is searched too
        process.setProcessEnvironment(env);
        process.setArguments(QStringList {u"--db"_s, m_dir.filePath(u"cli.sqlite"_s)} + arguments);
        process.start();
        process.write(input);
        process.closeWriteChannel();
        Run run;
        if (!process.waitForFinished(30000)) {
            process.kill();
            return run;
        }
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = process.readAllStandardOutput();
        run.err = process.readAllStandardError();
        m_allOutput += run.out + run.err;
        return run;
    }

    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;
    QProcess m_sandbox;
    QString m_sandboxUrl;
    QByteArray m_allOutput;
    int m_expectedAccepted = 0;
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
