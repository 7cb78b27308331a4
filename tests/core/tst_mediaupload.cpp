// A file from the owner's computer sent as a broadcast's picture or document: checked the way WhatsApp checks it
// (MediaFile), uploaded once to Meta or 360dialog as a multipart form (on the wire, to a plain socket, and to the
// sandbox, which checks it as the Cloud API does) and sent by the id the upload returned. Twilio, which fetches
// media only from a public link, refuses without a request.
#include "fakes/mediafiles.h"
#include "fakes/oneanswer.h"
#include "fakes/sandboxprofiles.h"
#include "fakes/waitforjob.h"
#include "media/mediafile.h"
#include "providers/messagingprovider.h"
#include "providers/providerregistry.h"
#include "sandbox/sandboxserver.h"

#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestMediaUpload : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_sandbox.start() != 0);
    }
    void init()
    {
        m_sandbox.state().reset();
    }

    void aFileIsCheckedAsWhatsAppChecksIt()
    {
        const Result<MediaFile> png = MediaFile::open(write(u"cake.png"_s, kPng), OutgoingMessage::MediaType::Image);
        QVERIFY2(png.isOk(), qPrintable(png.error()));
        QCOMPARE(png.value().mimeType, u"image/png"_s);
        QCOMPARE(png.value().fileName, u"cake.png"_s);
        QCOMPARE(png.value().size, kPng.size());

        // The content decides: a PDF named .jpg is not a picture, and a picture named .pdf is not a document.
        const Result<MediaFile> disguised
            = MediaFile::open(write(u"menu.jpg"_s, kPdf), OutgoingMessage::MediaType::Image);
        QVERIFY(!disguised.isOk());
        QVERIFY2(disguised.error().contains(u"menu.jpg"_s) && disguised.error().contains(u"*.png"_s),
            qPrintable(disguised.error()));
        const Result<MediaFile> pdf = MediaFile::open(write(u"menu.pdf"_s, kPdf), OutgoingMessage::MediaType::Document);
        QVERIFY2(pdf.isOk(), qPrintable(pdf.error()));
        QCOMPARE(pdf.value().mimeType, u"application/pdf"_s);

        // 5 MB is the most a picture may be; a document may be 100 MB.
        QByteArray big = kPng;
        big.resize(5 * 1024 * 1024 + 1, '\0');
        const Result<MediaFile> tooBig
            = MediaFile::open(write(u"poster.png"_s, big), OutgoingMessage::MediaType::Image);
        QVERIFY(!tooBig.isOk());
        QVERIFY2(
            tooBig.error().contains(u"5"_s) && tooBig.error().contains(u"poster.png"_s), qPrintable(tooBig.error()));
        big.resize(5 * 1024 * 1024);
        QVERIFY(MediaFile::open(write(u"poster.png"_s, big), OutgoingMessage::MediaType::Image).isOk());

        QVERIFY(!MediaFile::open(m_dir.filePath(u"gone.png"_s), OutgoingMessage::MediaType::Image).isOk());
        QVERIFY(!MediaFile::open(write(u"blank.png"_s, QByteArray()), OutgoingMessage::MediaType::Image).isOk());
    }

    // What Meta's media reference asks of an upload, seen by a plain socket: the number's /media path, the token,
    // a multipart form with messaging_product, type and the file's bytes under its name and type.
    void anUploadIsShapedAsTheCloudApiDocumentsIt_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QByteArray>("requestLine");
        QTest::addColumn<QByteArray>("authHeader");
        QTest::addColumn<QByteArray>("authValue");
        QTest::newRow("meta") << u"meta_cloud"_s
                              << QByteArray("POST /v23.0/"
                                     + QString::fromUtf16(SandboxAccounts::metaPhoneNumberId).toLatin1()
                                     + "/media HTTP/1.1")
                              << QByteArray("authorization")
                              << QByteArray(
                                     "Bearer " + QString::fromUtf16(SandboxAccounts::metaAccessToken).toLatin1());
        QTest::newRow("360dialog") << u"360dialog"_s << QByteArray("POST /media HTTP/1.1") << QByteArray("d360-api-key")
                                   << QString::fromUtf16(SandboxAccounts::dialog360ApiKey).toLatin1();
    }
    void anUploadIsShapedAsTheCloudApiDocumentsIt()
    {
        QFETCH(QString, kind);
        QFETCH(QByteArray, requestLine);
        QFETCH(QByteArray, authHeader);
        QFETCH(QByteArray, authValue);
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        CapturedRequest c;
        answerOne(server, "{\"id\":\"1013859600285441\"}", &c);
        std::unique_ptr<MessagingProvider> p(provider(kind, QUrl(u"http://127.0.0.1:%1"_s.arg(server.serverPort()))));
        const ProviderResult result
            = waitFor(p->uploadMedia(file(u"spring menu.pdf"_s, kPdf, OutgoingMessage::MediaType::Document)));
        QVERIFY2(result.isOk(), qPrintable(result.error.explanation));
        QCOMPARE(result.messageId, u"1013859600285441"_s);
        QCOMPARE(c.requestLine, requestLine);
        QCOMPARE(c.headers.value(authHeader), authValue);
        const QByteArray type = c.headers.value("content-type");
        QVERIFY2(type.startsWith("multipart/form-data; boundary="), type.constData());
        QByteArray boundary = type.mid(type.indexOf('=') + 1);
        if (boundary.startsWith('"'))
            boundary = boundary.mid(1, boundary.size() - 2);
        QVERIFY(c.body.startsWith(QByteArray("--" + boundary + "\r\n")));
        QVERIFY(c.body.endsWith(QByteArray("--" + boundary + "--\r\n")));
        QVERIFY(c.body.contains("Content-Disposition: form-data; name=\"messaging_product\"\r\n\r\nwhatsapp\r\n"));
        QVERIFY(c.body.contains("Content-Disposition: form-data; name=\"type\"\r\n\r\napplication/pdf\r\n"));
        const QByteArray filePart = "Content-Disposition: form-data; name=\"file\"; filename=\"spring menu.pdf\"";
        QVERIFY(c.body.contains(filePart));
        const qsizetype at = c.body.indexOf(filePart);
        QVERIFY(c.body.indexOf("Content-Type: application/pdf", at) > at);
        QVERIFY(c.body.contains(QByteArray("\r\n\r\n" + kPdf + "\r\n--" + boundary + "--")));
    }

    // Uploaded once to the sandbox, sent twice by its id: both messages are taken, carry the id and fail nothing.
    void aFileIsUploadedOnceAndSentById_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("meta") << u"meta_cloud"_s;
        QTest::newRow("360dialog") << u"360dialog"_s;
    }
    void aFileIsUploadedOnceAndSentById()
    {
        QFETCH(QString, kind);
        std::unique_ptr<MessagingProvider> p(provider(kind, m_sandbox.baseUrl()));
        const ProviderResult uploaded
            = waitFor(p->uploadMedia(file(u"cake.jpg"_s, kJpeg, OutgoingMessage::MediaType::Image)));
        QVERIFY2(uploaded.isOk(), qPrintable(uploaded.error.code + u": "_s + uploaded.error.explanation));
        QVERIFY2(QRegularExpression(u"^[0-9]{15,16}$"_s).match(uploaded.messageId).hasMatch(),
            qPrintable(uploaded.messageId));
        const std::optional<SandboxState::UploadedMedia> kept = m_sandbox.state().media(uploaded.messageId);
        QVERIFY(kept);
        QCOMPARE(kept->mimeType, u"image/jpeg"_s);
        QCOMPARE(kept->size, kJpeg.size());
        QCOMPARE(kept->fileName, u"cake.jpg"_s);

        for (const QString& to : {u"+14155552671"_s, u"+14155552672"_s}) {
            OutgoingMessage m;
            m.to = to;
            m.kind = OutgoingMessage::Kind::Media;
            m.mediaId = uploaded.messageId;
            m.text = u"Today's special"_s;
            const ProviderResult sent = waitFor(p->send(m));
            QVERIFY2(sent.isOk(), qPrintable(sent.error.explanation));
        }
        const QList<SandboxState::StoredMessage> stored = m_sandbox.state().messages(kind);
        QCOMPARE(stored.size(), 2);
        for (const SandboxState::StoredMessage& m : stored) {
            QCOMPARE(m.mediaId, uploaded.messageId);
            QCOMPARE(m.asyncErrorCode, 0);
        }
    }

    // An upload is the number's own: Meta's upload sent through 360dialog's number, or a picture's id sent as a
    // video, is taken and then fails with 131053 in the status report, as WhatsApp reports media it cannot fetch.
    void anIdOfAnotherNumberOrKindFailsAfterAcceptance()
    {
        std::unique_ptr<MessagingProvider> meta(provider(u"meta_cloud"_s, m_sandbox.baseUrl()));
        std::unique_ptr<MessagingProvider> d360(provider(u"360dialog"_s, m_sandbox.baseUrl()));
        const ProviderResult uploaded
            = waitFor(meta->uploadMedia(file(u"cake.png"_s, kPng, OutgoingMessage::MediaType::Image)));
        QVERIFY2(uploaded.isOk(), qPrintable(uploaded.error.explanation));
        OutgoingMessage m;
        m.to = u"+14155552671"_s;
        m.kind = OutgoingMessage::Kind::Media;
        m.mediaId = uploaded.messageId;
        const auto failedLater = [this](const ProviderResult& sent) {
            return sent.isOk() ? m_sandbox.state().message(sent.messageId).value().asyncErrorCode : -1;
        };
        QCOMPARE(failedLater(waitFor(d360->send(m))), 131053);
        m.mediaType = OutgoingMessage::MediaType::Video;
        QCOMPARE(failedLater(waitFor(meta->send(m))), 131053);
        m.mediaType = OutgoingMessage::MediaType::Image;
        QCOMPARE(failedLater(waitFor(meta->send(m))), 0);
    }

    // What the Cloud API refuses, passed on in the owner's words with Meta's code.
    void refusedUploads_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("mimeType");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("code");
        QTest::addColumn<ErrorClass>("errorClass");
        QTest::newRow("meta: not the picture it says")
            << u"meta_cloud"_s << kPdf << u"image/jpeg"_s << QString() << u"131053"_s << ErrorClass::InvalidRequest;
        QTest::newRow("360dialog: not the picture it says")
            << u"360dialog"_s << kPdf << u"image/png"_s << QString() << u"131053"_s << ErrorClass::InvalidRequest;
        QTest::newRow("meta: a type WhatsApp does not take")
            << u"meta_cloud"_s << QByteArray("GIF89a") << u"image/gif"_s << QString() << u"100"_s
            << ErrorClass::InvalidRequest;
        QTest::newRow("meta: wrong token") << u"meta_cloud"_s << kPng << u"image/png"_s << u"EAAnotTheToken"_s
                                           << u"190"_s << ErrorClass::Authentication;
        QTest::newRow("360dialog: wrong key") << u"360dialog"_s << kPng << u"image/png"_s << u"D360notTheKey1"_s
                                              << QString() << ErrorClass::Authentication;
    }
    void refusedUploads()
    {
        QFETCH(QString, kind);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, mimeType);
        QFETCH(QString, secret);
        QFETCH(QString, code);
        QFETCH(ErrorClass, errorClass);
        std::unique_ptr<MessagingProvider> p(provider(kind, m_sandbox.baseUrl(), secret));
        MediaFile f = file(u"upload.bin"_s, bytes, OutgoingMessage::MediaType::Image);
        f.mimeType = mimeType; // as a careless client would declare it; MediaFile::open would have refused first
        const ProviderResult result = waitFor(p->uploadMedia(f));
        QVERIFY(!result.isOk());
        QCOMPARE(result.error.errorClass, errorClass);
        if (!code.isEmpty())
            QCOMPARE(result.error.code, code);
        QVERIFY(!result.error.explanation.isEmpty());
        if (!secret.isEmpty())
            QVERIFY(!result.error.explanation.contains(secret));
    }

    // Twilio has no upload: the file and a message carrying an upload's id are both refused before any request.
    void twilioRefusesWithoutARequest()
    {
        std::unique_ptr<MessagingProvider> twilio(provider(u"twilio"_s, m_sandbox.baseUrl()));
        const ProviderResult upload
            = waitFor(twilio->uploadMedia(file(u"cake.png"_s, kPng, OutgoingMessage::MediaType::Image)));
        QCOMPARE(upload.error.errorClass, ErrorClass::InvalidRequest);
        QVERIFY(upload.error.explanation.contains(u"link"_s));
        OutgoingMessage m;
        m.to = u"+14155552671"_s;
        m.kind = OutgoingMessage::Kind::Media;
        m.mediaId = u"1013859600285441"_s;
        const ProviderResult sent = waitFor(twilio->send(m));
        QCOMPARE(sent.error.errorClass, ErrorClass::InvalidRequest);
        QCOMPARE(m_sandbox.state().statsJson().value(u"requests"_s).toInt(), 0);
        QVERIFY(!m_registry.find(u"twilio"_s)->capabilities.mediaUpload);
        QVERIFY(m_registry.find(u"meta_cloud"_s)->capabilities.mediaUpload);
        QVERIFY(m_registry.find(u"360dialog"_s)->capabilities.mediaUpload);
    }

private:
    QString write(const QString& name, const QByteArray& bytes)
    {
        return writeFile(m_dir.filePath(name), bytes);
    }
    MediaFile file(const QString& name, const QByteArray& bytes, OutgoingMessage::MediaType type)
    {
        MediaFile f;
        f.path = write(name, bytes);
        f.fileName = name;
        f.size = bytes.size();
        f.type = type;
        f.mimeType = MediaFile::acceptedTypes(type).value(0);
        if (bytes.startsWith("\x89PNG"))
            f.mimeType = u"image/png"_s;
        return f;
    }
    MessagingProvider* provider(const QString& kind, const QUrl& base, const QString& secret = QString())
    {
        const ProviderDescriptor* d = m_registry.find(kind);
        if (kind == u"twilio"_s)
            return d->create(twilioSandboxProfile(base), twilioSandboxSecrets(), &m_network);
        if (kind == u"360dialog"_s) {
            QHash<QString, QString> secrets = dialog360SandboxSecrets();
            if (!secret.isEmpty())
                secrets[u"api_key"_s] = secret;
            return d->create(dialog360SandboxProfile(base), secrets, &m_network);
        }
        QHash<QString, QString> secrets = metaSandboxSecrets();
        if (!secret.isEmpty())
            secrets[u"access_token"_s] = secret;
        return d->create(metaSandboxProfile(base), secrets, &m_network);
    }

    QTemporaryDir m_dir;
    SandboxServer m_sandbox;
    QNetworkAccessManager m_network;
    const ProviderRegistry m_registry = ProviderRegistry::builtin();
};

QTEST_GUILESS_MAIN(TestMediaUpload)
#include "tst_mediaupload.moc"
