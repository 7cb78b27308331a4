// The comparison's monthly cost estimate against sums done by hand here, and the comparison data's own rules.
#include "pricing/comparisondata.h"
#include "pricing/costestimate.h"

#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(MessageCategory)

class TestCostEstimate : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void builtinDataIsDatedAndSourced()
    {
        const Result<ComparisonData> data = ComparisonData::builtin();
        QVERIFY2(data.isOk(), qPrintable(data.error()));
        // Every country WhatsApp numbers belong to has a price, dated and sourced.
        QVERIFY(data.value().rates().size() > 200);
        for (const MetaRate& rate : data.value().rates()) {
            QVERIFY(QDate::fromString(rate.date, Qt::ISODate).isValid());
            QVERIFY(rate.source.startsWith(u"https://"_s));
            QVERIFY2(rate.marketing && rate.utility && rate.authentication, qPrintable(rate.country));
        }
        QCOMPARE(data.value().provider(u"twilio"_s)->feePerMessageUsd, 0.005);
        QCOMPARE(data.value().provider(u"meta_cloud"_s)->feePerMessageUsd, 0.0);
        // Meta's own page (reference §5): Brazil utility/authentication 0.68 cents.
        QCOMPARE(*data.value().rate(u"BR"_s)->utility, 0.0068);
        // Austria is priced as Meta's "Rest of Western Europe".
        QCOMPARE(data.value().rate(u"AT"_s)->market, u"Rest of Western Europe"_s);
    }

    void estimates_data()
    {
        QTest::addColumn<int>("messages");
        QTest::addColumn<QString>("country");
        QTest::addColumn<MessageCategory>("category");
        QTest::addColumn<double>("ownRate");
        QTest::addColumn<double>("metaDirect");
        QTest::addColumn<double>("viaTwilio");
        // 1,000 × 0.0068 = 6.80; 1,000 × (0.0068 + 0.005) = 11.80
        QTest::newRow("Brazil utility, 1,000") << 1000 << u"BR"_s << MessageCategory::Utility << 0.0 << 6.80 << 11.80;
        // Service messages are charged at the utility rate since 2026-10-01.
        QTest::newRow("Brazil service, 1,000") << 1000 << u"BR"_s << MessageCategory::Service << 0.0 << 6.80 << 11.80;
        // 2,500 × 0.0618 = 154.50; 2,500 × 0.0668 = 167.00
        QTest::newRow("Argentina marketing, 2,500")
            << 2500 << u"AR"_s << MessageCategory::Marketing << 0.0 << 154.50 << 167.00;
        // 20,000 × 0.0113 = 226.00; 20,000 × 0.0163 = 326.00
        QTest::newRow("Australia authentication, 20,000")
            << 20000 << u"AU"_s << MessageCategory::Authentication << 0.0 << 226.00 << 326.00;
        // The owner's own rate for a country not in the data: 400 × 0.02 = 8.00; 400 × 0.025 = 10.00
        QTest::newRow("own rate, 400") << 400 << u"DE"_s << MessageCategory::Marketing << 0.02 << 8.00 << 10.00;
        QTest::newRow("nothing sent") << 0 << u"AT"_s << MessageCategory::Marketing << 0.0 << 0.0 << 0.0;
    }
    void estimates()
    {
        QFETCH(int, messages);
        QFETCH(QString, country);
        QFETCH(MessageCategory, category);
        QFETCH(double, ownRate);
        QFETCH(double, metaDirect);
        QFETCH(double, viaTwilio);
        const ComparisonData data = ComparisonData::builtin().takeValue();
        const CostEstimate e = estimateMonthlyCost(
            data, messages, country, category, ownRate > 0 ? std::optional<double>(ownRate) : std::nullopt);
        QVERIFY(e.known);
        QVERIFY2(qAbs(e.metaDirect - metaDirect) < 1e-9, qPrintable(QString::number(e.metaDirect, 'f', 6)));
        QVERIFY2(qAbs(e.viaTwilio - viaTwilio) < 1e-9, qPrintable(QString::number(e.viaTwilio, 'f', 6)));
    }

    void unknownRatesAreNotGuessed()
    {
        // A market the card gives no utility price for stays unknown: no estimate, not zero.
        ComparisonData data = ComparisonData::builtin().takeValue();
        data.setRateCard(RateCard::fromJson("{\"effective\":\"2026-01-01\",\"source\":\"https://example.org/c\","
                                            "\"markets\":[{\"key\":\"other\",\"name\":\"Other\",\"marketing\":0.06}]}")
                             .takeValue());
        QVERIFY(!estimateMonthlyCost(data, 1000, u"DE"_s, MessageCategory::Utility).known);
        QVERIFY(estimateMonthlyCost(data, 1000, u"DE"_s, MessageCategory::Marketing).known);
    }

    void rejectsPricesWithoutADateOrSource()
    {
        const Result<RateCard> undated = RateCard::fromJson(
            "{\"markets\":[{\"key\":\"other\",\"name\":\"Nowhere\",\"source\":\"https://x\",\"utility\":0.01}]}");
        QVERIFY(!undated.isOk());
        QVERIFY(undated.error().contains(u"Nowhere"_s));
        QVERIFY(!RateCard::fromJson("{not json").isOk());
        // Without an "Other" market some countries would have no price at all.
        QVERIFY(!RateCard::fromJson("{\"effective\":\"2026-01-01\",\"source\":\"https://x\",\"markets\":[]}").isOk());
    }
};

QTEST_GUILESS_MAIN(TestCostEstimate)
#include "tst_costestimate.moc"
