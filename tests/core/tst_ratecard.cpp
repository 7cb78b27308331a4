// Meta's rate card: which market a number is priced in, importing the file Meta publishes (a good one, a malformed
// one refused whole with its lines), and the imports kept in the database (SQLite and PostgreSQL).
#include "fakes/testdatabase.h"
#include "pricing/ratecard.h"
#include "pricing/ratecardimport.h"
#include "pricing/ratecardstore.h"
#include "storage/database.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
// Shaped as Meta's rate card: a title line with the date, the header, one market per line.
const QByteArray kGoodCard = "WhatsApp Business Platform rate card (USD),Effective April 1, 2027\n"
                             "\n"
                             "Market,Currency,Marketing,Utility,Authentication,Authentication-International\n"
                             "Brazil,$US,0.0700,0.0070,0.0070,n/a\n"
                             "Poland,$US,0.0900,0.0300,0.0300,\n"
                             "Rest of Central & Eastern Europe,$US,0.0880,0.0220,0.0220,\n";
} // namespace

class TestRateCard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        Result<RateCard> card = RateCard::builtin();
        QVERIFY2(card.isOk(), qPrintable(card.error()));
        m_builtin = card.takeValue();
    }

    void numbersArePricedByTheirCallingCode_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("market");
        QTest::newRow("United States") << u"+12125550123"_s << u"North America"_s;
        // +1 809 is the Dominican Republic: Meta prices it with Latin America, not as North America.
        QTest::newRow("Dominican Republic") << u"+18095550123"_s << u"Rest of Latin America"_s;
        QTest::newRow("Brazil") << u"+5511912345678"_s << u"Brazil"_s;
        QTest::newRow("Zimbabwe") << u"+263771234567"_s << u"Rest of Africa"_s;
        QTest::newRow("Austria") << u"+436641234567"_s << u"Rest of Western Europe"_s;
        QTest::newRow("Japan") << u"+819012345678"_s << u"Rest of Asia Pacific"_s;
        QTest::newRow("Greenland") << u"+299221234"_s << u"Other"_s;
    }
    void numbersArePricedByTheirCallingCode()
    {
        QFETCH(QString, number);
        QFETCH(QString, market);
        QCOMPARE(m_builtin.marketOfNumber(number)->name, market);
    }

    void countriesArePricedByTheirMarket()
    {
        QCOMPARE(m_builtin.marketOfRegion(u"US"_s)->name, u"North America"_s);
        QCOMPARE(m_builtin.marketOfRegion(u"BS"_s)->name, u"North America"_s); // the Bahamas dial +1
        QCOMPARE(m_builtin.marketOfRegion(u"DO"_s)->name, u"Rest of Latin America"_s);
        QCOMPARE(m_builtin.marketOfRegion(u"GL"_s)->name, u"Other"_s);
        // Service (non-template) messages cost the utility price since 2026-10-01.
        QCOMPARE(m_builtin.price(u"BR"_s, MessageCategory::Service)->usd, 0.0068);
        QCOMPARE(m_builtin.price(u"AR"_s, MessageCategory::Marketing)->usd, 0.0618);
        QCOMPARE(m_builtin.price(u"AR"_s, MessageCategory::Marketing)->effective, QDate(2026, 1, 1));
    }

    void aPriceOlderThanAQuarterIsStale()
    {
        QVERIFY(rateIsStale(QDate(2026, 1, 1), QDate(2026, 12, 3)));
        QVERIFY(!rateIsStale(QDate(2026, 10, 1), QDate(2026, 12, 3)));
        QVERIFY(rateIsStale(QDate(2026, 9, 1), QDate(2026, 12, 3)));
        QVERIFY(rateIsStale(QDate(), QDate(2026, 12, 3)));
    }

    void importsMetasFile()
    {
        const Result<RateCard> imported = RateCardImport::read({kGoodCard, u"card.csv"_s, {}}, m_builtin);
        QVERIFY2(imported.isOk(), qPrintable(imported.error()));
        QCOMPARE(imported.value().markets().size(), 3);
        const RateCard card = m_builtin.mergedWith(imported.value());
        QCOMPARE(card.price(u"BR"_s, MessageCategory::Marketing)->usd, 0.07);
        QCOMPARE(card.price(u"BR"_s, MessageCategory::Marketing)->effective, QDate(2027, 4, 1));
        QCOMPARE(card.price(u"BR"_s, MessageCategory::Marketing)->source, u"card.csv"_s);
        // Poland is priced on its own now and leaves its region; Hungary stays there, at the region's new price.
        QCOMPARE(card.marketOfRegion(u"PL"_s)->key, u"PL"_s);
        QCOMPARE(card.priceForNumber(u"+48501234567"_s, MessageCategory::Utility)->usd, 0.03);
        QCOMPARE(card.marketOfRegion(u"HU"_s)->key, u"rest_of_central_eastern_europe"_s);
        QCOMPARE(card.price(u"HU"_s, MessageCategory::Utility)->usd, 0.022);
        // Markets the file does not name keep the built-in price and its date.
        QCOMPARE(card.price(u"AR"_s, MessageCategory::Marketing)->usd, 0.0618);
        QCOMPARE(card.price(u"AR"_s, MessageCategory::Marketing)->effective, QDate(2026, 1, 1));
    }

    void refusesAMalformedFileWhole()
    {
        const QByteArray bad = "Market,Currency,Marketing,Utility,Authentication\n" // line 1
                               "Brazil,USD,0.07,0.007,0.007\n" // line 2: good
                               "Chile,USD,abc,0.02,0.02\n" // line 3: not a price
                               "Colombia,USD,0.0125,0.0008,0.0008\n" // line 4: good
                               "Atlantis,USD,0.01,0.01,0.01\n" // line 5: no such market
                               "France,EUR,0.08,0.03,0.03\n"; // line 6: not US dollars
        const Result<RateCard> imported = RateCardImport::read({bad, u"bad.csv"_s, QDate(2027, 4, 1)}, m_builtin);
        QVERIFY(!imported.isOk());
        const QString error = imported.error();
        QVERIFY2(error.contains(u"Line 3"_s) && error.contains(u"abc"_s), qPrintable(error));
        QVERIFY2(error.contains(u"Line 5"_s) && error.contains(u"Atlantis"_s), qPrintable(error));
        QVERIFY2(error.contains(u"Line 6"_s) && error.contains(u"EUR"_s), qPrintable(error));
        QVERIFY(!error.contains(u"Line 2"_s) && !error.contains(u"Line 4"_s));
        QVERIFY(error.contains(u"nothing changed"_s));
    }

    void aFileMustSayWhenItsPricesApply()
    {
        const QByteArray undated = "Market,Marketing,Utility\nBrazil,0.07,0.007\n";
        QVERIFY(!RateCardImport::read({undated, u"x.csv"_s, {}}, m_builtin).isOk());
        const Result<RateCard> dated = RateCardImport::read({undated, u"x.csv"_s, QDate(2027, 1, 1)}, m_builtin);
        QVERIFY2(dated.isOk(), qPrintable(dated.error()));
        QCOMPARE(dated.value().markets().first().effective, QDate(2027, 1, 1));
        // Not a rate card at all.
        const Result<RateCard> other = RateCardImport::read({"name,phone\nAna,+5511\n", u"x.csv"_s, {}}, m_builtin);
        QVERIFY(!other.isOk());
        QVERIFY(other.error().contains(u"Market"_s));
    }

    void importsAreKeptInTheDatabase()
    {
        Database db;
        QVERIFY(db.open(testDatabase(m_dir, u"ratecard"_s)).isOk());
        RateCardStore store(db);
        QVERIFY(!store.latest().value().has_value());
        QCOMPARE(store.current(m_builtin).value().price(u"BR"_s, MessageCategory::Marketing)->usd, 0.0625);

        const RateCard imported = RateCardImport::read({kGoodCard, u"card.csv"_s, {}}, m_builtin).takeValue();
        QVERIFY(store.save(imported, u"card.csv"_s, QDate(2027, 4, 1)).isOk());
        const RateCard current = store.current(m_builtin).takeValue();
        QCOMPARE(current.price(u"BR"_s, MessageCategory::Marketing)->usd, 0.07);
        QCOMPARE(current.price(u"BR"_s, MessageCategory::Marketing)->effective, QDate(2027, 4, 1));
        QCOMPARE(current.marketOfRegion(u"PL"_s)->key, u"PL"_s);
        const std::optional<RateCardStore::Import> latest = store.latest().value();
        QVERIFY(latest.has_value());
        QCOMPARE(latest->effective, QDate(2027, 4, 1));
        QCOMPARE(latest->source, u"card.csv"_s);
        QCOMPARE(latest->markets, 3);
    }

private:
    QTemporaryDir m_dir;
    RateCard m_builtin;
};

QTEST_GUILESS_MAIN(TestRateCard)
#include "tst_ratecard.moc"
