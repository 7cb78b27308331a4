// The pre-flight report against hand-computed expectations: who is opted out, outside the 24-hour window or
// missing a variable, the estimated cost by country and provider, and the time at the sender's rate.
#include "broadcast/preflight.h"
#include "pricing/comparisondata.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QDateTime kNow(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC);

Contact contact(
    const QString& phone, const QString& name, const QString& order, int hoursSinceInbound, bool optedOut = false)
{
    Contact c;
    c.phone = phone;
    c.name = name;
    if (!order.isEmpty())
        c.fields.insert(u"order"_s, order);
    if (hoursSinceInbound >= 0)
        c.lastInboundAt = kNow.addSecs(-hoursSinceInbound * 3600);
    c.optedOut = optedOut;
    return c;
}

QStringList phones(const QList<Contact>& contacts)
{
    QStringList result;
    for (const Contact& c : contacts)
        result << c.phone;
    return result;
}

// A and B in Brazil, C in Argentina, D in Germany (no price in Tandem's data), E opted out, F without an order.
QList<Contact> audience()
{
    return {contact(u"+5511912345678"_s, u"Ann"_s, u"#1"_s, 1), contact(u"+5511912345679"_s, QString(), u"#2"_s, -1),
        contact(u"+541123456789"_s, u"Cara"_s, u"#3"_s, 25), contact(u"+4915123456789"_s, u"Dan"_s, u"#4"_s, 2),
        contact(u"+5511912345677"_s, u"Eve"_s, u"#5"_s, 1, true),
        contact(u"+5511912345670"_s, u"Finn"_s, QString(), -1)};
}
} // namespace

class TestPreflight : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void templateBroadcast_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<double>("cost");
        // Meta's card of 2026-01-01 (resources/rate-card.json): BR utility 0.0068 × 2 + AR 0.026 + DE 0.055 = 0.0946.
        QTest::newRow("meta") << u"meta_cloud"_s << 0.0946;
        // Twilio adds 0.005 a message: 0.0946 + 4 × 0.005 = 0.1146.
        QTest::newRow("twilio") << u"twilio"_s << 0.1146;
    }
    void templateBroadcast()
    {
        QFETCH(QString, provider);
        QFETCH(double, cost);
        Preflight::Input input;
        input.audience = audience();
        input.message.kind = OutgoingMessage::Kind::Template;
        input.message.templateName = u"order_update"_s;
        input.message.languageCode = u"en"_s;
        input.variables = {{u"1"_s, {VariableSource::Kind::Field, u"name"_s, u"friend"_s}},
            {u"2"_s, {VariableSource::Kind::Field, u"order"_s, QString()}}};
        input.category = MessageCategory::Utility;
        input.providerKind = provider;
        input.ratePerSecond = 80;
        input.now = kNow;
        const PreflightReport r = Preflight::check(input, ComparisonData::builtin().takeValue());

        QCOMPARE(phones(r.sendable),
            (QStringList {u"+5511912345678"_s, u"+5511912345679"_s, u"+541123456789"_s, u"+4915123456789"_s}));
        QCOMPARE(phones(r.optedOut), QStringList {u"+5511912345677"_s});
        QCOMPARE(phones(r.missingVariable), QStringList {u"+5511912345670"_s});
        QVERIFY(r.outsideWindow.isEmpty()); // templates may start a conversation
        QCOMPARE(r.variables.at(1).value(u"1"_s), u"friend"_s); // the fallback for an empty name
        QCOMPARE(r.variables.at(0).value(u"2"_s), u"#1"_s);
        QCOMPARE(r.sendableByCountry.value(u"BR"_s), 2);
        QCOMPARE(r.sendableByCountry.value(u"AR"_s), 1);
        QCOMPARE(r.sendableByCountry.value(u"DE"_s), 1);
        QCOMPARE(r.recipientsWithoutPrice, 0);
        QVERIFY2(qAbs(r.estimatedCostUsd - cost) < 1e-9, qPrintable(QString::number(r.estimatedCostUsd, 'f', 6)));
        QCOMPARE(r.estimatedSeconds, 4.0 / 80.0);
    }

    // Meta's volume tier this month is named beside the market and category it lowers, and nowhere else.
    void aVolumeTierIsNamedBesideItsMarket_data()
    {
        QTest::addColumn<int>("category");
        QTest::addColumn<QString>("brazilTier");
        QTest::newRow("utility in Brazil") << int(MessageCategory::Utility) << u"Brazil, utility: "_s;
        QTest::newRow("marketing has no tiers") << int(MessageCategory::Marketing) << QString();
    }
    void aVolumeTierIsNamedBesideItsMarket()
    {
        QFETCH(int, category);
        QFETCH(QString, brazilTier);
        Preflight::Input input;
        input.audience = audience();
        input.message.kind = OutgoingMessage::Kind::Template;
        input.message.templateName = u"order_update"_s;
        input.message.languageCode = u"en"_s;
        input.variables = {{u"1"_s, {VariableSource::Kind::Field, u"name"_s, u"friend"_s}}};
        input.category = MessageCategory(category);
        input.providerKind = u"meta_cloud"_s;
        input.now = kNow;
        VolumeTier utility;
        utility.month = u"2026-11"_s;
        utility.category = u"utility"_s;
        utility.region = u"BRAZIL"_s;
        utility.from = 100001;
        utility.to = 500000;
        VolumeTier marketing = utility; // Meta has no marketing tiers; one here must change nothing
        marketing.category = u"marketing"_s;
        VolumeTier elsewhere = utility;
        elsewhere.region = u"INDIA"_s;
        input.volumeTiers = {utility, marketing, elsewhere};
        const PreflightReport r = Preflight::check(input, ComparisonData::builtin().takeValue());
        QCOMPARE(r.costByCountry.size(), 3); // AR, BR, DE
        for (const PreflightReport::CountryCost& c : r.costByCountry) {
            if (c.country == u"BR"_s && !brazilTier.isEmpty())
                QVERIFY2(c.volumeTier.startsWith(brazilTier), qPrintable(c.volumeTier));
            else
                QVERIFY2(c.volumeTier.isEmpty(), qPrintable(c.country + u": "_s + c.volumeTier));
        }
    }

    void freeTextOnlyReachesTheWindow()
    {
        Preflight::Input input;
        input.audience = audience();
        input.message.text = u"We are open on Sunday"_s;
        input.providerKind = u"meta_cloud"_s;
        input.ratePerSecond = 0;
        input.now = kNow;
        const PreflightReport r = Preflight::check(input, ComparisonData::builtin().takeValue());
        // Written within 24 hours: Ann (1 h) and Dan (2 h). Cara wrote 25 h ago; Bob and Finn never did.
        QCOMPARE(phones(r.sendable), (QStringList {u"+5511912345678"_s, u"+4915123456789"_s}));
        QCOMPARE(phones(r.outsideWindow), (QStringList {u"+5511912345679"_s, u"+541123456789"_s, u"+5511912345670"_s}));
        QCOMPARE(phones(r.optedOut), QStringList {u"+5511912345677"_s});
        // Service messages are charged at the utility rate since 2026-10-01: Brazil 0.0068 + Germany 0.055.
        QVERIFY2(qAbs(r.estimatedCostUsd - 0.0618) < 1e-9, qPrintable(QString::number(r.estimatedCostUsd, 'f', 6)));
        QCOMPARE(r.recipientsWithoutPrice, 0);
        QCOMPARE(r.estimatedSeconds, 0.0); // unlimited rate
    }

    void aMarketWithoutAPriceIsCountedApart()
    {
        // A card whose "Other" market (Germany here) has no utility price: Germany's recipient is counted apart,
        // not priced at zero.
        const QByteArray json = "{\"effective\":\"2026-01-01\",\"source\":\"https://example.org/card\","
                                "\"markets\":[{\"key\":\"BR\",\"name\":\"Brazil\",\"countries\":[\"BR\"],"
                                "\"utility\":0.0068},{\"key\":\"other\",\"name\":\"Other\",\"marketing\":0.06}]}";
        ComparisonData prices = ComparisonData::builtin().takeValue();
        prices.setRateCard(RateCard::fromJson(json).takeValue());
        Preflight::Input input;
        input.audience = audience();
        input.message.text = u"We are open on Sunday"_s;
        input.providerKind = u"meta_cloud"_s;
        input.now = kNow;
        const PreflightReport r = Preflight::check(input, prices);
        QCOMPARE(r.recipientsWithoutPrice, 1);
        QVERIFY(qAbs(r.estimatedCostUsd - 0.0068) < 1e-9);
    }

    void fixedValuesNeedNoField()
    {
        VariableSource fixed {VariableSource::Kind::Fixed, u"SPRING25"_s, QString()};
        QCOMPARE(fixed.resolve(Contact()), u"SPRING25"_s);
        VariableSource custom {VariableSource::Kind::Field, u"city"_s, QString()};
        Contact c;
        QVERIFY(custom.resolve(c).isNull());
        c.fields.insert(u"city"_s, u"Recife"_s);
        QCOMPARE(custom.resolve(c), u"Recife"_s);
    }
};

QTEST_GUILESS_MAIN(TestPreflight)
#include "tst_preflight.moc"
