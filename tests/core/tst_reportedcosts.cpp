// What Meta says a sender's days cost (GET /{WABA_ID}/pricing_analytics), beside Tandem's own estimate: the request
// as the Graph API reference lists its parameters, Meta's answer read in both of its shapes (the edge, and the field
// of the account) with numbers as strings and a next page, the practice copy's answer worked out from the messages
// it took, a fetch kept per day, market and category that replaces the days it covers, a failed fetch that keeps
// what was there, and the results' "reported" figure. SQLite and PostgreSQL.
#include "analytics/periodreport.h"
#include "analytics/reportedcosts.h"
#include "analytics/reportedcostsync.h"
#include "fakes/sandboxprofiles.h"
#include "fakes/testdatabase.h"
#include "fakes/waitforjob.h"
#include "providers/messagingprovider.h"
#include "providers/metarequests.h"
#include "providers/metaresponses.h"
#include "providers/providerregistry.h"
#include "sandbox/sandboxserver.h"
#include "storage/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 kDayMs = 24LL * 3600 * 1000;
// Meta's utility prices: Brazil US$ 0.0068 (Meta's own non-template page says 0.68 ¢), Argentina US$ 0.026 (the
// card of 2026-01-01). Service messages cost the utility price since 2026-10-01.
constexpr double kBrazilUtility = 0.0068;
constexpr double kArgentinaUtility = 0.026;

OutgoingMessage helloWorld(const QString& to)
{
    OutgoingMessage m;
    m.to = to;
    m.kind = OutgoingMessage::Kind::Template;
    m.templateName = u"hello_world"_s;
    m.languageCode = u"en_US"_s;
    return m;
}

bool near(double a, double b)
{
    return qAbs(a - b) < 1e-9;
}
} // namespace

class TestReportedCosts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_sandbox.start() != 0);
    }
    void init()
    {
        m_sandbox.state().reset();
        QVERIFY(m_db.open(testDatabase(m_dir, u"reportedcosts-%1"_s.arg(++m_counter))).isOk());
    }
    void cleanup()
    {
        m_db.close();
    }

    void theRequestAsTheReferenceListsIt()
    {
        MetaSettings settings = MetaSettings::fromProfile(
            metaSandboxProfile(QUrl(u"https://graph.facebook.com"_s)), metaSandboxSecrets());
        const QNetworkRequest r
            = MetaRequests(settings).pricingAnalytics(1764547200, 1764633600, u"+1 555-078-3881"_s, u"MjQZD"_s);
        QCOMPARE(r.url().path(), u"/v23.0/102290129340398/pricing_analytics"_s);
        const QUrlQuery q(r.url());
        QCOMPARE(q.queryItemValue(u"start"_s), u"1764547200"_s);
        QCOMPARE(q.queryItemValue(u"end"_s), u"1764633600"_s);
        QCOMPARE(q.queryItemValue(u"granularity"_s), u"DAILY"_s);
        QCOMPARE(q.queryItemValue(u"metric_types"_s, QUrl::FullyDecoded), u"[\"COST\",\"VOLUME\"]"_s);
        QCOMPARE(q.queryItemValue(u"dimensions"_s, QUrl::FullyDecoded), u"[\"COUNTRY\",\"PRICING_CATEGORY\"]"_s);
        QCOMPARE(q.queryItemValue(u"phone_numbers"_s, QUrl::FullyDecoded), u"[\"15550783881\"]"_s);
        QCOMPARE(q.queryItemValue(u"after"_s), u"MjQZD"_s);
        QVERIFY(r.rawHeader("Authorization").startsWith("Bearer "));
    }

    void metasAnswerInBothShapes()
    {
        // As a field of the account, numbers as strings, and a next page.
        HttpResponse field;
        field.status = 200;
        field.body
            = "{\"pricing_analytics\": {\"data\": [{\"data_points\": ["
              "{\"start\": \"1764547200\", \"end\": \"1764633600\", \"country\": \"br\", \"pricing_type\": \"REGULAR\","
              "\"pricing_category\": \"MARKETING\", \"volume\": \"12\", \"cost\": \"0.75\"},"
              "{\"start\": 1764547200, \"end\": 1764633600, \"country\": \"BR\", \"pricing_type\": "
              "\"FREE_CUSTOMER_SERVICE\","
              "\"pricing_category\": \"SERVICE\", \"volume\": 3, \"cost\": 0}]}],"
              "\"paging\": {\"cursors\": {\"before\": \"MAZDZD\", \"after\": \"MjQZD\"}, \"next\": "
              "\"https://graph.facebook.com/...\"}},"
              "\"id\": \"102290129340398\"}";
        const ProviderResult a = MetaResponses::pricingAnalytics(field);
        QVERIFY2(a.isOk(), qPrintable(a.error.explanation));
        const QVariantList points = a.details.value(u"points"_s).toList();
        QCOMPARE(points.size(), 2);
        const QVariantMap first = points.first().toMap();
        QCOMPARE(first.value(u"day_start"_s).toLongLong(), 1764547200);
        QCOMPARE(first.value(u"country"_s).toString(), u"BR"_s);
        QCOMPARE(first.value(u"category"_s).toString(), u"marketing"_s);
        QCOMPARE(first.value(u"volume"_s).toLongLong(), 12);
        QVERIFY(near(first.value(u"cost"_s).toDouble(), 0.75));
        QCOMPARE(a.details.value(u"next"_s).toString(), u"MjQZD"_s);
        // The edge, last page.
        HttpResponse edge;
        edge.status = 200;
        edge.body = "{\"data\": [{\"data_points\": [{\"start\": 1764633600, \"end\": 1764720000, \"country\": \"AR\","
                    "\"pricing_category\": \"UTILITY\", \"volume\": 1, \"cost\": 0.026}]}], \"paging\": {\"cursors\": "
                    "{\"before\": \"MA\"}}}";
        const ProviderResult b = MetaResponses::pricingAnalytics(edge);
        QCOMPARE(b.details.value(u"points"_s).toList().size(), 1);
        QVERIFY(b.details.value(u"next"_s).toString().isEmpty());
        // An error is Meta's error, explained.
        HttpResponse refused;
        refused.status = 400;
        refused.body
            = "{\"error\": {\"message\": \"(#100) The parameter start is required\", \"type\": \"OAuthException\","
              "\"code\": 100, \"fbtrace_id\": \"Az1\"}}";
        const ProviderResult c = MetaResponses::pricingAnalytics(refused);
        QVERIFY(!c.isOk());
        QVERIFY(!c.error.explanation.isEmpty());
    }

    // The practice copy takes four messages for Meta's number and says what they cost, per day, market and
    // category; Tandem keeps that and the results show it as "reported".
    void aDayFetchedFromThePracticeCopyAndShown()
    {
        std::unique_ptr<MessagingProvider> meta(provider());
        const QStringList customers = {u"+5511987654321"_s, u"+5511987654322"_s, u"+5491123456789"_s};
        for (const QString& to : customers)
            QVERIFY(waitFor(meta->send(helloWorld(to))).isOk());
        OutgoingMessage text;
        text.to = u"+5511987654323"_s;
        text.text = u"Your cake is ready"_s;
        QVERIFY(waitFor(meta->send(text)).isOk());

        const qint64 today = QDateTime::currentMSecsSinceEpoch() / kDayMs * kDayMs;
        ReportedCosts store(m_db);
        QVERIFY(!store.lastFetched(kProfile).value().isValid());
        QVERIFY(sync(store, *meta, today - 2 * kDayMs, today + kDayMs).isOk());
        const QList<ReportedCosts::Point> points = store.of(kProfile, today - 2 * kDayMs, today + kDayMs).value();
        QCOMPARE(points.size(), 3); // AR utility, BR service, BR utility
        QCOMPARE(points.at(0).country, u"AR"_s);
        QCOMPARE(points.at(0).category, u"utility"_s);
        QCOMPARE(points.at(0).volume, 1);
        QVERIFY(near(points.at(0).costUsd, kArgentinaUtility));
        QCOMPARE(points.at(1).category, u"service"_s);
        QVERIFY(near(points.at(1).costUsd, kBrazilUtility));
        QCOMPARE(points.at(2).country, u"BR"_s);
        QCOMPARE(points.at(2).volume, 2);
        QVERIFY(near(points.at(2).costUsd, 2 * kBrazilUtility));
        QCOMPARE(points.at(2).dayStartMs, today);
        QVERIFY(store.lastFetched(kProfile).value().isValid());

        // Fetched again: the days are replaced, not added to.
        QVERIFY(sync(store, *meta, today - 2 * kDayMs, today + kDayMs).isOk());
        QCOMPARE(store.of(kProfile, today - 2 * kDayMs, today + kDayMs).value().size(), 3);

        // The results: Meta's figure for the sender's day (UTC days, on the owner's day they begin in).
        PeriodReports::Query query;
        const QDate utcDay = QDateTime::fromMSecsSinceEpoch(today, Qt::UTC).date();
        query.from = utcDay.addDays(-1);
        query.to = utcDay.addDays(1);
        query.profileId = kProfile;
        query.granularity = PeriodReports::Granularity::Month;
        double reported = 0;
        const QList<PeriodFigures> figures = PeriodReports(m_db).figures(query).value();
        for (const PeriodFigures& f : figures)
            reported += f.reportedCostUsd;
        QVERIFY2(near(reported, 3 * kBrazilUtility + kArgentinaUtility), qPrintable(QString::number(reported, 'f', 6)));
    }

    // Meta refuses (an account Tandem may not read): the fetch says why and what was kept stays.
    void aRefusedFetchKeepsWhatWasThere()
    {
        ReportedCosts store(m_db);
        const qint64 today = QDateTime::currentMSecsSinceEpoch() / kDayMs * kDayMs;
        QVERIFY(store.replace(kProfile, today, today + kDayMs, {{today, u"BR"_s, u"utility"_s, 5, 0.034}}, 1).isOk());
        Profile other = metaSandboxProfile(m_sandbox.baseUrl());
        other.settings.insert(u"waba_id"_s, u"999"_s);
        std::unique_ptr<MessagingProvider> meta(
            m_registry.find(u"meta_cloud"_s)->create(other, metaSandboxSecrets(), &m_network));
        const Status status = sync(store, *meta, today, today + kDayMs);
        QVERIFY(!status.isOk());
        QVERIFY2(status.error().contains(u"999"_s), qPrintable(status.error()));
        const QList<ReportedCosts::Point> kept = store.of(kProfile, today, today + kDayMs).value();
        QCOMPARE(kept.size(), 1);
        QCOMPARE(kept.first().volume, 5);
    }

    // The practice copy checks the parameters as the reference describes them.
    void thePracticeCopyChecksTheParameters()
    {
        std::unique_ptr<MessagingProvider> meta(provider());
        QNetworkRequest r
            = MetaRequests(MetaSettings::fromProfile(metaSandboxProfile(m_sandbox.baseUrl()), metaSandboxSecrets()))
                  .pricingAnalytics(100, 200, QString(), QString());
        QUrl url = r.url();
        QUrlQuery q(url);
        q.removeQueryItem(u"granularity"_s);
        q.addQueryItem(u"granularity"_s, u"WEEKLY"_s);
        url.setQuery(q);
        r.setUrl(url);
        QNetworkReply* reply = m_network.get(r);
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait(5000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 400);
        const QJsonObject error = QJsonDocument::fromJson(reply->readAll()).object().value(u"error"_s).toObject();
        QCOMPARE(error.value(u"code"_s).toInt(), 100);
        QVERIFY(error.value(u"message"_s).toString().contains(u"granularity"_s));
        reply->deleteLater();
    }

private:
    MessagingProvider* provider()
    {
        return m_registry.find(u"meta_cloud"_s)
            ->create(metaSandboxProfile(m_sandbox.baseUrl()), metaSandboxSecrets(), &m_network);
    }

    Status sync(ReportedCosts& store, MessagingProvider& meta, qint64 fromMs, qint64 toMs)
    {
        ReportedCostSync job(store, meta, kProfile, u"+1 555-078-3881"_s, fromMs, toMs);
        QSignalSpy finished(&job, &ReportedCostSync::finished);
        job.start();
        if (!finished.wait(10000))
            return Status::failure(u"the fetch never finished"_s);
        return finished.first().first().value<Status>();
    }

    static constexpr qint64 kProfile = 7;
    QTemporaryDir m_dir;
    int m_counter = 0;
    Database m_db;
    SandboxServer m_sandbox;
    QNetworkAccessManager m_network;
    const ProviderRegistry m_registry = ProviderRegistry::builtin();
};

QTEST_GUILESS_MAIN(TestReportedCosts)
#include "tst_reportedcosts.moc"
