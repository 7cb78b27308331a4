// Both providers send every message kind to the sandbox through the core API, over real HTTP on loopback, and
// the sandbox confirms what it accepted for whom.
#include "fakes/sandboxprofiles.h"
#include "fakes/waitforjob.h"
#include "providers/messagingprovider.h"
#include "providers/providerregistry.h"
#include "sandbox/sandboxserver.h"

#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(OutgoingMessage)

class TestProviders : public QObject
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

    void verifyReportsWhatTheProviderKnows()
    {
        std::unique_ptr<MessagingProvider> twilio(provider(u"twilio"_s));
        const ProviderResult account = waitFor(twilio->verifyCredentials());
        QVERIFY2(account.isOk(), qPrintable(account.error.explanation));
        QCOMPARE(account.details.value(u"friendly_name"_s).toString(), u"Tandem Sandbox Account"_s);
        QCOMPARE(account.details.value(u"account_status"_s).toString(), u"active"_s);

        std::unique_ptr<MessagingProvider> meta(provider(u"meta_cloud"_s));
        const ProviderResult number = waitFor(meta->verifyCredentials());
        QVERIFY2(number.isOk(), qPrintable(number.error.explanation));
        QCOMPARE(number.details.value(u"display_phone_number"_s).toString(), u"+1 555-078-3881"_s);
        QCOMPARE(number.details.value(u"verified_name"_s).toString(), u"Tandem Demo Shop"_s);
        QCOMPARE(number.details.value(u"quality_rating"_s).toString(), u"GREEN"_s);
    }

    // In the demo every sender talks to the practice copy: an owner who types Meta's real address, an ID and a token
    // instead of pressing "Fill in the demo credentials" still reaches the sandbox, never graph.facebook.com.
    void aPinnedRegistryKeepsEverySenderAtItsAddress()
    {
        const ProviderRegistry demo = m_registry.pinnedTo(m_sandbox.baseUrl().toString());
        Profile meta = metaSandboxProfile(QUrl(u"https://graph.facebook.com"_s));
        meta.settings.insert(u"phone_number_id"_s, u"123456789012345"_s);
        std::unique_ptr<MessagingProvider> typed(
            demo.find(meta.kind)->create(meta, {{u"access_token"_s, u"EAAtypedByHand"_s}}, &m_network));
        const ProviderResult refused = waitFor(typed->verifyCredentials());
        QCOMPARE(refused.error.errorClass, ErrorClass::Authentication); // the sandbox's answer to a token it never gave
        QCOMPARE(m_sandbox.state().statsJson().value(u"requests"_s).toInt(), 1);

        Profile twilio = twilioSandboxProfile(QUrl(u"https://api.twilio.com"_s));
        twilio.settings.insert(u"content_api_base"_s, u"https://content.twilio.com"_s);
        std::unique_ptr<MessagingProvider> sandbox(
            demo.find(twilio.kind)->create(twilio, twilioSandboxSecrets(), &m_network));
        const ProviderResult account = waitFor(sandbox->verifyCredentials());
        QVERIFY2(account.isOk(), qPrintable(account.error.explanation));
        QCOMPARE(account.details.value(u"friendly_name"_s).toString(), u"Tandem Sandbox Account"_s);
        const ProviderResult templates = waitFor(sandbox->listTemplates(QString()));
        QVERIFY2(templates.isOk(), qPrintable(templates.error.explanation)); // the Content API, at the sandbox too
        QCOMPARE(m_sandbox.state().statsJson().value(u"requests"_s).toInt(), 3);
    }

    void sends_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<OutgoingMessage>("message");
        QTest::addColumn<QString>("idPattern");

        OutgoingMessage text;
        text.to = u"(415) 555-2671"_s; // national format, region from the profile
        text.text = u"Your order is ready for pickup 🎉"_s;
        OutgoingMessage image;
        image.to = u"+14155552671"_s;
        image.kind = OutgoingMessage::Kind::Media;
        image.mediaUrl = u"https://shop.example/cake.jpg"_s;
        image.text = u"Today's special"_s;
        OutgoingMessage document = image;
        document.mediaType = OutgoingMessage::MediaType::Document;
        document.mediaUrl = u"https://shop.example/invoice.pdf"_s;
        document.filename = u"invoice.pdf"_s;
        OutgoingMessage video = image;
        video.mediaType = OutgoingMessage::MediaType::Video;
        OutgoingMessage audio = image;
        audio.mediaType = OutgoingMessage::MediaType::Audio;
        OutgoingMessage content;
        content.to = u"+14155552671"_s;
        content.kind = OutgoingMessage::Kind::ContentTemplate;
        content.contentSid = u"HX0123456789abcdef0123456789abcd02"_s;
        content.variables = {{u"1"_s, u"Ann"_s}, {u"2"_s, u"#1234"_s}};
        OutgoingMessage tmpl;
        tmpl.to = u"+14155552671"_s;
        tmpl.kind = OutgoingMessage::Kind::Template;
        tmpl.templateName = u"appointment_reminder"_s;
        tmpl.languageCode = u"en"_s;
        tmpl.headerType = OutgoingMessage::HeaderType::Image;
        tmpl.headerValue = u"https://shop.example/salon.jpg"_s;
        tmpl.variables = {{u"1"_s, u"Ann"_s}, {u"2"_s, u"Friday"_s}, {u"3"_s, u"10:30"_s}};
        OutgoingMessage textHeader = tmpl;
        textHeader.templateName = u"seasonal_promotion"_s;
        textHeader.headerType = OutgoingMessage::HeaderType::Text;
        textHeader.headerValue = u"Summer Sale"_s;
        OutgoingMessage buttons;
        buttons.to = u"+14155552671"_s;
        buttons.kind = OutgoingMessage::Kind::InteractiveButtons;
        buttons.text = u"Is Friday 10:30 still good?"_s;
        buttons.replyButtons = {{u"yes"_s, u"Yes"_s}, {u"move"_s, u"Change time"_s}};
        OutgoingMessage list;
        list.to = u"+14155552671"_s;
        list.kind = OutgoingMessage::Kind::InteractiveList;
        list.text = u"What would you like?"_s;
        list.listButtonText = u"See menu"_s;
        list.listSections
            = {{u"Cakes"_s, {{u"c1"_s, u"Cheesecake"_s, u"With berries"_s}, {u"c2"_s, u"Brownie"_s, {}}}}};

        const QString twilioSid = u"^(SM|MM)[0-9a-f]{32}$"_s;
        const QString wamid = u"^wamid\\.[A-Za-z0-9_-]+$"_s;
        QTest::newRow("twilio text") << u"twilio"_s << text << twilioSid;
        QTest::newRow("twilio media") << u"twilio"_s << image << u"^MM[0-9a-f]{32}$"_s;
        QTest::newRow("twilio content template") << u"twilio"_s << content << twilioSid;
        QTest::newRow("meta text") << u"meta_cloud"_s << text << wamid;
        QTest::newRow("meta image") << u"meta_cloud"_s << image << wamid;
        QTest::newRow("meta document") << u"meta_cloud"_s << document << wamid;
        QTest::newRow("meta video") << u"meta_cloud"_s << video << wamid;
        QTest::newRow("meta audio") << u"meta_cloud"_s << audio << wamid;
        QTest::newRow("meta template, image header") << u"meta_cloud"_s << tmpl << wamid;
        QTest::newRow("meta template, text header") << u"meta_cloud"_s << textHeader << wamid;
        QTest::newRow("meta reply buttons") << u"meta_cloud"_s << buttons << wamid;
        QTest::newRow("meta list") << u"meta_cloud"_s << list << wamid;
    }
    void sends()
    {
        QFETCH(QString, kind);
        QFETCH(OutgoingMessage, message);
        QFETCH(QString, idPattern);
        std::unique_ptr<MessagingProvider> p(provider(kind));
        const ProviderResult result = waitFor(p->send(message));
        QVERIFY2(result.isOk(),
            qPrintable(result.error.code + u": "_s + result.error.explanation + u" "_s + result.error.providerMessage));
        QVERIFY2(QRegularExpression(idPattern).match(result.messageId).hasMatch(), qPrintable(result.messageId));
        QCOMPARE(result.recipient, u"+14155552671"_s);
        QCOMPARE(m_sandbox.state().acceptedFor(u"+14155552671"_s), 1);
    }

    void twilioStatusCanBeFetched()
    {
        // Sent after 200 ms, delivered after 500 ms, read after 800 ms.
        m_sandbox.configure({{u"lifecycle"_s,
            QJsonObject {{u"sent_after_ms"_s, 200}, {u"delivered_after_ms"_s, 500}, {u"read_after_ms"_s, 800},
                {u"read_share"_s, 1}, {u"jitter"_s, 0}}}});
        std::unique_ptr<MessagingProvider> twilio(provider(u"twilio"_s));
        OutgoingMessage text;
        text.to = u"+14155552671"_s;
        text.text = u"Hello"_s;
        const ProviderResult sent = waitFor(twilio->send(text));
        QVERIFY(sent.isOk());
        const ProviderResult status = waitFor(twilio->fetchStatus(sent.messageId));
        QVERIFY2(status.isOk(), qPrintable(status.error.explanation));
        QCOMPARE(status.messageId, sent.messageId);
        QCOMPARE(status.status, u"queued"_s);
        QVERIFY(!status.details.contains(u"price"_s)); // Twilio prices a message once it is sent
        QTest::qWait(600);
        const ProviderResult delivered = waitFor(twilio->fetchStatus(sent.messageId));
        QCOMPARE(delivered.status, u"delivered"_s);
        QCOMPARE(delivered.details.value(u"price"_s).toString(), u"-0.00500"_s);
        QCOMPARE(delivered.details.value(u"price_unit"_s).toString(), u"USD"_s);
        QTest::qWait(300);
        QCOMPARE(waitFor(twilio->fetchStatus(sent.messageId)).status, u"read"_s);

        std::unique_ptr<MessagingProvider> meta(provider(u"meta_cloud"_s));
        const ProviderResult unsupported = waitFor(meta->fetchStatus(u"wamid.x"_s));
        QCOMPARE(unsupported.error.errorClass, ErrorClass::InvalidRequest);
        QVERIFY(unsupported.error.explanation.contains(u"webhook"_s));
    }

    void twilioApiKeyAndMessagingService()
    {
        Profile p = twilioSandboxProfile(m_sandbox.baseUrl());
        p.settings.insert(u"api_key_sid"_s, QString::fromUtf16(SandboxAccounts::twilioApiKeySid));
        p.settings.insert(u"messaging_service_sid"_s, QString::fromUtf16(SandboxAccounts::twilioMessagingServiceSid));
        const QHash<QString, QString> secrets
            = {{u"api_key_secret"_s, QString::fromUtf16(SandboxAccounts::twilioApiKeySecret)}};
        std::unique_ptr<MessagingProvider> twilio(m_registry.find(u"twilio"_s)->create(p, secrets, &m_network));
        OutgoingMessage text;
        text.to = u"+14155552671"_s;
        text.text = u"Hello through the messaging service"_s;
        const ProviderResult sent = waitFor(twilio->send(text));
        QVERIFY2(sent.isOk(), qPrintable(sent.error.explanation));
        QCOMPARE(sent.status, u"accepted"_s); // a Messaging Service answers "accepted", a sender "queued"
    }

    // A provider's error text may quote what it was sent. Whatever it says reaches the database, logs and JSON
    // only with the token blanked: raw body, provider message and explanation alike.
    void theProvidersWordsNeverCarryTheToken()
    {
        const QString token = QString::fromUtf16(SandboxAccounts::metaAccessToken);
        QTcpServer echo;
        QVERIFY(echo.listen(QHostAddress::LocalHost));
        connect(&echo, &QTcpServer::newConnection, this, [&echo, token] {
            QTcpSocket* socket = echo.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, socket, [socket, token] {
                socket->readAll();
                const QByteArray body = (u"{\"error\":{\"message\":\"(#100) Invalid parameter: <b>"_s + token
                    + u"</b> is not a valid token\",\"type\":\"OAuthException\",\"code\":100,"
                      "\"error_data\":{\"details\":\"access_token="_s
                    + token + u"\"}}}"_s)
                                            .toUtf8();
                socket->write("HTTP/1.1 400 Bad Request\r\nContent-Type: application/json\r\nContent-Length: "
                    + QByteArray::number(body.size()) + "\r\n\r\n" + body);
                socket->disconnectFromHost();
            });
        });
        Profile p = metaSandboxProfile(QUrl(u"http://127.0.0.1:%1"_s.arg(echo.serverPort())));
        std::unique_ptr<MessagingProvider> meta(m_registry.find(p.kind)->create(p, metaSandboxSecrets(), &m_network));
        OutgoingMessage m;
        m.to = u"+14155552671"_s;
        m.text = u"Hello"_s;
        const ProviderResult result = waitFor(meta->send(m));
        QCOMPARE(result.error.errorClass, ErrorClass::InvalidRequest);
        QCOMPARE(result.error.code, u"100"_s);
        for (const QString& said : {result.error.rawBody, result.error.providerMessage, result.error.explanation}) {
            QVERIFY2(!said.isEmpty(), "the error is still explained");
            QVERIFY2(!said.contains(token), qPrintable(said));
        }
        QVERIFY(result.error.providerMessage.contains(u"[redacted]"_s));
    }

    void refusedLocallyWithoutARequest_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<OutgoingMessage>("message");
        QTest::addColumn<ErrorClass>("expected");
        OutgoingMessage badNumber;
        badNumber.to = u"12345"_s;
        badNumber.text = u"Hi"_s;
        OutgoingMessage content;
        content.to = u"+14155552671"_s;
        content.kind = OutgoingMessage::Kind::ContentTemplate;
        content.contentSid = u"HX0123456789abcdef0123456789abcd01"_s;
        OutgoingMessage buttons;
        buttons.to = u"+14155552671"_s;
        buttons.kind = OutgoingMessage::Kind::InteractiveButtons;
        QTest::newRow("twilio bad number") << u"twilio"_s << badNumber << ErrorClass::InvalidRecipient;
        QTest::newRow("meta bad number") << u"meta_cloud"_s << badNumber << ErrorClass::InvalidRecipient;
        QTest::newRow("meta given a Twilio template") << u"meta_cloud"_s << content << ErrorClass::InvalidRequest;
        QTest::newRow("twilio given buttons") << u"twilio"_s << buttons << ErrorClass::InvalidRequest;
    }
    void refusedLocallyWithoutARequest()
    {
        QFETCH(QString, kind);
        QFETCH(OutgoingMessage, message);
        QFETCH(ErrorClass, expected);
        std::unique_ptr<MessagingProvider> p(provider(kind));
        const ProviderResult result = waitFor(p->send(message));
        QCOMPARE(result.error.errorClass, expected);
        QVERIFY(!result.error.explanation.isEmpty());
        QCOMPARE(m_sandbox.state().statsJson().value(u"requests"_s).toInt(), 0);
    }

private:
    MessagingProvider* provider(const QString& kind)
    {
        if (kind == u"twilio"_s)
            return m_registry.find(kind)->create(
                twilioSandboxProfile(m_sandbox.baseUrl()), twilioSandboxSecrets(), &m_network);
        return m_registry.find(kind)->create(metaSandboxProfile(m_sandbox.baseUrl()), metaSandboxSecrets(), &m_network);
    }

    SandboxServer m_sandbox;
    QNetworkAccessManager m_network;
    const ProviderRegistry m_registry = ProviderRegistry::builtin();
};

QTEST_GUILESS_MAIN(TestProviders)
#include "tst_providers.moc"
