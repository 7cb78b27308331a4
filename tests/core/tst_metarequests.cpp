// Cloud API message bodies compared with the examples of shared/reference/providers.md §2.2 (themselves the
// spec's examples in meta_business_messaging_api_v23.0.yaml), written out here by hand.
#include "metarequests_expected.h"
#include "providers/metarequests.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(OutgoingMessage)

namespace {
Profile profile()
{
    Profile p;
    p.kind = u"meta_cloud"_s;
    p.settings = {{u"phone_number_id"_s, u"106540352242922"_s}, {u"default_region"_s, u"US"_s}};
    return p;
}
const QHash<QString, QString> kToken = {{u"access_token"_s, u"EAAtesttoken0123456789"_s}};

QJsonObject json(const char* text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(text), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad expected JSON in the test: %s", qPrintable(error.errorString()));
    return document.object();
}
} // namespace

class TestMetaRequests : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void endpointsAndAuthentication()
    {
        const MetaRequests requests(MetaSettings::fromProfile(profile(), kToken));
        QCOMPARE(requests.sendMessage().url(), QUrl(u"https://graph.facebook.com/v23.0/106540352242922/messages"_s));
        QCOMPARE(requests.sendMessage().rawHeader("Authorization"), QByteArray("Bearer EAAtesttoken0123456789"));
        QCOMPARE(requests.sendMessage().header(QNetworkRequest::ContentTypeHeader).toByteArray(),
            QByteArray("application/json"));
        QCOMPARE(requests.fetchPhoneNumber().url(),
            QUrl(
                u"https://graph.facebook.com/v23.0/106540352242922?fields=display_phone_number,verified_name,quality_rating"_s));
    }

    void bodies_data()
    {
        QTest::addColumn<OutgoingMessage>("message");
        QTest::addColumn<QJsonObject>("expected");

        OutgoingMessage text;
        text.kind = OutgoingMessage::Kind::Text;
        text.text = u"Hello"_s;
        QTest::newRow("text") << text << json(kText);

        OutgoingMessage image;
        image.kind = OutgoingMessage::Kind::Media;
        image.mediaUrl = u"https://example.com/a.jpg"_s;
        image.text = u"x"_s;
        QTest::newRow("image by link") << image << json(kImage);

        OutgoingMessage document;
        document.kind = OutgoingMessage::Kind::Media;
        document.mediaType = OutgoingMessage::MediaType::Document;
        document.mediaUrl = u"https://example.com/invoice.pdf"_s;
        document.filename = u"invoice.pdf"_s;
        QTest::newRow("document with filename") << document << json(kDocument);

        OutgoingMessage audio;
        audio.kind = OutgoingMessage::Kind::Media;
        audio.mediaType = OutgoingMessage::MediaType::Audio;
        audio.mediaUrl = u"https://example.com/a.ogg"_s;
        audio.text = u"audio takes no caption"_s;
        QTest::newRow("audio drops the caption") << audio << json(kAudio);

        OutgoingMessage tmpl;
        tmpl.kind = OutgoingMessage::Kind::Template;
        tmpl.templateName = u"order_update"_s;
        tmpl.languageCode = u"en_US"_s;
        tmpl.headerType = OutgoingMessage::HeaderType::Image;
        tmpl.headerValue = u"https://example.com/a.jpg"_s;
        tmpl.variables = {{u"2"_s, u"#1234"_s}, {u"1"_s, u"Ann"_s}, {u"10"_s, u"tenth"_s}};
        tmpl.templateButtons = {{u"quick_reply"_s, 0, u"ORDER_DETAILS"_s}};
        QTest::newRow("template: image header, ordered body, quick reply") << tmpl << json(kTemplate);

        OutgoingMessage named;
        named.kind = OutgoingMessage::Kind::Template;
        named.templateName = u"order_pickup"_s;
        named.languageCode = u"en"_s;
        named.variables = {{u"first_name"_s, u"Ann"_s}};
        QTest::newRow("template with named parameters") << named << json(kNamedTemplate);

        OutgoingMessage bare;
        bare.kind = OutgoingMessage::Kind::Template;
        bare.templateName = u"hello_world"_s;
        bare.languageCode = u"en_US"_s;
        QTest::newRow("template without parameters") << bare << json(kBareTemplate);

        OutgoingMessage buttons;
        buttons.kind = OutgoingMessage::Kind::InteractiveButtons;
        buttons.text = u"Pick one"_s;
        buttons.replyButtons = {{u"a"_s, u"A"_s}, {u"b"_s, u"B"_s}};
        QTest::newRow("reply buttons") << buttons << json(kButtons);

        OutgoingMessage list;
        list.kind = OutgoingMessage::Kind::InteractiveList;
        list.headerText = u"H"_s;
        list.text = u"B"_s;
        list.footerText = u"F"_s;
        list.listButtonText = u"Open"_s;
        list.listSections = {{u"S1"_s, {{u"r1"_s, u"Row 1"_s, u"d"_s}}}};
        QTest::newRow("list") << list << json(kList);
    }
    void bodies()
    {
        QFETCH(OutgoingMessage, message);
        QFETCH(QJsonObject, expected);
        const MetaRequests requests(MetaSettings::fromProfile(profile(), kToken));
        const Result<QJsonObject> body = requests.messageBody(message, u"+16505551234"_s);
        QVERIFY2(body.isOk(), qPrintable(body.error()));
        if (body.value() != expected) {
            qWarning().noquote() << "got     " << QJsonDocument(body.value()).toJson(QJsonDocument::Compact);
            qWarning().noquote() << "expected" << QJsonDocument(expected).toJson(QJsonDocument::Compact);
        }
        QCOMPARE(body.value(), expected);
    }

    void twilioContentTemplatesAreRefused()
    {
        OutgoingMessage message;
        message.kind = OutgoingMessage::Kind::ContentTemplate;
        message.contentSid = u"HXaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"_s;
        const Result<QJsonObject> body
            = MetaRequests(MetaSettings::fromProfile(profile(), kToken)).messageBody(message, u"+16505551234"_s);
        QVERIFY(!body.isOk());
        QVERIFY(body.error().contains(u"Twilio templates"_s));
    }
};

QTEST_GUILESS_MAIN(TestMetaRequests)
#include "tst_metarequests.moc"
