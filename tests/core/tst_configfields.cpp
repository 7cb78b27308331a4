// The registry's field lists, which the wizard's forms and the CLI's --set are generated from: every field's
// validation, what is required, what is secret or advanced, and the cross-field rules.
#include "providers/providerregistry.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestConfigFields : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void kindsAndSecrets()
    {
        const ProviderRegistry registry = ProviderRegistry::builtin();
        QCOMPARE(registry.kinds(), (QStringList {u"twilio"_s, u"meta_cloud"_s, u"360dialog"_s}));
        QCOMPARE(registry.find(u"twilio"_s)->secretKeys(), (QStringList {u"auth_token"_s, u"api_key_secret"_s}));
        QCOMPARE(registry.find(u"meta_cloud"_s)->secretKeys(),
            (QStringList {u"access_token"_s, u"app_secret"_s, u"verify_token"_s}));
        // 360dialog: the number's API key, and the webhook key Tandem makes itself (nobody types it).
        QCOMPARE(registry.find(u"360dialog"_s)->secretKeys(), (QStringList {u"api_key"_s, u"verify_token"_s}));
        QVERIFY(registry.find(u"360dialog"_s)->field(u"verify_token"_s)->generated);
        QVERIFY(!registry.find(u"360dialog"_s)->field(u"verify_token"_s)->required);
        QVERIFY(!registry.find(u"vonage"_s));
        for (const ProviderDescriptor& d : registry.all()) {
            QCOMPARE(d.defaultRatePerSecond, 80.0);
            QVERIFY(d.create);
            for (const ConfigField& f : d.fields) {
                QVERIFY2(!f.label.isEmpty() && !f.help.isEmpty(), qPrintable(f.key));
                if (!f.pattern.isEmpty())
                    QVERIFY2(!f.patternHint.isEmpty(), qPrintable(d.kind + u'/' + f.key + u" has no hint"_s));
            }
        }
        QVERIFY(registry.find(u"meta_cloud"_s)->capabilities.interactive);
        QVERIFY(!registry.find(u"twilio"_s)->capabilities.interactive);
        QVERIFY(registry.find(u"twilio"_s)->capabilities.statusPolling);
    }

    void fieldValidation_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("valid");
        auto row = [](const char* name, const char* kind, const char* key, const QString& value, bool valid) {
            QTest::newRow(name) << QString::fromLatin1(kind) << QString::fromLatin1(key) << value << valid;
        };
        row("account sid ok", "twilio", "account_sid", u"AC0123456789abcdef0123456789ABCDEF"_s, true);
        row("account sid wrong prefix", "twilio", "account_sid", u"SK0123456789abcdef0123456789abcdef"_s, false);
        row("account sid short", "twilio", "account_sid", u"AC0123"_s, false);
        row("account sid missing", "twilio", "account_sid", QString(), false);
        row("auth token ok", "twilio", "auth_token", u"0123456789abcdef0123456789abcdef"_s, true);
        row("auth token not hex", "twilio", "auth_token", u"0123456789abcdef0123456789abcdeg"_s, false);
        row("auth token optional", "twilio", "auth_token", QString(), true);
        row("api key ok", "twilio", "api_key_sid", u"SK0123456789abcdef0123456789abcdef"_s, true);
        row("api key wrong", "twilio", "api_key_sid", u"AC0123456789abcdef0123456789abcdef"_s, false);
        row("sender E.164", "twilio", "from", u"+14155238886"_s, true);
        row("sender without plus", "twilio", "from", u"14155238886"_s, false);
        row("messaging service", "twilio", "messaging_service_sid", u"MG0123456789abcdef0123456789abcdef"_s, true);
        row("region known", "twilio", "default_region", u"DE"_s, true);
        row("region unknown", "twilio", "default_region", u"XX"_s, false);
        row("callback https", "twilio", "status_callback_url", u"https://shop.example/twilio"_s, true);
        row("callback not a url", "twilio", "status_callback_url", u"shop example"_s, false);
        row("phone number id", "meta_cloud", "phone_number_id", u"106540352242922"_s, true);
        row("phone number id with +", "meta_cloud", "phone_number_id", u"+15550783881"_s, false);
        row("phone number id missing", "meta_cloud", "phone_number_id", QString(), false);
        row("access token", "meta_cloud", "access_token", u"EAAJB0123456789abcdefZZ"_s, true);
        row("access token short", "meta_cloud", "access_token", u"EAA123"_s, false);
        row("access token missing", "meta_cloud", "access_token", QString(), false);
        row("app secret", "meta_cloud", "app_secret", u"0123456789abcdef0123456789abcdef"_s, true);
        row("api version", "meta_cloud", "api_version", u"v23.0"_s, true);
        row("api version bare", "meta_cloud", "api_version", u"23"_s, false);
        row("api base ftp", "meta_cloud", "api_base", u"ftp://graph.facebook.com"_s, false);
        // Tokens travel to the API address: https, or http only to a sandbox on this computer.
        row("api base https", "meta_cloud", "api_base", u"https://graph.facebook.com"_s, true);
        row("api base http", "meta_cloud", "api_base", u"http://graph.facebook.com"_s, false);
        row("twilio api base http", "twilio", "api_base", u"http://api.twilio.example"_s, false);
        row("content api base http", "twilio", "content_api_base", u"http://content.twilio.com"_s, false);
        row("api base loopback http", "meta_cloud", "api_base", u"http://127.0.0.1:8089"_s, true);
        row("api base localhost http", "twilio", "api_base", u"http://localhost:8089"_s, true);
        // The sender as Twilio's Console shows it.
        row("sender with whatsapp: prefix", "twilio", "from", u"whatsapp:+14155238886"_s, true);
        row("sender with spaces and dashes", "twilio", "from", u"+1 415-523-8886"_s, true);
    }

    void phoneNumbersAreStoredPlain_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("stored");
        QTest::newRow("console form") << u"whatsapp:+14155238886"_s << u"+14155238886"_s;
        QTest::newRow("upper case prefix") << u"WhatsApp: +14155238886"_s << u"+14155238886"_s;
        QTest::newRow("spaced") << u" +1 (415) 523-8886 "_s << u"+14155238886"_s;
        QTest::newRow("plain") << u"+14155238886"_s << u"+14155238886"_s;
    }
    void phoneNumbersAreStoredPlain()
    {
        QFETCH(QString, typed);
        QFETCH(QString, stored);
        const ProviderRegistry registry = ProviderRegistry::builtin();
        const ConfigField* from = registry.find(u"twilio"_s)->field(u"from"_s);
        QCOMPARE(from->normalized(typed), stored);
        // Only phone fields change beyond trimming.
        const ConfigField* sid = registry.find(u"twilio"_s)->field(u"account_sid"_s);
        QCOMPARE(sid->normalized(u" AC12 "_s), u"AC12"_s);
    }
    void fieldValidation()
    {
        QFETCH(QString, kind);
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(bool, valid);
        const ProviderRegistry registry = ProviderRegistry::builtin();
        const ConfigField* field = registry.find(kind)->field(key);
        QVERIFY(field);
        const QString problem = field->validate(value);
        QCOMPARE(problem.isEmpty(), valid);
        if (!valid)
            QVERIFY2(problem.contains(field->label), qPrintable(problem));
    }

    void requiredAndAdvanced()
    {
        const ProviderRegistry registry = ProviderRegistry::builtin();
        auto keys = [&](const QString& kind, auto predicate) {
            QStringList result;
            for (const ConfigField& f : registry.find(kind)->fields) {
                if (predicate(f))
                    result << f.key;
            }
            return result;
        };
        auto required = [](const ConfigField& f) {
            return f.required;
        };
        auto advanced = [](const ConfigField& f) {
            return f.advanced;
        };
        QCOMPARE(keys(u"twilio"_s, required), (QStringList {u"account_sid"_s, u"default_region"_s}));
        QCOMPARE(keys(u"meta_cloud"_s, required),
            (QStringList {u"phone_number_id"_s, u"access_token"_s, u"default_region"_s}));
        QVERIFY(keys(u"twilio"_s, advanced).contains(u"api_base"_s));
        QVERIFY(keys(u"twilio"_s, advanced).contains(u"content_api_base"_s));
        QVERIFY(keys(u"meta_cloud"_s, advanced).contains(u"api_version"_s));
        QVERIFY(!keys(u"meta_cloud"_s, advanced).contains(u"access_token"_s));
        QCOMPARE(registry.find(u"twilio"_s)->field(u"api_base"_s)->defaultValue, u"https://api.twilio.com"_s);
        QCOMPARE(registry.find(u"meta_cloud"_s)->field(u"api_version"_s)->defaultValue, u"v23.0"_s);
        QCOMPARE(registry.find(u"meta_cloud"_s)->field(u"api_base"_s)->defaultValue, u"https://graph.facebook.com"_s);
    }

    void twilioCrossChecks_data()
    {
        QTest::addColumn<QVariantMap>("values");
        QTest::addColumn<QString>("problem");
        const QVariantMap base {
            {u"account_sid"_s, u"AC0123456789abcdef0123456789abcdef"_s}, {u"default_region"_s, u"US"_s}};
        QVariantMap tokenAndSender = base;
        tokenAndSender.insert(u"auth_token"_s, u"0123456789abcdef0123456789abcdef"_s);
        tokenAndSender.insert(u"from"_s, u"+14155238886"_s);
        QTest::newRow("token and sender") << tokenAndSender << QString();
        QVariantMap keyAndService = base;
        keyAndService.insert(u"api_key_sid"_s, u"SK0123456789abcdef0123456789abcdef"_s);
        keyAndService.insert(u"api_key_secret"_s, u"Abcdefghij0123456789Abcdefghij01"_s);
        keyAndService.insert(u"messaging_service_sid"_s, u"MG0123456789abcdef0123456789abcdef"_s);
        QTest::newRow("api key and messaging service") << keyAndService << QString();
        QVariantMap noCredentials = base;
        noCredentials.insert(u"from"_s, u"+14155238886"_s);
        QTest::newRow("no credentials") << noCredentials << u"Auth Token, or an API Key SID"_s;
        QVariantMap keyWithoutSecret = noCredentials;
        keyWithoutSecret.insert(u"api_key_sid"_s, u"SK0123456789abcdef0123456789abcdef"_s);
        QTest::newRow("key without secret") << keyWithoutSecret << u"needs its secret"_s;
        QVariantMap noSender = base;
        noSender.insert(u"auth_token"_s, u"0123456789abcdef0123456789abcdef"_s);
        QTest::newRow("no sender") << noSender << u"sender number, or a Messaging Service SID"_s;
    }
    void twilioCrossChecks()
    {
        QFETCH(QVariantMap, values);
        QFETCH(QString, problem);
        const QStringList problems = ProviderRegistry::builtin().find(u"twilio"_s)->validate(values);
        if (problem.isEmpty())
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        else
            QVERIFY2(problems.join(u'\n').contains(problem), qPrintable(problems.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestConfigFields)
#include "tst_configfields.moc"
