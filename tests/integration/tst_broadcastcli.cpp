// Broadcasts from the command line against a `tandem-cli sandbox` process: bad CSV rows reported by line, status
// as JSON, pause/resume/cancel, and crash safety: `tandem-cli outbox run` is killed with SIGKILL at random moments
// and restarted; no recipient is accepted twice by the sandbox, and what cannot be confirmed is left for the
// owner, never resent silently.
#include "sandbox/sandboxaccounts.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;

class TestBroadcastCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QFAIL("No D-Bus session: run the tests through scripts/test (or scripts/with-keyring ctest).");
        m_sandbox.setProgram(QStringLiteral(TANDEM_CLI_PATH));
        m_sandbox.setArguments({u"sandbox"_s, u"--port"_s, u"0"_s, u"--latency-ms"_s, u"5"_s});
        m_sandbox.start();
        QVERIFY(m_sandbox.waitForStarted());
        const QRegularExpression listening(u"listening on (http://127\\.0\\.0\\.1:[0-9]+)"_s);
        QByteArray banner;
        while (!listening.match(QString::fromUtf8(banner)).hasMatch()) {
            QVERIFY(m_sandbox.waitForReadyRead(10000));
            banner += m_sandbox.readAllStandardOutput();
        }
        m_url = listening.match(QString::fromUtf8(banner)).captured(1);
        const QJsonObject add
            = cli({u"profile"_s, u"add"_s, u"--name"_s, u"Shop"_s, u"--provider"_s, u"twilio"_s, u"--set"_s,
                      u"account_sid="_s + QString::fromUtf16(SandboxAccounts::twilioAccountSid), u"--set"_s,
                      u"from=+14155238886"_s, u"--set"_s, u"api_base="_s + m_url, u"--set"_s, u"rate_per_second=400"_s,
                      u"--secrets-stdin"_s},
                (u"auth_token="_s + QString::fromUtf16(SandboxAccounts::twilioAuthToken)).toUtf8());
        QCOMPARE(m_lastExit, 0);
        Q_UNUSED(add)
    }

    void cleanupTestCase()
    {
        m_sandbox.terminate();
        m_sandbox.waitForFinished(5000);
    }

    void reportsBadRowsAndKeepsTheGoodOnes()
    {
        const QString csv = writeCsv(u"bad.csv"_s,
            u"phone;name\n+14155551000;Ann\n\"12345\";Bob\n+14155551001;\n"
            "+14155551002;\"Cara \"\"CJ\"\" Jones\"\n"_s);
        const QJsonObject started
            = cli({u"broadcast"_s, u"start"_s, u"--profile"_s, u"Shop"_s, u"--recipients"_s, csv, u"--content-sid"_s,
                u"HX0123456789abcdef0123456789abcd02"_s, u"--var"_s, u"1={name}"_s, u"--var"_s, u"2=#A1"_s});
        QCOMPARE(m_lastExit, 0);
        QCOMPARE(started.value(u"recipients"_s).toInt(), 2);
        const QJsonArray rejected = started.value(u"rejected"_s).toArray();
        QCOMPARE(rejected.size(), 2);
        QCOMPARE(rejected.at(0).toObject().value(u"line"_s).toInt(), 3);
        QVERIFY(rejected.at(0).toObject().value(u"reason"_s).toString().contains(u"12345"_s));
        QCOMPARE(rejected.at(1).toObject().value(u"line"_s).toInt(), 4);
        QVERIFY(rejected.at(1).toObject().value(u"reason"_s).toString().contains(u"name"_s));
        QVERIFY(m_lastErr.contains("line 3:"));

        const QString id = QString::number(started.value(u"broadcast_id"_s).toInteger());
        QJsonObject status = cli({u"broadcast"_s, u"status"_s, id, u"--json"_s});
        QCOMPARE(status.value(u"state"_s).toString(), u"running"_s);
        QCOMPARE(status.value(u"counts"_s).toObject().value(u"queued"_s).toInt(), 2);
        QCOMPARE(status.value(u"counts"_s).toObject().keys().size(), 9); // every state is listed
        QCOMPARE(cli({u"broadcast"_s, u"pause"_s, id}).value(u"state"_s).toString(), u"paused"_s);
        QCOMPARE(cli({u"broadcast"_s, u"resume"_s, id}).value(u"state"_s).toString(), u"running"_s);
        status = cli({u"broadcast"_s, u"cancel"_s, id});
        QCOMPARE(status.value(u"state"_s).toString(), u"cancelled"_s);
        QCOMPARE(status.value(u"counts"_s).toObject().value(u"cancelled"_s).toInt(), 2);
        cli({u"broadcast"_s, u"status"_s, u"999"_s});
        QCOMPARE(m_lastExit, 1);
    }

    void survivesBeingKilled()
    {
        QString rows = u"phone,name\n"_s;
        const int total = 2000;
        for (int i = 0; i < total; ++i)
            rows += u"+1415556%1,Customer %1\n"_s.arg(i, 4, 10, QChar(u'0'));
        const QString csv = writeCsv(u"big.csv"_s, rows);
        const QJsonObject started = cli({u"broadcast"_s, u"start"_s, u"--profile"_s, u"Shop"_s, u"--recipients"_s, csv,
            u"--text"_s, u"Our spring sale starts today"_s});
        QCOMPARE(started.value(u"recipients"_s).toInt(), total);
        const QString id = QString::number(started.value(u"broadcast_id"_s).toInteger());
        const int inFlight = 16;
        const int kills = 4;
        for (int k = 0; k < kills; ++k) {
            QProcess worker;
            startWorker(worker, inFlight);
            QTest::qWait(300 + QRandomGenerator::global()->bounded(600));
            ::kill(pid_t(worker.processId()), SIGKILL);
            QVERIFY(worker.waitForFinished(5000));
            QCOMPARE(worker.exitStatus(), QProcess::CrashExit);
        }
        // A last run to the end, stopped cleanly with SIGTERM.
        QProcess worker;
        startWorker(worker, inFlight);
        QTRY_VERIFY_WITH_TIMEOUT(
            cli({u"broadcast"_s, u"status"_s, id, u"--json"_s}).value(u"state"_s).toString() == u"finished"_s, 60000);
        worker.terminate();
        QVERIFY(worker.waitForFinished(10000));
        QCOMPARE(worker.exitStatus(), QProcess::NormalExit);
        QCOMPARE(worker.exitCode(), 0);

        const QJsonObject perRecipient = sandboxStats().value(u"accepted_per_recipient"_s).toObject();
        const QJsonObject counts = cli({u"broadcast"_s, u"status"_s, id, u"--json"_s}).value(u"counts"_s).toObject();
        const int accepted = counts.value(u"accepted"_s).toInt();
        const int unconfirmed = counts.value(u"unconfirmed"_s).toInt();
        QCOMPARE(accepted + unconfirmed + counts.value(u"failed"_s).toInt(), total);
        QVERIFY2(unconfirmed <= inFlight * kills, qPrintable(QString::number(unconfirmed)));
        int sentToSomeone = 0;
        for (auto it = perRecipient.begin(); it != perRecipient.end(); ++it) {
            if (!it.key().startsWith(u"+1415556"_s))
                continue;
            QVERIFY2(it.value().toInt() == 1, qPrintable(it.key() + u" accepted twice"_s));
            ++sentToSomeone;
        }
        QCOMPARE(sentToSomeone, accepted); // every accepted row went out once, and nothing else did

        // What could not be confirmed really did not go out; the owner chooses to resend it.
        const QJsonArray open = cli({u"broadcast"_s, u"unconfirmed"_s, id}).value(u"unconfirmed"_s).toArray();
        QCOMPARE(open.size(), unconfirmed);
        for (const QJsonValue& row : open)
            QVERIFY(!perRecipient.contains(row.toObject().value(u"to"_s).toString()));
        cli({u"broadcast"_s, u"unconfirmed"_s, id, u"--resend"_s});
        QCOMPARE(cli({u"broadcast"_s, u"retry-failed"_s, id}).value(u"state"_s).toString(), u"running"_s);
        QProcess last;
        startWorker(last, inFlight);
        QTRY_VERIFY_WITH_TIMEOUT(cli({u"broadcast"_s, u"status"_s, id, u"--json"_s})
                                     .value(u"counts"_s)
                                     .toObject()
                                     .value(u"accepted"_s)
                                     .toInt()
                == total,
            30000);
        last.terminate();
        QVERIFY(last.waitForFinished(10000));
        const QJsonObject finalCounts = sandboxStats().value(u"accepted_per_recipient"_s).toObject();
        int once = 0;
        for (auto it = finalCounts.begin(); it != finalCounts.end(); ++it) {
            if (it.key().startsWith(u"+1415556"_s)) {
                QCOMPARE(it.value().toInt(), 1);
                ++once;
            }
        }
        QCOMPARE(once, total);
    }

private:
    void startWorker(QProcess& worker, int inFlight)
    {
        worker.setProgram(QStringLiteral(TANDEM_CLI_PATH));
        worker.setArguments({u"--db"_s, m_dir.filePath(u"cli.sqlite"_s), u"outbox"_s, u"run"_s, u"--max-in-flight"_s,
            QString::number(inFlight)});
        worker.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        worker.start();
        QVERIFY(worker.waitForStarted());
    }

    QString writeCsv(const QString& name, const QString& content)
    {
        QFile file(m_dir.filePath(name));
        file.open(QIODevice::WriteOnly);
        file.write(content.toUtf8());
        return file.fileName();
    }

    QJsonObject cli(const QStringList& arguments, const QByteArray& input = {})
    {
        QProcess process;
        process.setProgram(QStringLiteral(TANDEM_CLI_PATH));
        process.setArguments(QStringList {u"--db"_s, m_dir.filePath(u"cli.sqlite"_s)} + arguments);
        process.start();
        process.write(input);
        process.closeWriteChannel();
        process.waitForFinished(30000);
        m_lastExit = process.exitCode();
        m_lastErr = process.readAllStandardError();
        return QJsonDocument::fromJson(process.readAllStandardOutput().trimmed().split('\n').last()).object();
    }

    QJsonObject sandboxStats()
    {
        QNetworkAccessManager network;
        QNetworkReply* reply = network.get(QNetworkRequest(QUrl(m_url + u"/_sandbox/stats"_s)));
        QSignalSpy done(reply, &QNetworkReply::finished);
        done.wait(5000);
        reply->deleteLater();
        return QJsonDocument::fromJson(reply->readAll()).object();
    }

    QTemporaryDir m_dir;
    QProcess m_sandbox;
    QString m_url;
    int m_lastExit = -1;
    QByteArray m_lastErr;
};

QTEST_GUILESS_MAIN(TestBroadcastCli)
#include "tst_broadcastcli.moc"
