// The Results screen as the owner uses it: a broadcast goes out through the demo's sandbox (four delivered and
// read, one refused by Meta), and the screen shows it over time and as a funnel; a click on the "Read" bar lists
// the customers behind it by name; the table, the report as CSV and the report as PDF are written and read back.
#include "analytics/analyticsview.h"
#include "analytics/broadcastresults.h"
#include "analytics/periodresults.h"
#include "common/filedialog.h"
#include "comparison/comparisonwidget.h"
#include "fakes/outsidetandem.h"
#include "fakes/sandboxprofiles.h"
#include "fakes/testapp.h"
#include "fakes/volumetierevent.h"
#include "pricing/money.h"
#include "secrets/memorysecretstore.h"
#include "services/dataservices.h"
#include "settings/pricesdialog.h"
#include "util/language.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateEdit>
#include <QFile>
#include <QHorizontalBarSeries>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QString number(int i)
{
    return u"+1415555%1"_s.arg(i, 4, 10, QChar(u'0'));
}

template<typename T>
T* child(QObject* parent, const QString& name)
{
    T* found = parent->findChild<T*>(name);
    if (!found)
        qFatal("no %s", qPrintable(name));
    return found;
}

QBarSet* bars(QChartView* view)
{
    auto* series = qobject_cast<QAbstractBarSeries*>(view->chart()->series().value(0));
    return series && !series->barSets().isEmpty() ? series->barSets().first() : nullptr;
}
} // namespace

class TestResults : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        Language::install(*qApp, QLocale(u"en"_s));
    }

    void aBroadcastsResultsFromTheFunnelToThePdf()
    {
        auto app = makeTestApp(std::make_unique<MemorySecretStore>());
        // Statuses come quickly and everyone who gets it reads it; Meta refuses the fifth customer.
        app->sandbox()->configure({{u"lifecycle"_s,
            QJsonObject {{u"sent_after_ms"_s, 100}, {u"delivered_after_ms"_s, 200}, {u"read_after_ms"_s, 300},
                {u"read_share"_s, 1}, {u"jitter"_s, 0}, {u"reply_share"_s, 0}}}});
        SandboxFault refuse;
        refuse.kind = SandboxFault::Kind::ProviderError;
        refuse.code = 131026;
        app->sandbox()->state().setRecipientFault(number(4), refuse);
        const Profile meta = addSender(*app, metaSandboxProfile(app->sandbox()->baseUrl()), metaSandboxSecrets());
        Contact ana;
        ana.phone = number(0);
        ana.name = u"Ana"_s;
        QVERIFY(app->services().data.contacts.insert(ana).isOk());
        QList<Recipient> five;
        for (int i = 0; i < 5; ++i)
            five << Recipient {number(i), {}};
        OutgoingMessage m;
        m.text = u"Fresh bread at nine"_s;
        OutboxBroadcastOptions options = outsideTandem();
        options.title = u"Bread"_s;
        const qint64 id = app->services().data.outbox.broadcasts().create(meta.id, m, five, options).value();
        QTRY_VERIFY_WITH_TIMEOUT(read(*app, id) == 4, 20000);

        AnalyticsView view(app->services());
        view.resize(1100, 760);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));

        // Over time: one row for today and the sender, four sent, one failed, with why.
        auto* table = child<QTableWidget>(&view, u"periodTable"_s);
        QTRY_COMPARE_WITH_TIMEOUT(table->rowCount(), 1, 5000);
        QCOMPARE(table->item(0, 1)->text(), meta.name);
        QCOMPARE(table->item(0, 2)->text(), u"4"_s);
        QCOMPARE(table->item(0, 5)->text(), u"1"_s);
        QVERIFY(child<QLabel>(&view, u"periodTotalsLabel"_s)->text().contains(u"4 messages sent"_s));
        QVERIFY(!child<QLabel>(&view, u"periodFailuresLabel"_s)->text().isEmpty());
        QCOMPARE(bars(child<QChartView>(&view, u"periodChartView"_s))->at(0), 4.0);
        QTemporaryDir dir;
        FileDialog::setNextFileName(dir.filePath(u"results.csv"_s));
        QTest::mouseClick(child<QPushButton>(&view, u"exportPeriodsButton"_s), Qt::LeftButton);
        const QList<QByteArray> table2 = readFile(dir.filePath(u"results.csv"_s)).trimmed().split('\n');
        QCOMPARE(table2.size(), 2);
        QVERIFY(table2.at(0).startsWith("Period,Sender,Sent,Delivered,Read,Failed,Replies"));
        QVERIFY2(table2.at(1).contains(QByteArray("," + meta.name.toUtf8() + ",4,")), table2.at(1).constData());

        // Meta is asked what the day cost (its pricing_analytics): the practice copy charges the four it took at
        // Meta's rate card, so the reported cost comes to Tandem's own estimate, and it is no longer nothing.
        QTRY_VERIFY_WITH_TIMEOUT(
            child<QLabel>(&view, u"reportedStatusLabel"_s)->text().startsWith(u"What Meta charged: asked at"_s), 10000);
        QTRY_COMPARE(table->item(0, 8)->text(), table->item(0, 7)->text());
        QVERIFY2(table->item(0, 8)->text() != Money::usd(0), qPrintable(table->item(0, 8)->text()));
        QVERIFY(app->services().data.reportedCosts.lastFetched(meta.id).value().isValid());

        // One broadcast: the funnel, from 5 queued to 4 read, 1 failed.
        view.findChild<QTabWidget*>(u"resultsTabs"_s)->setCurrentIndex(1);
        BroadcastResults* results = view.broadcasts();
        QTRY_VERIFY(results->report().has_value() && results->report()->broadcastId == id);
        auto* funnel = child<QChartView>(&view, u"funnelChartView"_s);
        QTRY_VERIFY(bars(funnel));
        // Queued, sent, delivered, read, replied, failed, skipped, from the top bar down (Qt Charts counts from the
        // bottom).
        const QList<double> expected = {5, 4, 4, 4, 0, 1, 0};
        QCOMPARE(bars(funnel)->count(), expected.size());
        for (int i = 0; i < expected.size(); ++i)
            QCOMPARE(bars(funnel)->at(expected.size() - 1 - i), expected.at(i));
        auto* reasons = child<QTableWidget>(&view, u"reasonsTable"_s);
        QCOMPARE(reasons->rowCount(), 1);
        QCOMPARE(reasons->item(0, 2)->text(), u"131026"_s);

        // A click on the "Read" bar lists who read it, by name where the contact has one.
        QSignalSpy listed(results, &BroadcastResults::stageListed);
        QTest::mouseClick(funnel->viewport(), Qt::LeftButton, {}, barCentre(funnel, 3));
        QVERIFY(listed.count() == 1 || listed.wait(5000));
        auto* people = child<QListWidget>(&view, u"stageRecipientsList"_s);
        QCOMPARE(people->count(), 4);
        QCOMPARE(people->item(0)->text(), u"Ana (%1)"_s.arg(number(0)));
        QVERIFY(child<QLabel>(&view, u"stageTitleLabel"_s)->text().startsWith(u"Read: 4"_s));

        // The report as CSV and as PDF.
        FileDialog::setNextFileName(dir.filePath(u"bread.csv"_s));
        QTest::mouseClick(child<QPushButton>(&view, u"exportBroadcastCsvButton"_s), Qt::LeftButton);
        const QByteArray csv = readFile(dir.filePath(u"bread.csv"_s));
        for (const QByteArray& line : {QByteArray("Queued,5"), QByteArray("Read,4"), QByteArray("Failed,1")})
            QVERIFY2(csv.split('\n').contains(line), csv.constData());
        FileDialog::setNextFileName(dir.filePath(u"bread.pdf"_s));
        QTest::mouseClick(child<QPushButton>(&view, u"exportBroadcastPdfButton"_s), Qt::LeftButton);
        const QByteArray pdf = readFile(dir.filePath(u"bread.pdf"_s));
        QVERIFY(pdf.startsWith("%PDF-"));
        QCOMPARE(pdf.count("/Type /Page\n") + pdf.count("/Type /Page\r") + pdf.count("/Type /Page "), 1);
        QVERIFY(results->reportHtml().contains(u"Bread"_s));
    }

    // Settings → Prices: a malformed card is refused with its line and changes nothing; Meta's card updates the
    // prices every screen estimates with.
    // Over a long history the first look at Results would work out every settled day; the screen does that on its
    // read thread as soon as it is made, before anyone opens it, and keeps the figures.
    void theSettledDaysAreWorkedOutBeforeTheScreenIsOpened()
    {
        auto app = makeTestApp(std::make_unique<MemorySecretStore>());
        const Profile meta = addSender(*app, metaSandboxProfile(app->sandbox()->baseUrl()), metaSandboxSecrets());
        QList<Recipient> three;
        for (int i = 0; i < 3; ++i)
            three << Recipient {number(20 + i), {}};
        OutgoingMessage m;
        m.text = u"Closed on Monday"_s;
        const qint64 id = app->services().data.outbox.broadcasts().create(meta.id, m, three, outsideTandem()).value();
        auto scalar = [&](const QString& sql) {
            QSqlQuery q(app->database().connection());
            return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
        };
        const QString went = u"SELECT COUNT(*) FROM outbox WHERE broadcast_id = %1 AND claimed_at IS NOT NULL AND "
                             "state IN ('accepted', 'sent', 'delivered', 'read')"_s.arg(id);
        QTRY_COMPARE_WITH_TIMEOUT(scalar(went), 3, 20000);
        // As if it went out three weeks ago: a settled day.
        QSqlQuery back(app->database().connection());
        QVERIFY(back.exec(
            u"UPDATE outbox SET claimed_at = claimed_at - %1 WHERE broadcast_id = %2"_s.arg(21LL * 24 * 3600 * 1000)
                .arg(id)));
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM report_days_done"_s), 0);

        PeriodResults results(app->services()); // made, never shown
        QTRY_VERIFY_WITH_TIMEOUT(scalar(u"SELECT COUNT(*) FROM report_days_done"_s) > 300, 10000);
        QCOMPARE(scalar(u"SELECT SUM(sent) FROM report_days WHERE profile_id = %1"_s.arg(meta.id)), 3);
    }

    // The tier Meta said the account reached this month (as the receiver keeps it, tst_volumetiers) is named below
    // the prices, in the rate card's spelling of the market; none, and the line is not there.
    void theVolumeTierMetaReportedIsShownBelowThePrices()
    {
        auto app = makeTestApp(std::make_unique<MemorySecretStore>());
        {
            PricesDialog dialog(app->services());
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QVERIFY(!child<QLabel>(&dialog, u"volumeTiersLabel"_s)->isVisible());
        }
        const QString kept = keepVolumeTier(
            app->database().connection(), u"UTILITY"_s, u"REST_OF_AFRICA"_s, u"1000001:5000000"_s, u"tier-1"_s);
        QVERIFY2(kept.isEmpty(), qPrintable(kept));

        PricesDialog dialog(app->services());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* tiers = child<QLabel>(&dialog, u"volumeTiersLabel"_s);
        QVERIFY(tiers->isVisible());
        QVERIFY2(tiers->text().contains(u"Rest of Africa, utility: 1"_s) && tiers->text().contains(u"5"_s)
                && tiers->text().contains(u"what Meta reports it charged"_s),
            qPrintable(tiers->text()));
    }

    void importingMetasRateCardUpdatesThePrices()
    {
        auto app = makeTestApp(std::make_unique<MemorySecretStore>());
        PricesDialog dialog(app->services());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* table = child<QTableWidget>(&dialog, u"pricesTable"_s);
        QCOMPARE(table->rowCount(), 32); // every market of Meta's card
        QCOMPARE(cellFor(table, u"Brazil"_s, 1), u"$0.0625"_s);
        QVERIFY(cellFor(table, u"Brazil"_s, 4).contains(u"older than a quarter"_s));
        QTemporaryDir dir;
        auto write = [&](const QString& name, const QByteArray& content) {
            QFile f(dir.filePath(name));
            f.open(QIODevice::WriteOnly);
            f.write(content);
            return f.fileName();
        };
        auto* import = child<QPushButton>(&dialog, u"importRateCardButton"_s);
        FileDialog::setNextFileName(
            write(u"bad.csv"_s, "Market,Currency,Marketing\nBrazil,USD,0.07\nChile,USD,cheap\n"));
        QTest::mouseClick(import, Qt::LeftButton);
        const QString refused = child<QLabel>(&dialog, u"importResultLabel"_s)->text();
        QVERIFY2(refused.contains(u"Line 3"_s) && refused.contains(u"cheap"_s), qPrintable(refused));
        QCOMPARE(cellFor(table, u"Brazil"_s, 1), u"$0.0625"_s);

        const QDate nextQuarter(QDate::currentDate().year() + 1, 1, 1);
        FileDialog::setNextFileName(write(
            u"meta.csv"_s, "Market,Currency,Marketing,Utility,Authentication\nBrazil,$US,0.0700,0.0070,0.0070\n"));
        child<QDateEdit>(&dialog, u"effectiveDateEdit"_s)->setDate(nextQuarter);
        QTest::mouseClick(import, Qt::LeftButton);
        QVERIFY2(child<QLabel>(&dialog, u"importResultLabel"_s)->text().contains(u"1 market updated"_s),
            qPrintable(child<QLabel>(&dialog, u"importResultLabel"_s)->text()));
        QCOMPARE(cellFor(table, u"Brazil"_s, 1), u"$0.0700"_s);
        QVERIFY(!cellFor(table, u"Brazil"_s, 4).contains(u"older"_s));
        QCOMPARE(*app->services().comparison.rate(u"BR"_s)->marketing, 0.07);
        // Kept in the database: the next start of Tandem prices with it too.
        const RateCard stored = app->services().data.rateCards.current(RateCard::builtin().value()).value();
        QCOMPARE(stored.price(u"BR"_s, MessageCategory::Marketing)->effective, nextQuarter);
    }

    // The comparison starts from the owner's own last month.
    void theComparisonUsesTheOwnersLastMonth()
    {
        auto app = makeTestApp(std::make_unique<MemorySecretStore>());
        OwnMonth own;
        own.month = QDate(2026, 11, 1);
        own.messages = 1234;
        own.metaUsd = 20;
        own.byProvider = {{u"twilio"_s, 26.17}, {u"meta_cloud"_s, 20}, {u"360dialog"_s, 20}};
        ComparisonWidget comparison(app->services().comparison);
        comparison.setOwnMonth(own);
        QCOMPARE(child<QSpinBox>(&comparison, u"messagesPerMonthSpinBox"_s)->value(), 1234);
        const QString text = child<QLabel>(&comparison, u"ownMonthLabel"_s)->text();
        QVERIFY2(text.contains(u"November 2026"_s) && text.contains(u"1,234 messages"_s)
                && text.contains(u"$26.17 with Twilio"_s),
            qPrintable(text));

        // The keyboard: Tab leaves the table for "Help me choose" instead of walking its cells; the estimate is
        // the table's first row, in sight without scrolling.
        comparison.show();
        QVERIFY(QTest::qWaitForWindowExposed(&comparison));
        auto* table = child<QTableWidget>(&comparison, u"comparisonTableWidget"_s);
        QCOMPARE(table->verticalHeaderItem(0)->text(), u"Estimated cost per month"_s);
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), child<QSpinBox>(&comparison, u"messagesPerMonthSpinBox"_s));
    }

private:
    static QString cellFor(QTableWidget* table, const QString& market, int column)
    {
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, 0)->text() == market)
                return table->item(row, column)->text();
        }
        return {};
    }

    static int read(AppContext& app, qint64 id)
    {
        const Result<BroadcastReport> r = app.services().data.broadcastReports.report(id);
        return r.isOk() && r.value().failed == 1 ? r.value().read : -1;
    }

    static QByteArray readFile(const QString& path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    // Where the owner clicks on a bar: its middle, in the view's coordinates.
    // The middle of a bar: of the index-th bar of an upright chart, or of the index-th stage from the top of a
    // lying one (the funnel).
    static QPoint barCentre(QChartView* view, int index)
    {
        QChart* chart = view->chart();
        QAbstractSeries* series = chart->series().first();
        QPointF middle;
        if (qobject_cast<QHorizontalBarSeries*>(series)) {
            const int position = int(bars(view)->count()) - 1 - index;
            middle = chart->mapToPosition(QPointF(bars(view)->at(position) / 2, position), series);
        } else {
            middle = chart->mapToPosition(QPointF(index, bars(view)->at(index) / 2), series);
        }
        return view->mapFromScene(chart->mapToScene(middle));
    }
};

QTEST_MAIN(TestResults)
#include "tst_results.moc"
