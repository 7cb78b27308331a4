// Every error code in the tables of shared/reference/providers.md (§1.6 Twilio, §2.5 Meta) maps to a class, and
// the class agrees with the reference's retry advice. 360dialog's own refusals (its error list, §4 of the
// reference) carry no code: they are told apart by status and developer message. The expected classes are written out
// here from the reference, not read from the tables under test.
#include "providers/dialog360errors.h"
#include "providers/metaerrors.h"
#include "providers/twilioerrors.h"

#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(ErrorClass)

class TestErrorTables : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void twilio_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<ErrorClass>("expected");
        const QList<std::pair<int, ErrorClass>> rows = {
            {20003, ErrorClass::Authentication},
            {20429, ErrorClass::RateLimited},
            {21211, ErrorClass::InvalidRecipient},
            {21408, ErrorClass::PolicyBlocked},
            {21610, ErrorClass::OptedOut},
            {63007, ErrorClass::Authentication},
            {63016, ErrorClass::OutsideWindow},
            {63018, ErrorClass::RateLimited},
            {63024, ErrorClass::InvalidRecipient},
            {63032, ErrorClass::PolicyBlocked},
            {30007, ErrorClass::PolicyBlocked},
            {63017, ErrorClass::RateLimited},
            {30036, ErrorClass::Transient},
            {63003, ErrorClass::InvalidRecipient},
            {63027, ErrorClass::TemplateProblem},
            {63028, ErrorClass::TemplateProblem},
        };
        for (const auto& [code, expected] : rows)
            QTest::newRow(qPrintable(QString::number(code))) << code << expected;
    }
    void twilio()
    {
        QFETCH(int, code);
        QFETCH(ErrorClass, expected);
        const ProviderError e = twilioErrorFromCode(code, u"provider text"_s);
        QCOMPARE(e.errorClass, expected);
        QCOMPARE(e.code, QString::number(code));
        QVERIFY(e.explanation.size() > 30);
        QCOMPARE(e.providerMessage, u"provider text"_s);
    }

    void meta_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<ErrorClass>("expected");
        const QList<std::pair<int, ErrorClass>> rows = {
            {0, ErrorClass::Authentication},
            {3, ErrorClass::Authentication},
            {4, ErrorClass::RateLimited},
            {10, ErrorClass::Authentication},
            {100, ErrorClass::InvalidRequest},
            {190, ErrorClass::Authentication},
            {200, ErrorClass::Authentication},
            {250, ErrorClass::Authentication},
            {299, ErrorClass::Authentication},
            {80007, ErrorClass::RateLimited},
            {130429, ErrorClass::RateLimited},
            {130472, ErrorClass::PolicyBlocked},
            {130497, ErrorClass::PolicyBlocked},
            {131000, ErrorClass::Transient},
            {131005, ErrorClass::Authentication},
            {131008, ErrorClass::InvalidRequest},
            {131009, ErrorClass::InvalidRequest},
            {131016, ErrorClass::Transient},
            {131021, ErrorClass::InvalidRecipient},
            {131026, ErrorClass::InvalidRecipient},
            {131030, ErrorClass::InvalidRecipient},
            {131031, ErrorClass::Authentication},
            {131042, ErrorClass::Authentication},
            {131045, ErrorClass::Authentication},
            {131047, ErrorClass::OutsideWindow},
            {131048, ErrorClass::PolicyBlocked},
            {131049, ErrorClass::PolicyBlocked},
            {131050, ErrorClass::OptedOut},
            {131051, ErrorClass::InvalidRequest},
            {131052, ErrorClass::InvalidRequest},
            {131053, ErrorClass::InvalidRequest},
            {131056, ErrorClass::RateLimited},
            {131057, ErrorClass::Transient},
            {131063, ErrorClass::PolicyBlocked},
            {131064, ErrorClass::PolicyBlocked},
            {132000, ErrorClass::TemplateProblem},
            {132001, ErrorClass::TemplateProblem},
            {132005, ErrorClass::TemplateProblem},
            {132007, ErrorClass::TemplateProblem},
            {132012, ErrorClass::TemplateProblem},
            {132015, ErrorClass::TemplateProblem},
            {132016, ErrorClass::TemplateProblem},
            {133010, ErrorClass::Authentication},
            {135000, ErrorClass::InvalidRequest},
            {368, ErrorClass::PolicyBlocked},
            {1, ErrorClass::Unknown},
            {2, ErrorClass::Transient},
        };
        for (const auto& [code, expected] : rows)
            QTest::newRow(qPrintable(QString::number(code))) << code << expected;
    }
    void meta()
    {
        QFETCH(int, code);
        QFETCH(ErrorClass, expected);
        const ProviderError e = metaErrorFromCode(code, u"(#%1) title"_s.arg(code), u"details"_s);
        QCOMPARE(e.errorClass, expected);
        QCOMPARE(e.code, QString::number(code));
        QVERIFY(e.explanation.size() > 30);
        QVERIFY(e.providerMessage.contains(u"details"_s));
    }

    void windowErrorsSayWhatToDo()
    {
        for (const ProviderError& e : {twilioErrorFromCode(63016, {}), metaErrorFromCode(131047, {}, {})}) {
            QVERIFY2(e.explanation.contains(u"24 hours"_s), qPrintable(e.explanation));
            QVERIFY2(e.explanation.contains(u"template"_s), qPrintable(e.explanation));
            QVERIFY(!e.isRetryable());
        }
    }

    void unknownCodesAreUnknownAndNamed()
    {
        const ProviderError twilio = twilioErrorFromCode(12345, u"Something new"_s);
        QCOMPARE(twilio.errorClass, ErrorClass::Unknown);
        QVERIFY(twilio.explanation.contains(u"12345"_s));
        QVERIFY(twilio.explanation.contains(u"Something new"_s));
        const ProviderError meta = metaErrorFromCode(999999, u"(#999999) Novel"_s, {});
        QCOMPARE(meta.errorClass, ErrorClass::Unknown);
        QVERIFY(meta.explanation.contains(u"999999"_s));
    }

    void httpStatusDecidesWhenTheBodyNamesNoCode_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<ErrorClass>("expected");
        QTest::addColumn<int>("expectedRetryAfter");
        QTest::newRow("502 html") << 502 << QByteArray("<html>Bad gateway</html>") << QByteArray()
                                  << ErrorClass::Transient << -1;
        QTest::newRow("429 no body, Retry-After 12")
            << 429 << QByteArray() << QByteArray("12") << ErrorClass::RateLimited << 12;
        QTest::newRow("401 no body") << 401 << QByteArray() << QByteArray() << ErrorClass::Authentication << -1;
        QTest::newRow("404 empty") << 404 << QByteArray("{}") << QByteArray() << ErrorClass::InvalidRequest << -1;
        QTest::newRow("503 Retry-After date")
            << 503 << QByteArray()
            << QDateTime::currentDateTimeUtc().addSecs(90).toString(u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s).toLatin1()
            << ErrorClass::Transient << 90;
    }
    void httpStatusDecidesWhenTheBodyNamesNoCode()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, retryAfter);
        QFETCH(ErrorClass, expected);
        QFETCH(int, expectedRetryAfter);
        for (const ProviderError& e : {twilioErrorFromResponse({status, body, "text/html", retryAfter}),
                 metaErrorFromResponse({status, body, "text/html", retryAfter})}) {
            QCOMPARE(e.errorClass, expected);
            QCOMPARE(e.code, u"http-%1"_s.arg(status));
            QCOMPARE(e.httpStatus, status);
            QVERIFY(qAbs(e.retryAfterSeconds - expectedRetryAfter) <= 1);
        }
    }

    // 360dialog's error list (https://docs.360dialog.com/docs/support/api-error-message-list), as bodies of its
    // shape; and Meta's errors, which it passes through.
    void dialog360_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<ErrorClass>("expected");
        QTest::addColumn<QString>("code");
        const auto own = [](int status, const char* message) -> QByteArray {
            return "{\"meta\":{\"success\":false,\"http_code\":" + QByteArray::number(status)
                + ",\"developer_message\":\"" + message + "\"}}";
        };
        QTest::newRow("401 invalid key") << 401 << own(401, "Invalid api_key") << ErrorClass::Authentication
                                         << u"d360-api-key"_s;
        QTest::newRow("403 endpoint blocked")
            << 403 << own(403, "The endpoint is blocked") << ErrorClass::PolicyBlocked << u"d360-blocked"_s;
        QTest::newRow("400 rate limit") << 400 << own(400, "You have exceeded the endpoint rate limit.")
                                        << ErrorClass::RateLimited << u"d360-rate-limit"_s;
        QTest::newRow("400 unpaid")
            << 400
            << own(400,
                   "Could not send message due to lack of payment. Messaging can resume once overdue invoices "
                   "towards 360Dialog are settled.")
            << ErrorClass::PolicyBlocked << u"d360-unpaid"_s;
        QTest::newRow("400 disabled") << 400 << own(400, "Your WhatsApp for Business API has been disabled")
                                      << ErrorClass::PolicyBlocked << u"d360-disabled"_s;
        QTest::newRow("500") << 500 << own(500, "Internal server error") << ErrorClass::Transient << u"d360-server"_s;
        QTest::newRow("502") << 502 << own(502, "WhatsApp for Business API not available") << ErrorClass::Transient
                             << u"d360-unavailable"_s;
        QTest::newRow("camelCase keys")
            << 401
            << QByteArray("{\"meta\":{\"success\":false,\"httpCode\":401,\"developerMessage\":\"Invalid api_key\"}}")
            << ErrorClass::Authentication << u"d360-api-key"_s;
        QTest::newRow("400 unknown words")
            << 400 << own(400, "Something new") << ErrorClass::InvalidRequest << u"http-400"_s;
        QTest::newRow("Meta's 131047 passed through")
            << 400
            << QByteArray("{\"error\":{\"message\":\"(#131047) Re-engagement message\",\"type\":\"OAuthException\","
                          "\"code\":131047,\"fbtrace_id\":\"A1\"}}")
            << ErrorClass::OutsideWindow << u"131047"_s;
        QTest::newRow("on-premise errors array")
            << 404
            << QByteArray("{\"errors\":[{\"code\":132001,\"title\":\"Template name does not exist in the "
                          "translation\"}]}")
            << ErrorClass::TemplateProblem << u"132001"_s;
    }
    void dialog360()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(ErrorClass, expected);
        QFETCH(QString, code);
        const ProviderError e = dialog360ErrorFromResponse({status, body, "application/json", {}});
        QCOMPARE(e.errorClass, expected);
        QCOMPARE(e.code, code);
        QCOMPARE(e.httpStatus, status);
        QVERIFY(e.explanation.size() > 30);
    }

    void problemDetailsBodiesAreRead()
    {
        // RFC 9457, which twilio-python also accepts for newer APIs.
        const ProviderError e = twilioErrorFromResponse({400,
            R"({"type":"https://www.twilio.com/docs/errors/21211","title":"Invalid","status":400,"code":21211,"detail":"The 'To' number is not valid"})",
            "application/problem+json", {}});
        QCOMPARE(e.errorClass, ErrorClass::InvalidRecipient);
        QCOMPARE(e.providerMessage, u"The 'To' number is not valid"_s);
    }
};

QTEST_GUILESS_MAIN(TestErrorTables)
#include "tst_errortables.moc"
