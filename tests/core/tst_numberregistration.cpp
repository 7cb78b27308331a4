// The last step of moving a number to Meta's Cloud API: registering it for sending with the two-step verification
// PIN the owner chooses (POST /{PHONE_NUMBER_ID}/register, as the Cloud API's OpenAPI file and Meta's Postman
// collection shape it), and subscribing the app to the account's webhooks (POST /{WABA_ID}/subscribed_apps). The
// requests on the wire; a PIN that is not 6 digits refused before any request; and against
// the sandbox, a number that moved in answering 133010 ("not registered") until it is registered, then sending.
#include "providers/messagingprovider.h"
#include "providers/providerregistry.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxstate.h"

#include "fakes/oneanswer.h"
#include "fakes/sandboxprofiles.h"
#include "fakes/waitforjob.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString kMovedIn = QString::fromUtf16(SandboxAccounts::metaSecondPhoneNumberId);

// The business's second account, whose number has just moved in.
Profile movedInProfile(const QUrl& base)
{
    Profile p = metaSandboxProfile(base);
    p.name = u"Bakery on Meta"_s;
    p.settings.insert(u"phone_number_id"_s, kMovedIn);
    p.settings.insert(u"waba_id"_s, QString::fromUtf16(SandboxAccounts::metaSecondWabaId));
    return p;
}

// The second account has no templates yet (they are copied or created as part of the move): a short text.
OutgoingMessage testText(const QString& to)
{
    OutgoingMessage m;
    m.to = to;
    m.text = u"Testing the number after its move"_s;
    return m;
}
} // namespace

class TestNumberRegistration : public QObject
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
    }

    void theRequestIsShapedAsMetaDocumentsIt()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        CapturedRequest c;
        answerOne(server, "{\"success\":true}", &c);
        std::unique_ptr<MessagingProvider> p(
            provider(movedInProfile(QUrl(u"http://127.0.0.1:%1"_s.arg(server.serverPort())))));
        const ProviderResult result = waitFor(p->registerNumber(u"482916"_s));
        QVERIFY2(result.isOk(), qPrintable(result.error.explanation));
        QCOMPARE(c.requestLine, QByteArray("POST /v23.0/" + kMovedIn.toLatin1() + "/register HTTP/1.1"));
        QCOMPARE(c.headers.value("authorization"),
            QByteArray("Bearer " + QString::fromUtf16(SandboxAccounts::metaAccessToken).toLatin1()));
        QVERIFY(c.headers.value("content-type").startsWith("application/json"));
        QCOMPARE(QJsonDocument::fromJson(c.body).object(),
            (QJsonObject {{u"messaging_product"_s, u"whatsapp"_s}, {u"pin"_s, u"482916"_s}}));
    }

    void aPinOfOtherThanSixDigitsGoesNowhere_data()
    {
        QTest::addColumn<QString>("pin");
        QTest::newRow("five digits") << u"48291"_s;
        QTest::newRow("seven digits") << u"4829160"_s;
        QTest::newRow("letters") << u"48a916"_s;
        QTest::newRow("empty") << QString();
    }
    void aPinOfOtherThanSixDigitsGoesNowhere()
    {
        QFETCH(QString, pin);
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        std::unique_ptr<MessagingProvider> p(
            provider(movedInProfile(QUrl(u"http://127.0.0.1:%1"_s.arg(server.serverPort())))));
        const ProviderResult result = waitFor(p->registerNumber(pin));
        QVERIFY(!result.isOk());
        QCOMPARE(result.error.errorClass, ErrorClass::InvalidRequest);
        QVERIFY2(result.error.explanation.contains(u"6 digits"_s), qPrintable(result.error.explanation));
        QVERIFY(!server.waitForNewConnection(200)); // nothing was sent
    }

    // A number that moved in cannot send until it is registered; WhatsApp's 133010 says so in the owner's words.
    void aMovedInNumberSendsOnceRegistered()
    {
        std::unique_ptr<MessagingProvider> p(provider(movedInProfile(m_sandbox.baseUrl())));
        const ProviderResult before = waitFor(p->send(testText(u"+14155550188"_s)));
        QVERIFY(!before.isOk());
        QCOMPARE(before.error.code, u"133010"_s);
        QCOMPARE(before.error.errorClass, ErrorClass::Authentication);
        QVERIFY2(before.error.explanation.contains(u"Register"_s), qPrintable(before.error.explanation));
        QCOMPARE(m_sandbox.state().acceptedFor(u"+14155550188"_s), 0);

        const ProviderResult registered = waitFor(p->registerNumber(u"482916"_s));
        QVERIFY2(registered.isOk(), qPrintable(registered.error.explanation));
        QCOMPARE(m_sandbox.state().registrationPin(kMovedIn), u"482916"_s);

        const ProviderResult after = waitFor(p->send(testText(u"+14155550188"_s)));
        QVERIFY2(after.isOk(), qPrintable(after.error.explanation));
        QCOMPARE(m_sandbox.state().acceptedFor(u"+14155550188"_s), 1);
    }

    // The account a number moved into reports nothing until the app is subscribed to it; then its webhooks come.
    void theAccountsWebhooksComeOnceSubscribed()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        CapturedRequest c;
        answerOne(server, "{\"success\":true}", &c);
        std::unique_ptr<MessagingProvider> wire(
            provider(movedInProfile(QUrl(u"http://127.0.0.1:%1"_s.arg(server.serverPort())))));
        const ProviderResult answered = waitFor(wire->subscribeToAccount());
        QVERIFY2(answered.isOk(), qPrintable(answered.error.explanation));
        QCOMPARE(c.requestLine,
            QByteArray("POST /v23.0/" + QString::fromUtf16(SandboxAccounts::metaSecondWabaId).toLatin1()
                + "/subscribed_apps HTTP/1.1"));
        QCOMPARE(c.headers.value("authorization"),
            QByteArray("Bearer " + QString::fromUtf16(SandboxAccounts::metaAccessToken).toLatin1()));

        m_sandbox.state().setMetaWebhook(QString(), {u"https://hooks.example.com/meta"_s, u"phrase"_s});
        QVERIFY(m_sandbox.state().metaWebhook(kMovedIn).url.isEmpty());
        QCOMPARE(m_sandbox.state().metaWebhook(QString::fromUtf16(SandboxAccounts::metaPhoneNumberId)).url,
            u"https://hooks.example.com/meta"_s);
        std::unique_ptr<MessagingProvider> p(provider(movedInProfile(m_sandbox.baseUrl())));
        const ProviderResult subscribed = waitFor(p->subscribeToAccount());
        QVERIFY2(subscribed.isOk(), qPrintable(subscribed.error.explanation));
        QCOMPARE(m_sandbox.state().metaWebhook(kMovedIn).url, u"https://hooks.example.com/meta"_s);
    }

    // Twilio and 360dialog register numbers in their own consoles: Tandem says so without a request.
    void otherProvidersSayTheyCannot()
    {
        for (const QString& kind : {u"twilio"_s, u"360dialog"_s}) {
            QVERIFY(!m_registry.find(kind)->capabilities.numberRegistration);
            Profile p = kind == u"twilio"_s ? twilioSandboxProfile(m_sandbox.baseUrl())
                                            : dialog360SandboxProfile(m_sandbox.baseUrl());
            std::unique_ptr<MessagingProvider> via(m_registry.find(kind)->create(p, {}, &m_network));
            const qint64 requests = m_sandbox.state().statsJson().value(u"requests"_s).toInteger();
            const ProviderResult result = waitFor(via->registerNumber(u"482916"_s));
            QVERIFY(!result.isOk());
            QCOMPARE(result.error.code, u"not-supported"_s);
            QCOMPARE(waitFor(via->subscribeToAccount()).error.code, u"not-supported"_s);
            QCOMPARE(m_sandbox.state().statsJson().value(u"requests"_s).toInteger(), requests);
        }
        QVERIFY(m_registry.find(u"meta_cloud"_s)->capabilities.numberRegistration);
    }

private:
    MessagingProvider* provider(const Profile& p)
    {
        return m_registry.find(p.kind)->create(p, metaSandboxSecrets(), &m_network);
    }

    SandboxServer m_sandbox;
    QNetworkAccessManager m_network;
    const ProviderRegistry m_registry = ProviderRegistry::builtin();
};

QTEST_GUILESS_MAIN(TestNumberRegistration)
#include "tst_numberregistration.moc"
