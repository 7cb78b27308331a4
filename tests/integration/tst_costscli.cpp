// Costs from the command line, against a `tandem-cli sandbox`: Meta's rate card shown and imported (a malformed
// file changes nothing), a broadcast refused above its --budget and above what is left of its sender's month, the
// budget standing after a broadcast went out, and the broadcast's report and the period's costs as JSON and CSV.
#include "fakes/clirunner.h"
#include "fakes/volumetierevent.h"
#include "sandbox/sandboxaccounts.h"
#include "storage/database.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <QDate>
#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
// Free text to US numbers is a service message at North America's utility price, $0.0034 (Meta direct).
constexpr double kPerMessage = 0.0034;

bool near(double a, double b)
{
    return qAbs(a - b) < 1e-9;
}
} // namespace

class TestCostsCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QFAIL("No D-Bus session: run the tests through scripts/test (or scripts/with-keyring ctest).");
        m_sandboxUrl = m_cli.startSandbox();
        QVERIFY(!m_sandboxUrl.isEmpty());
        const CliRun meta = m_cli.run(
            {u"profile"_s, u"add"_s, u"--name"_s, u"Corner shop"_s, u"--provider"_s, u"meta_cloud"_s, u"--set"_s,
                u"phone_number_id=%1"_s.arg(QString::fromUtf16(SandboxAccounts::metaPhoneNumberId)), u"--set"_s,
                u"waba_id=%1"_s.arg(QString::fromUtf16(SandboxAccounts::metaWabaId)), u"--set"_s,
                u"rate_per_second=0"_s, u"--set"_s, u"api_base="_s + m_sandboxUrl, u"--secrets-stdin"_s},
            (u"access_token="_s + QString::fromUtf16(SandboxAccounts::metaAccessToken) + u"\n"_s).toUtf8());
        QVERIFY2(meta.exitCode == 0, meta.err.constData());
    }

    void showsAndImportsTheRateCard()
    {
        const CliRun austria = m_cli.run({u"rates"_s, u"show"_s, u"--country"_s, u"AT"_s, u"--json"_s});
        QCOMPARE(austria.exitCode, 0);
        const QJsonObject at = austria.json().value(u"markets"_s).toArray().first().toObject();
        QCOMPARE(at.value(u"market"_s).toString(), u"Rest of Western Europe"_s);
        QCOMPARE(at.value(u"marketing"_s).toDouble(), 0.0592);
        QCOMPARE(at.value(u"effective"_s).toString(), u"2026-01-01"_s);
        QVERIFY(at.value(u"older_than_a_quarter"_s).toBool());

        const QString bad = m_cli.write(u"bad.csv"_s,
            "Market,Currency,Marketing,Utility,Authentication\nBrazil,USD,0.07,0.007,0.007\nChile,USD,lots,0.02,0."
            "02\n");
        const CliRun refused = m_cli.run({u"rates"_s, u"import"_s, bad, u"--effective"_s, u"2027-04-01"_s});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("Line 3") && refused.err.contains("lots"), refused.err.constData());
        QCOMPARE(brazilMarketing(), 0.0625); // nothing half-applied

        const QString good = m_cli.write(u"good.csv"_s,
            "\"WhatsApp rate card, effective April 1, 2027\"\nMarket,Currency,Marketing,Utility,Authentication\n"
            "Brazil,$US,0.0700,0.0070,0.0070\nChile,$US,0.0900,0.0210,0.0210\n");
        const CliRun imported = m_cli.run({u"rates"_s, u"import"_s, good});
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        QCOMPARE(imported.json().value(u"imported"_s).toInt(), 2);
        QCOMPARE(imported.json().value(u"effective"_s).toString(), u"2027-04-01"_s);
        QCOMPARE(brazilMarketing(), 0.07);
    }

    // Meta's volume tier this month, as the receiver keeps it (tst_volumetiers), is listed by `rates show`.
    void ratesShowNamesThisMonthsVolumeTier()
    {
        {
            Database db;
            QVERIFY(db.open(m_cli.databasePath()).isOk());
            const QString kept
                = keepVolumeTier(db.connection(), u"AUTHENTICATION"_s, u"INDIA"_s, u"50000001:"_s, u"tier-cli"_s);
            QVERIFY2(kept.isEmpty(), qPrintable(kept));
        }
        const CliRun json = m_cli.run({u"rates"_s, u"show"_s, u"--json"_s});
        QCOMPARE(json.exitCode, 0);
        const QJsonArray tiers = json.json().value(u"volume_tiers"_s).toArray();
        QCOMPARE(tiers.size(), 1);
        QCOMPARE(tiers.first().toObject().value(u"market"_s).toString(), u"India"_s);
        QCOMPARE(tiers.first().toObject().value(u"category"_s).toString(), u"authentication"_s);
        QCOMPARE(tiers.first().toObject().value(u"from"_s).toInteger(), 50000001);
        QVERIFY(tiers.first().toObject().value(u"to"_s).isNull());
        const CliRun text = m_cli.run({u"rates"_s, u"show"_s});
        QVERIFY2(
            text.out.contains("volume tiers") && text.out.contains("India, authentication: 50"), text.out.constData());
    }

    void budgetsRefuseAndHold()
    {
        const QString five = m_cli.write(
            u"five.csv"_s, "phone\n+14155550101\n+14155550102\n+14155550103\n+14155550104\n+14155550105\n");
        const QStringList broadcast = {u"broadcast"_s, u"start"_s, u"--profile"_s, u"Corner shop"_s, u"--recipients"_s,
            five, u"--text"_s, u"Fresh bread at nine"_s, u"--ignore-window"_s};
        // 5 × 0.0034 = 0.017: above a budget of 0.01.
        const CliRun over = m_cli.run(broadcast + QStringList {u"--budget"_s, u"0.01"_s});
        QCOMPARE(over.exitCode, 1);
        QCOMPARE(over.json().value(u"status"_s).toString(), u"refused"_s);
        QVERIFY(near(over.json().value(u"estimated_cost_usd"_s).toDouble(), 5 * kPerMessage));
        QVERIFY2(over.err.contains("budget"), over.err.constData());

        QCOMPARE(m_cli.run({u"budget"_s, u"set"_s, u"Corner shop"_s, u"0.02"_s}).exitCode, 0);
        const CliRun sent = m_cli.run(broadcast + QStringList {u"--wait"_s});
        QVERIFY2(sent.exitCode == 0, QByteArray(sent.out + sent.err).constData());
        m_broadcast = QJsonDocument::fromJson(sent.out.trimmed().split('\n').first())
                          .object()
                          .value(u"broadcast_id"_s)
                          .toInteger();
        const CliRun month = m_cli.run({u"budget"_s, u"show"_s, u"Corner shop"_s});
        QCOMPARE(month.json().value(u"budget_usd"_s).toDouble(), 0.02);
        QVERIFY(near(month.json().value(u"spent_or_on_its_way_usd"_s).toDouble(), 5 * kPerMessage));
        QVERIFY(near(month.json().value(u"left_usd"_s).toDouble(), 0.02 - 5 * kPerMessage));
        // What is left (0.003) is less than another 0.017.
        const CliRun again = m_cli.run(broadcast);
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains("left"), again.err.constData());
    }

    void reportsTheBroadcastAndThePeriod()
    {
        QVERIFY(m_broadcast > 0);
        const CliRun report = m_cli.run({u"report"_s, u"broadcast"_s, QString::number(m_broadcast), u"--json"_s});
        QCOMPARE(report.exitCode, 0);
        QCOMPARE(report.json().value(u"queued"_s).toInt(), 5);
        QCOMPARE(report.json().value(u"sent"_s).toInt(), 5);
        QCOMPARE(report.json().value(u"failed"_s).toInt(), 0);
        QVERIFY(near(report.json().value(u"estimated_cost_usd"_s).toDouble(), 5 * kPerMessage));
        const CliRun csv = m_cli.run({u"report"_s, u"broadcast"_s, QString::number(m_broadcast), u"--csv"_s});
        const QList<QByteArray> lines = csv.out.trimmed().split('\n');
        QCOMPARE(lines.first(), QByteArray("figure,value,explanation"));
        QVERIFY(lines.contains("sent,5"));

        const QString today = QDate::currentDate().toString(Qt::ISODate);
        const CliRun costs = m_cli.run({u"report"_s, u"costs"_s, u"--from"_s, today, u"--to"_s, today, u"--json"_s});
        QCOMPARE(costs.exitCode, 0);
        const QJsonArray periods = costs.json().value(u"periods"_s).toArray();
        QCOMPARE(periods.size(), 1);
        QCOMPARE(periods.first().toObject().value(u"sender"_s).toString(), u"Corner shop"_s);
        QCOMPARE(periods.first().toObject().value(u"sent"_s).toInt(), 5);
        QVERIFY(near(costs.json().value(u"estimated_cost_usd"_s).toDouble(), 5 * kPerMessage));
        QCOMPARE(costs.json().value(u"reported_cost_usd"_s).toDouble(), 0.0); // Meta not asked yet
        // --ask-meta: Meta's pricing analytics for the day; the practice copy charges the five at Meta's card.
        const CliRun asked
            = m_cli.run({u"report"_s, u"costs"_s, u"--from"_s, today, u"--to"_s, today, u"--json"_s, u"--ask-meta"_s});
        QVERIFY2(asked.exitCode == 0, asked.err.constData());
        QVERIFY2(near(asked.json().value(u"reported_cost_usd"_s).toDouble(), 5 * kPerMessage), asked.out.constData());
        const CliRun table = m_cli.run({u"report"_s, u"costs"_s, u"--from"_s, today, u"--to"_s, today, u"--csv"_s});
        QVERIFY(table.out.startsWith("period,sender,sent,delivered,read,failed,replies,estimated_cost_usd"));
        QCOMPARE(m_cli.run({u"report"_s, u"costs"_s, u"--from"_s, u"yesterday"_s, u"--to"_s, today}).exitCode, 1);
    }

private:
    double brazilMarketing()
    {
        return m_cli.run({u"rates"_s, u"show"_s, u"--country"_s, u"BR"_s, u"--json"_s})
            .json()
            .value(u"markets"_s)
            .toArray()
            .first()
            .toObject()
            .value(u"marketing"_s)
            .toDouble();
    }

    CliRunner m_cli {QStringLiteral(TANDEM_CLI_PATH)};
    QString m_sandboxUrl;
    qint64 m_broadcast = 0;
};

QTEST_GUILESS_MAIN(TestCostsCli)
#include "tst_costscli.moc"
