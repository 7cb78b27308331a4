// Numbers as owners type them, normalised to E.164 before they reach a provider.
#include "phone/countrynames.h"
#include "phone/phonenumbers.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestPhoneNumbers : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void normalises_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("expected");
        QTest::newRow("German mobile, national format") << u"0151 23456789"_s << u"DE"_s << u"+4915123456789"_s;
        QTest::newRow("UK landline with spaces") << u"+44 20 7946 0958"_s << u"US"_s << u"+442079460958"_s;
        QTest::newRow("US with punctuation") << u"(415) 555-2671"_s << u"US"_s << u"+14155552671"_s;
        QTest::newRow("whatsapp: prefix") << u"whatsapp:+14155238886"_s << u"DE"_s << u"+14155238886"_s;
        QTest::newRow("Brazilian mobile") << u"+55 11 91234-5678"_s << u""_s << u"+5511912345678"_s;
        QTest::newRow("Indian mobile, national") << u"098765 43210"_s << u"IN"_s << u"+919876543210"_s;
        QTest::newRow("lower-case region") << u"0151 23456789"_s << u"de"_s << u"+4915123456789"_s;
    }
    void normalises()
    {
        QFETCH(QString, input);
        QFETCH(QString, region);
        QFETCH(QString, expected);
        const Result<QString> result = normalizePhoneNumber(input, region);
        QVERIFY2(result.isOk(), qPrintable(result.error()));
        QCOMPARE(result.value(), expected);
    }

    void rejects_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << u"  "_s << u"US"_s << u"empty"_s;
        QTest::newRow("too short") << u"12345"_s << u"US"_s << u"not a valid phone number"_s;
        QTest::newRow("letters") << u"call me"_s << u"US"_s << u"not a phone number"_s;
        QTest::newRow("no country code and no region") << u"0151 23456789"_s << u""_s << u"no country code"_s;
        QTest::newRow("German number too long") << u"+49 151 234567890123"_s << u"DE"_s << u"not a valid"_s;
    }
    void rejects()
    {
        QFETCH(QString, input);
        QFETCH(QString, region);
        QFETCH(QString, expected);
        const Result<QString> result = normalizePhoneNumber(input, region);
        QVERIFY(!result.isOk());
        QVERIFY2(result.error().contains(expected), qPrintable(result.error()));
    }

    // Countries are named in the language Tandem speaks, as the import dialog and the sender's form list them.
    void countriesInTheOwnersLanguage_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("name");
        QTest::newRow("Brazil in Portuguese") << u"BR"_s << u"pt_BR"_s << u"Brasil"_s;
        QTest::newRow("Germany in Spanish") << u"DE"_s << u"es"_s << u"Alemania"_s;
        QTest::newRow("Germany in Portuguese") << u"de"_s << u"pt_BR"_s << u"Alemanha"_s;
        QTest::newRow("United States in Spanish") << u"US"_s << u"es"_s << u"Estados Unidos"_s;
        QTest::newRow("Germany in English") << u"DE"_s << u"en"_s << u"Germany"_s;
        QTest::newRow("a code no country has") << u"QQ"_s << u"es"_s << u"QQ"_s;
    }
    void countriesInTheOwnersLanguage()
    {
        QFETCH(QString, code);
        QFETCH(QString, language);
        QFETCH(QString, name);
        QCOMPARE(countryName(code, QLocale(language)), name);
    }

    // A new sender's default country is the owner's own: Brazil for Portuguese from Brazil.
    void theOwnersCountryComesFromTheirLocale()
    {
        const QLocale before;
        QLocale::setDefault(QLocale(u"pt_BR"_s));
        QCOMPARE(ownPhoneRegion(), u"BR"_s);
        QLocale::setDefault(QLocale(u"es_AR"_s));
        QCOMPARE(ownPhoneRegion(), u"AR"_s);
        QLocale::setDefault(QLocale::c()); // no country at all
        QCOMPARE(ownPhoneRegion(), u"US"_s);
        QLocale::setDefault(before);
    }

    void knowsRegions()
    {
        const QStringList regions = supportedPhoneRegions();
        for (const char* region : {"US", "DE", "GB", "BR", "IN", "NG"})
            QVERIFY(regions.contains(QString::fromLatin1(region)));
    }

    // Placeholders show a number a person could type: valid, and in the sender's country.
    void examplesAreValidNumbersOfTheirCountry_data()
    {
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("countryCode");
        QTest::newRow("Brazil") << u"BR"_s << u"+55"_s;
        QTest::newRow("United Kingdom") << u"gb"_s << u"+44"_s;
        QTest::newRow("Argentina") << u"AR"_s << u"+54"_s;
        QTest::newRow("unknown") << u"??"_s << u"+1"_s;
        QTest::newRow("none") << QString() << u"+1"_s;
    }
    void examplesAreValidNumbersOfTheirCountry()
    {
        QFETCH(QString, region);
        QFETCH(QString, countryCode);
        const QString example = examplePhoneNumber(region);
        QVERIFY2(example.startsWith(countryCode + u' '), qPrintable(example));
        const Result<QString> read = normalizePhoneNumber(example, QString());
        QVERIFY2(read.isOk(), qPrintable(example));
    }
};

QTEST_GUILESS_MAIN(TestPhoneNumbers)
#include "tst_phonenumbers.moc"
