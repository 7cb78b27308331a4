// Twilio create-message requests, field by field against shared/reference/providers.md §1.1–1.2 and the
// CreateMessage schema in twilio_api_v2010.json.
#include "providers/twiliorequests.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {
Profile profile(const QVariantMap& extra = {})
{
    Profile p;
    p.kind = u"twilio"_s;
    p.settings = {{u"account_sid"_s, u"AC0123456789abcdef0123456789abcdef"_s}, {u"from"_s, u"+14155238886"_s},
        {u"default_region"_s, u"US"_s}};
    for (auto it = extra.cbegin(); it != extra.cend(); ++it)
        p.settings.insert(it.key(), it.value());
    return p;
}
const QHash<QString, QString> kToken = {{u"auth_token"_s, u"0123456789abcdef0123456789abcdef"_s}};
} // namespace

Q_DECLARE_METATYPE(OutgoingMessage)

class TestTwilioRequests : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void endpointsAndAuthentication()
    {
        const TwilioRequests requests(TwilioSettings::fromProfile(profile(), kToken));
        const QNetworkRequest create = requests.createMessage();
        QCOMPARE(create.url(),
            QUrl(u"https://api.twilio.com/2010-04-01/Accounts/AC0123456789abcdef0123456789abcdef/Messages.json"_s));
        QCOMPARE(create.header(QNetworkRequest::ContentTypeHeader).toByteArray(),
            QByteArray("application/x-www-form-urlencoded"));
        QCOMPARE(create.rawHeader("Authorization"),
            "Basic " + QByteArray("AC0123456789abcdef0123456789abcdef:0123456789abcdef0123456789abcdef").toBase64());
        QCOMPARE(
            requests.fetchAccount().url().path(), u"/2010-04-01/Accounts/AC0123456789abcdef0123456789abcdef.json"_s);
        QCOMPARE(requests.fetchMessage(u"SM0123"_s).url().path(),
            u"/2010-04-01/Accounts/AC0123456789abcdef0123456789abcdef/Messages/SM0123.json"_s);
    }

    void apiKeyIsPreferredAndTheUrlKeepsTheAccount()
    {
        const QHash<QString, QString> secrets = {{u"auth_token"_s, u"0123456789abcdef0123456789abcdef"_s},
            {u"api_key_secret"_s, u"Abcdefghij0123456789Abcdefghij01"_s}};
        const TwilioRequests requests(
            TwilioSettings::fromProfile(profile({{u"api_key_sid"_s, u"SK0123456789abcdef0123456789abcdef"_s},
                                            {u"api_base"_s, u"http://127.0.0.1:9/"_s}}),
                secrets));
        const QNetworkRequest create = requests.createMessage();
        QCOMPARE(create.rawHeader("Authorization"),
            "Basic " + QByteArray("SK0123456789abcdef0123456789abcdef:Abcdefghij0123456789Abcdefghij01").toBase64());
        QCOMPARE(create.url().toString(),
            u"http://127.0.0.1:9/2010-04-01/Accounts/AC0123456789abcdef0123456789abcdef/Messages.json"_s);
    }

    void messageForms_data()
    {
        QTest::addColumn<QVariantMap>("settings");
        QTest::addColumn<OutgoingMessage>("message");
        QTest::addColumn<FormFields>("expected");

        OutgoingMessage text;
        text.kind = OutgoingMessage::Kind::Text;
        text.text = u"Your order #12 is ready + waiting"_s;
        QTest::newRow("text") << QVariantMap() << text
                              << FormFields {{u"To"_s, u"whatsapp:+14155550123"_s},
                                     {u"From"_s, u"whatsapp:+14155238886"_s},
                                     {u"Body"_s, u"Your order #12 is ready + waiting"_s}};

        OutgoingMessage media;
        media.kind = OutgoingMessage::Kind::Media;
        media.mediaUrl = u"https://shop.example/menu.pdf"_s;
        media.text = u"Our menu"_s;
        QTest::newRow("media with caption")
            << QVariantMap() << media
            << FormFields {{u"To"_s, u"whatsapp:+14155550123"_s}, {u"From"_s, u"whatsapp:+14155238886"_s},
                   {u"Body"_s, u"Our menu"_s}, {u"MediaUrl"_s, u"https://shop.example/menu.pdf"_s}};

        OutgoingMessage content;
        content.kind = OutgoingMessage::Kind::ContentTemplate;
        content.contentSid = u"HXaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"_s;
        content.variables = {{u"1"_s, u"Ann"_s}, {u"2"_s, u"12/1"_s}};
        content.text = u"ignored: templates carry no Body"_s;
        QTest::newRow("content template")
            << QVariantMap {{u"status_callback_url"_s, u"https://example.com/tw/status"_s}} << content
            << FormFields {{u"To"_s, u"whatsapp:+14155550123"_s}, {u"From"_s, u"whatsapp:+14155238886"_s},
                   {u"ContentSid"_s, u"HXaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"_s},
                   {u"ContentVariables"_s, u"{\"1\":\"Ann\",\"2\":\"12/1\"}"_s},
                   {u"StatusCallback"_s, u"https://example.com/tw/status"_s}};

        QTest::newRow("messaging service instead of From")
            << QVariantMap {{u"messaging_service_sid"_s, u"MG0123456789abcdef0123456789abcdef"_s}} << text
            << FormFields {{u"To"_s, u"whatsapp:+14155550123"_s},
                   {u"MessagingServiceSid"_s, u"MG0123456789abcdef0123456789abcdef"_s},
                   {u"Body"_s, u"Your order #12 is ready + waiting"_s}};
    }
    void messageForms()
    {
        QFETCH(QVariantMap, settings);
        QFETCH(OutgoingMessage, message);
        QFETCH(FormFields, expected);
        const TwilioRequests requests(TwilioSettings::fromProfile(profile(settings), kToken));
        const Result<FormFields> form = requests.messageForm(message, u"+14155550123"_s);
        QVERIFY2(form.isOk(), qPrintable(form.error()));
        QCOMPARE(form.value(), expected);
    }

    void kindsTwilioCannotSendAreRefused_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("expected");
        QTest::newRow("Meta template by name") << int(OutgoingMessage::Kind::Template) << u"Content SID"_s;
        QTest::newRow("reply buttons") << int(OutgoingMessage::Kind::InteractiveButtons) << u"quick-reply"_s;
        QTest::newRow("list") << int(OutgoingMessage::Kind::InteractiveList) << u"list-picker"_s;
    }
    void kindsTwilioCannotSendAreRefused()
    {
        QFETCH(int, kind);
        QFETCH(QString, expected);
        OutgoingMessage message;
        message.kind = OutgoingMessage::Kind(kind);
        const TwilioRequests requests(TwilioSettings::fromProfile(profile(), kToken));
        const Result<FormFields> form = requests.messageForm(message, u"+14155550123"_s);
        QVERIFY(!form.isOk());
        QVERIFY2(form.error().contains(expected), qPrintable(form.error()));
    }
};

QTEST_GUILESS_MAIN(TestTwilioRequests)
#include "tst_twiliorequests.moc"
