// Meta's volume tiers reach Tandem as the account_update webhook VOLUME_BASED_PRICING_TIER_UPDATE (providers.md
// §5b): a signed one is kept once and read back as the month's tier per category and market, a later move replaces
// an earlier one, other months and other account events stay out, and a forged one is refused and kept nowhere.
#include "fakes/webhookfixture.h"
#include "pricing/ratecard.h"
#include "pricing/volumetiers.h"

using namespace Qt::StringLiterals;
using namespace WebhookFixtureData;

namespace {
QJsonObject tierUpdate(
    const QString& month, const QString& category, const QString& region, const QString& tier, qint64 seconds)
{
    return {{u"event"_s, u"VOLUME_BASED_PRICING_TIER_UPDATE"_s},
        {u"volume_tier_info"_s,
            QJsonObject {{u"effective_month"_s, month}, {u"pricing_category"_s, category}, {u"region"_s, region},
                {u"tier"_s, tier}, {u"tier_update_time"_s, seconds}}}};
}

// Meta's envelope for an account event: the entry is the WhatsApp Business Account, no phone number in it.
QByteArray accountUpdate(const QJsonObject& value)
{
    return QJsonDocument(
        QJsonObject {{u"object"_s, u"whatsapp_business_account"_s},
            {u"entry"_s,
                QJsonArray {
                    QJsonObject {{u"id"_s, QString::fromUtf16(SandboxAccounts::metaWabaId)}, {u"time"_s, 1796300000},
                        {u"changes"_s,
                            QJsonArray {QJsonObject {{u"field"_s, u"account_update"_s}, {u"value"_s, value}}}}}}}})
        .toJson(QJsonDocument::Compact);
}
} // namespace

class TestVolumeTiers : public QObject, protected WebhookFixture
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        setUp();
    }
    void cleanup()
    {
        tearDown();
    }

    void aTierMetaReportsIsKeptAndReadBack()
    {
        const QByteArray body
            = accountUpdate(tierUpdate(u"2026-12"_s, u"UTILITY"_s, u"INDIA"_s, u"25000001:50000000"_s, 1796300000));
        QCOMPARE(postMeta(u"/meta"_s, body, Signatures::meta(kAppSecret, body)).status, 200);
        QCOMPARE(postMeta(u"/meta"_s, body, Signatures::meta(kAppSecret, body)).status, 200); // Meta repeats it
        QCOMPARE(count(u"webhook_events WHERE kind = 'pricing_tier'"_s), 1);

        const QList<VolumeTier> tiers = VolumeTiers(m_db).forMonth(u"2026-12"_s).value();
        QCOMPARE(tiers.size(), 1);
        QCOMPARE(tiers.first().category, u"utility"_s);
        QCOMPARE(tiers.first().region, u"INDIA"_s);
        QCOMPARE(tiers.first().from, 25000001);
        QCOMPARE(tiers.first().to.value_or(-1), 50000000);
        QCOMPARE(tiers.first().since, QDateTime::fromSecsSinceEpoch(1796300000, Qt::UTC));
        QVERIFY(VolumeTiers(m_db).forMonth(u"2026-11"_s).value().isEmpty());

        const RateCard card = RateCard::builtin().value();
        QCOMPARE(VolumeTiers::marketName(u"INDIA"_s, card), u"India"_s);
        QCOMPARE(VolumeTiers::marketName(u"REST_OF_AFRICA"_s, card), u"Rest of Africa"_s);
        const QString line = VolumeTiers::describe(tiers.first(), card);
        QVERIFY2(line.startsWith(u"India, utility: 25"_s) && line.contains(u"50"_s), qPrintable(line));
    }

    void aLaterMoveReplacesTheEarlierOne()
    {
        const QList<QJsonObject> moves = {
            tierUpdate(u"2026-12"_s, u"UTILITY"_s, u"BRAZIL"_s, u"1000001:5000000"_s, 1796400000),
            tierUpdate(u"2026-12"_s, u"UTILITY"_s, u"BRAZIL"_s, u"5000001:10000000"_s, 1796500000),
            tierUpdate(u"2026-12"_s, u"AUTHENTICATION"_s, u"BRAZIL"_s, u"100001:"_s, 1796450000),
            tierUpdate(u"2026-11"_s, u"UTILITY"_s, u"BRAZIL"_s, u"10000001:25000000"_s, 1796000000),
        };
        // The later move arrives first: Meta's time decides, not the order of arrival.
        for (int i : {1, 0, 2, 3}) {
            const QByteArray body = accountUpdate(moves.at(i));
            QCOMPARE(postMeta(u"/meta"_s, body, Signatures::meta(kAppSecret, body)).status, 200);
        }
        const QList<VolumeTier> tiers = VolumeTiers(m_db).forMonth(u"2026-12"_s).value();
        QCOMPARE(tiers.size(), 2);
        for (const VolumeTier& t : tiers) {
            if (t.category == u"utility"_s) {
                QCOMPARE(t.from, 5000001);
                QCOMPARE(t.to.value_or(-1), 10000000);
            } else {
                QCOMPARE(t.category, u"authentication"_s);
                QCOMPARE(t.from, 100001);
                QVERIFY(!t.to); // the last tier has no end
            }
        }
    }

    void otherAccountEventsAndUnreadableTiersAreAnsweredButNotTiers()
    {
        const QByteArray violation = accountUpdate(QJsonObject {{u"event"_s, u"ACCOUNT_VIOLATION"_s}});
        QCOMPARE(postMeta(u"/meta"_s, violation, Signatures::meta(kAppSecret, violation)).status, 200);
        const QByteArray unreadable
            = accountUpdate(tierUpdate(u"2026-12"_s, u"UTILITY"_s, u"INDIA"_s, u"a lot"_s, 1796300000));
        QCOMPARE(postMeta(u"/meta"_s, unreadable, Signatures::meta(kAppSecret, unreadable)).status, 200);
        QVERIFY(VolumeTiers(m_db).forMonth(u"2026-12"_s).value().isEmpty());
    }

    void aForgedTierIsRefusedAndKeptNowhere()
    {
        const QByteArray body
            = accountUpdate(tierUpdate(u"2026-12"_s, u"UTILITY"_s, u"INDIA"_s, u"1:1000000"_s, 1796300000));
        QCOMPARE(postMeta(u"/meta"_s, body, Signatures::meta(u"not-the-app-secret"_s, body)).status, 403);
        QCOMPARE(eventCount(), 0);
        QVERIFY(VolumeTiers(m_db).forMonth(u"2026-12"_s).value().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestVolumeTiers)
#include "tst_volumetiers.moc"
