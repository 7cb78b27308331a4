// Webhook signatures against the test vectors in shared/reference/providers.md §6 (taken from the providers' own
// SDK tests): Twilio's X-Twilio-Signature with and without the default port, repeated keys, JSON bodies; Meta's
// X-Hub-Signature-256. Forged, tampered and missing signatures are refused.
#include "webhooks/signatures.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString kToken = u"12345"_s;
const QString kUrl = u"https://mycompany.com/myapp.php?foo=1&bar=2"_s;
const Signatures::FormParams kParams = {{u"CallSid"_s, u"CA1234567890ABCDE"_s}, {u"Caller"_s, u"+14158675309"_s},
    {u"Digits"_s, u"1234"_s}, {u"From"_s, u"+14158675309"_s}, {u"To"_s, u"+18005551212"_s}};
} // namespace

Q_DECLARE_METATYPE(Signatures::FormParams)

class TestSignatures : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void twilioVectors_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<Signatures::FormParams>("params");
        QTest::addColumn<QByteArray>("signature");
        QTest::newRow("1 plain") << kUrl << kParams << QByteArray("RSOYDt4T1cUTdK1PDd93/VVr8B8=");
        QTest::newRow("2 port 443") << u"https://mycompany.com:443/myapp.php?foo=1&bar=2"_s << kParams
                                    << QByteArray("kvajT1Ptam85bY51eRf/AJRuM3w=");
        QTest::newRow("3 port 1234") << u"http://mycompany.com:1234/myapp.php?foo=1&bar=2"_s << kParams
                                     << QByteArray("Zmvh+3yNM1Phv2jhDCwEM3q5ebU=");
        QTest::newRow("4 port 80") << u"http://mycompany.com:80/myapp.php?foo=1&bar=2"_s << kParams
                                   << QByteArray("0ZXoZLH/DfblKGATFgpif+LLRf4=");
        QTest::newRow("5 repeated key, duplicates dropped, values sorted")
            << kUrl
            << Signatures::FormParams {{u"Sid"_s, u"CA123"_s}, {u"SidAccount"_s, u"AC123"_s}, {u"Digits"_s, u"5678"_s},
                   {u"Digits"_s, u"1234"_s}, {u"Digits"_s, u"1234"_s}}
            << QByteArray("IK+Dwps556ElfBT0I3Rgjkr1wJU=");
        QTest::newRow("6 repeated key in either order")
            << kUrl
            << Signatures::FormParams {{u"MessagingBinding.Address"_s, u"+1415xxxxxxx"_s},
                   {u"MessagingBinding.Address"_s, u"+1325xxxxxxx"_s}}
            << QByteArray("83O6e2vORAoJHUNzJjDWN1jz+BA=");
        QTest::newRow("7 user info") << u"https://user:pass@mycompany.com/myapp.php?foo=1&bar=2"_s << kParams
                                     << QByteArray("CukzLTc1tT5dXEDIHm/tKBanW10=");
        QTest::newRow("8 user info and port") << u"https://user:pass@mycompany.com:443/myapp.php?foo=1&bar=2"_s
                                              << kParams << QByteArray("ZQFR1PTIZXF2MXB8ZnKCvnnA+rI=");
        QTest::newRow("9 escaped quote") << u"https://mycompany.com/myapp.php?foo=1&bar=2&Body=It%27s+amazing"_s
                                         << kParams << QByteArray("TfZzewPq8wqrGlMfyAud8+/IvJ0=");
        QTest::newRow("whatsapp status callback")
            << u"https://example.com/twilio/status"_s
            << Signatures::FormParams {{u"AccountSid"_s, u"ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"_s},
                   {u"ApiVersion"_s, u"2010-04-01"_s}, {u"ChannelPrefix"_s, u"whatsapp"_s},
                   {u"From"_s, u"whatsapp:+15554449999"_s}, {u"MessageSid"_s, u"SMaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"_s},
                   {u"MessageStatus"_s, u"delivered"_s}, {u"To"_s, u"whatsapp:+15552229999"_s}}
            << QByteArray("pTnUmXKorHBEMY1k+I2z3uqlhDo=");
    }
    void twilioVectors()
    {
        QFETCH(QString, url);
        QFETCH(Signatures::FormParams, params);
        QFETCH(QByteArray, signature);
        QCOMPARE(Signatures::twilio(kToken, url, params), signature);
        QVERIFY(Signatures::twilioValid(kToken, url, params, signature));
    }

    // Twilio sometimes signs the URL with the default port and sometimes without: both are accepted.
    void twilioAcceptsTheUrlWithAndWithoutTheDefaultPort()
    {
        QVERIFY(Signatures::twilioValid(kToken, kUrl, kParams, "kvajT1Ptam85bY51eRf/AJRuM3w="));
        QVERIFY(Signatures::twilioValid(
            kToken, u"https://mycompany.com:443/myapp.php?foo=1&bar=2"_s, kParams, "RSOYDt4T1cUTdK1PDd93/VVr8B8="));
        QVERIFY(Signatures::twilioValid(
            kToken, u"http://mycompany.com/myapp.php?foo=1&bar=2"_s, kParams, "0ZXoZLH/DfblKGATFgpif+LLRf4="));
        // Another port is another URL.
        QVERIFY(!Signatures::twilioValid(
            kToken, u"http://mycompany.com:8080/myapp.php?foo=1&bar=2"_s, kParams, "0ZXoZLH/DfblKGATFgpif+LLRf4="));
    }

    void twilioRefusesForgeries()
    {
        const QByteArray good = "RSOYDt4T1cUTdK1PDd93/VVr8B8=";
        QVERIFY(!Signatures::twilioValid(kToken, kUrl, kParams, "RSOYDt4T1cUTdK1PDd93/VVr8B9="));
        QVERIFY(!Signatures::twilioValid(kToken, kUrl, kParams, QByteArray()));
        QVERIFY(!Signatures::twilioValid(u"54321"_s, kUrl, kParams, good));
        QVERIFY(!Signatures::twilioValid(QString(), kUrl, kParams, good));
        Signatures::FormParams tampered = kParams;
        tampered[2].second = u"9999"_s;
        QVERIFY(!Signatures::twilioValid(kToken, kUrl, tampered, good));
        QVERIFY(!Signatures::twilioValid(kToken, u"https://mycompany.com/myapp.php?test=param2"_s, kParams,
            Signatures::twilio(kToken, u"https://mycompany.com/myapp.php?test=param"_s, kParams)));
    }

    void twilioJsonBodies()
    {
        const QByteArray body = R"({"property": "value", "boolean": true})";
        const QString hash = u"0a1ff7634d9ab3b95db5c9a2dfe9416e41502b283a80c7cf19632632f96e6620"_s;
        QCOMPARE(Signatures::twilio(kToken, kUrl + u"&bodySHA256="_s + hash, {}),
            QByteArray("a9nBmqA0ju/hNViExpshrM61xv4="));
        QCOMPARE(Signatures::twilio(kToken, u"https://mycompany.com/myapp.php?bodySHA256="_s + hash, {}),
            QByteArray("y77kIzt2vzLz71DgmJGsen2scGs="));
        QVERIFY(
            Signatures::twilioJsonValid(kToken, kUrl + u"&bodySHA256="_s + hash, body, "a9nBmqA0ju/hNViExpshrM61xv4="));
        // Only through the :443 variant.
        QVERIFY(Signatures::twilioJsonValid(kToken,
            u"https://mycompany.com/myapp.php?foo=1&bar=2&bodySHA256="
            "44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a"_s,
            "{}", "Ldidvp12m26NI7eqEvxnEpkd9Hc="));
        // Another body, or no hash in the URL: refused.
        QVERIFY(!Signatures::twilioJsonValid(
            kToken, kUrl + u"&bodySHA256="_s + hash, R"({"property": "other"})", "a9nBmqA0ju/hNViExpshrM61xv4="));
        QVERIFY(!Signatures::twilioJsonValid(kToken, kUrl, body, Signatures::twilio(kToken, kUrl, {})));
        const QByteArray read = R"({"MessageStatus":"read"})";
        const QString readUrl = u"https://example.com/twilio/status?bodySHA256="
                                "32ffb01645a1600c4f04a01fdb994e6f25986097775ab61927ee5109c08a24b5"_s;
        QVERIFY(Signatures::twilioJsonValid(kToken, readUrl, read, "HYVK2GAGKs1SnTEXyssM7P/oZgY="));
    }

    void metaVectors_data()
    {
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("header");
        QTest::newRow("Node SDK") << u"TEST_APP_SECRET"_s << QByteArray("test")
                                  << QByteArray(
                                         "sha256=0c61947b610d4f45e65f3d680e26027121ec2413e77598bcb6cfc6e0d9888221");
        QTest::newRow("hexdocs") << u"secret"_s << QByteArray("test")
                                 << QByteArray(
                                        "sha256=0329a06b62cd16b33eb6792be8c60b158d89a2ee3a876fce9a881ebb488c0914");
        QTest::newRow("envelope") << u"my_app_secret"_s
                                  << QByteArray(R"({"object":"whatsapp_business_account","entry":[]})")
                                  << QByteArray(
                                         "sha256=1e948187320e1d8a8ab09e20b7172f8fe97e79394c0980b59b485e00288e389d");
    }
    void metaVectors()
    {
        QFETCH(QString, secret);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, header);
        QCOMPARE(Signatures::meta(secret, body), header);
        QVERIFY(Signatures::metaValid(secret, body, header));
        QVERIFY(Signatures::metaValid(secret, body, header.toUpper().replace("SHA256=", "sha256=")));
    }

    void metaRefusesForgeries()
    {
        const QByteArray body = R"({"object":"whatsapp_business_account","entry":[]})";
        const QByteArray good = Signatures::meta(u"my_app_secret"_s, body);
        QVERIFY(!Signatures::metaValid(u"my_app_secret"_s, body + " ", good)); // re-serialised: another body
        QVERIFY(!Signatures::metaValid(u"other_secret"_s, body, good));
        QVERIFY(!Signatures::metaValid(u"my_app_secret"_s, body, QByteArray()));
        QVERIFY(!Signatures::metaValid(u"my_app_secret"_s, body, good.mid(7))); // without "sha256="
        QVERIFY(!Signatures::metaValid(QString(), body, Signatures::meta(QString(), body)));
    }
};

QTEST_GUILESS_MAIN(TestSignatures)
#include "tst_signatures.moc"
