// 360dialog through the same interface as the other providers: its requests as its documentation shapes them
// (host, D360-API-KEY, /messages without the phone number ID, Meta's bodies), sends of every kind, template sync
// and creation, the webhook it is told with its key, and that key checked by Tandem's receiver, over real HTTP on
// loopback with a real SQLite file (and PostgreSQL).
#include "model/webhookpaths.h"
#include "outbox/outbox.h"
#include "profiles/profilerepository.h"
#include "profiles/profileservice.h"
#include "providers/dialog360requests.h"
#include "providers/messagingprovider.h"
#include "providers/providerregistry.h"
#include "sandbox/sandboxserver.h"
#include "secrets/memorysecretstore.h"
#include "storage/database.h"
#include "templates/templatecatalogue.h"
#include "webhooks/webhookserver.h"

#include "fakes/oneanswer.h"
#include "fakes/outboxrows.h"
#include "fakes/sandboxprofiles.h"
#include "fakes/savesender.h"
#include "fakes/testdatabase.h"
#include "fakes/waitforjob.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(OutgoingMessage)

namespace {
const QString kKey = QString::fromUtf16(SandboxAccounts::dialog360ApiKey);

Profile dialog360Profile(const QUrl& base)
{
    return dialog360SandboxProfile(base);
}

} // namespace

class TestDialog360 : public QObject
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
        m_sandbox.state().setDialog360Webhook({});
    }

    // What 360dialog's documentation asks of a send, seen on the wire by a plain socket (not the sandbox).
    void aSendIsShapedAs360dialogDocumentsIt()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        std::unique_ptr<MessagingProvider> p(
            provider(QUrl(u"http://127.0.0.1:%1"_s.arg(server.serverPort())), {{u"api_key"_s, kKey}}));
        OutgoingMessage text;
        text.to = u"(415) 555-2671"_s;
        text.text = u"Your cake is ready"_s;
        CapturedRequest c;
        answerOne(server,
            "{\"messaging_product\":\"whatsapp\",\"contacts\":[{\"input\":\"+14155552671\",\"wa_id\":"
            "\"14155552671\"}],\"messages\":[{\"id\":\"wamid.HBgLMTQxNTU1NTI2NzEVAgARGBI\"}]}",
            &c);
        const ProviderResult result = waitFor(p->send(text));
        QCOMPARE(c.requestLine, QByteArray("POST /messages HTTP/1.1")); // no phone number ID: 360dialog adds it
        QCOMPARE(c.headers.value("d360-api-key"), kKey.toUtf8());
        QVERIFY(!c.headers.contains("authorization"));
        QVERIFY(c.headers.value("content-type").startsWith("application/json"));
        const QJsonObject body = QJsonDocument::fromJson(c.body).object();
        QCOMPARE(body.value(u"messaging_product"_s).toString(), u"whatsapp"_s);
        QCOMPARE(body.value(u"to"_s).toString(), u"+14155552671"_s);
        QCOMPARE(body.value(u"type"_s).toString(), u"text"_s);
        QCOMPARE(body.value(u"text"_s).toObject().value(u"body"_s).toString(), u"Your cake is ready"_s);
        QVERIFY2(result.isOk(), qPrintable(result.error.explanation));
        QCOMPARE(result.messageId, u"wamid.HBgLMTQxNTU1NTI2NzEVAgARGBI"_s);
    }

    // 360dialog's test sandbox takes messages at /v1/messages; its hosting at /messages.
    void theTestSandboxHostTakesMessagesAtV1()
    {
        Dialog360Settings s;
        s.apiKey = kKey;
        s.apiBase = u"https://waba-sandbox.360dialog.io"_s;
        QCOMPARE(
            Dialog360Requests(s).sendMessage().url().toString(), u"https://waba-sandbox.360dialog.io/v1/messages"_s);
        s.apiBase = u"https://waba-v2.360dialog.io"_s;
        QCOMPARE(Dialog360Requests(s).sendMessage().url().toString(), u"https://waba-v2.360dialog.io/messages"_s);
        QCOMPARE(Dialog360Requests(s).webhook().url().toString(), u"https://waba-v2.360dialog.io/v1/configs/webhook"_s);
    }

    void verifyChecksTheKey()
    {
        std::unique_ptr<MessagingProvider> good(provider(m_sandbox.baseUrl(), {{u"api_key"_s, kKey}}));
        const ProviderResult ok = waitFor(good->verifyCredentials());
        QVERIFY2(ok.isOk(), qPrintable(ok.error.explanation));
        QVERIFY(ok.details.contains(u"webhook_url"_s));

        std::unique_ptr<MessagingProvider> bad(provider(m_sandbox.baseUrl(), {{u"api_key"_s, u"D360notTheKey123"_s}}));
        const ProviderResult refused = waitFor(bad->verifyCredentials());
        QCOMPARE(refused.error.errorClass, ErrorClass::Authentication);
        QCOMPARE(refused.error.httpStatus, 401);
        QVERIFY(refused.error.explanation.contains(u"API key"_s));
        QCOMPARE(refused.error.providerMessage, u"Invalid api_key"_s);
    }

    void sends_data()
    {
        QTest::addColumn<OutgoingMessage>("message");
        QTest::addColumn<QString>("seen"); // what the customer reads, as the sandbox stored it

        OutgoingMessage text;
        text.to = u"+14155552671"_s;
        text.text = u"Your order is ready for pickup"_s;
        OutgoingMessage image;
        image.to = u"+14155552671"_s;
        image.kind = OutgoingMessage::Kind::Media;
        image.mediaUrl = u"https://shop.example/cake.jpg"_s;
        image.text = u"Today's special"_s;
        OutgoingMessage document = image;
        document.mediaType = OutgoingMessage::MediaType::Document;
        document.mediaUrl = u"https://shop.example/invoice.pdf"_s;
        document.filename = u"invoice.pdf"_s;
        OutgoingMessage tmpl;
        tmpl.to = u"+14155552671"_s;
        tmpl.kind = OutgoingMessage::Kind::Template;
        tmpl.templateName = u"order_update"_s;
        tmpl.languageCode = u"en"_s;
        tmpl.variables = {{u"1"_s, u"Ann"_s}, {u"2"_s, u"#1234"_s}};
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
        list.listSections = {{u"Cakes"_s, {{u"c1"_s, u"Cheesecake"_s, u"With berries"_s}}}};

        QTest::newRow("text") << text << u"Your order is ready for pickup"_s;
        QTest::newRow("image by link") << image << QString();
        QTest::newRow("document by link") << document << QString();
        QTest::newRow("template") << tmpl << u"Hi Ann, your order #1234 is on its way."_s;
        QTest::newRow("reply buttons") << buttons << u"Is Friday 10:30 still good?"_s;
        QTest::newRow("list") << list << u"What would you like?"_s;
    }
    void sends()
    {
        QFETCH(OutgoingMessage, message);
        QFETCH(QString, seen);
        std::unique_ptr<MessagingProvider> p(provider(m_sandbox.baseUrl(), {{u"api_key"_s, kKey}}));
        const ProviderResult result = waitFor(p->send(message));
        QVERIFY2(result.isOk(), qPrintable(result.error.code + u": "_s + result.error.explanation));
        QVERIFY2(QRegularExpression(u"^wamid\\.[A-Za-z0-9_-]+$"_s).match(result.messageId).hasMatch(),
            qPrintable(result.messageId));
        const QList<SandboxState::StoredMessage> stored = m_sandbox.state().messages(u"360dialog"_s);
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().sid, result.messageId);
        QCOMPARE(stored.first().phoneNumberId, QString::fromUtf16(SandboxAccounts::dialog360PhoneNumberId));
        if (!seen.isEmpty())
            QCOMPARE(stored.first().body, seen);
    }

    // Meta's own refusals come through 360dialog as Meta words them, and are classed as Meta's.
    void metasErrorsPassThrough()
    {
        std::unique_ptr<MessagingProvider> p(provider(m_sandbox.baseUrl(), {{u"api_key"_s, kKey}}));
        OutgoingMessage tmpl;
        tmpl.to = u"+14155552671"_s;
        tmpl.kind = OutgoingMessage::Kind::Template;
        tmpl.templateName = u"no_such_template"_s;
        tmpl.languageCode = u"en"_s;
        const ProviderResult missing = waitFor(p->send(tmpl));
        QCOMPARE(missing.error.errorClass, ErrorClass::TemplateProblem);
        QCOMPARE(missing.error.code, u"132001"_s);

        m_sandbox.configure({{u"recipients"_s,
            QJsonObject {{u"+14155550123"_s, QJsonObject {{u"kind"_s, u"http_429"_s}, {u"retry_after"_s, 7}}}}}});
        OutgoingMessage text;
        text.to = u"+14155550123"_s;
        text.text = u"Hello"_s;
        const ProviderResult limited = waitFor(p->send(text));
        QCOMPARE(limited.error.errorClass, ErrorClass::RateLimited);
        QCOMPARE(limited.error.retryAfterSeconds, 7);
    }

    void templatesSyncPageByPage()
    {
        m_sandbox.configure({{u"template_page_limit"_s, 2}});
        std::unique_ptr<MessagingProvider> p(provider(m_sandbox.baseUrl(), {{u"api_key"_s, kKey}}));
        QStringList names;
        QString next;
        int pages = 0;
        do {
            const ProviderResult page = waitFor(p->listTemplates(next));
            QVERIFY2(page.isOk(), qPrintable(page.error.explanation));
            for (const QVariant& t : page.details.value(u"templates"_s).toList())
                names << t.toMap().value(u"name"_s).toString();
            next = page.details.value(u"next"_s).toString();
            QVERIFY(++pages < 20);
        } while (!next.isEmpty());
        QStringList expected;
        for (const SandboxTemplate& t : m_sandbox.state().templates(u"360dialog"_s))
            expected << t.name;
        QVERIFY(expected.size() > 2); // more than one page
        QCOMPARE(names, expected);
        QCOMPARE(pages, int((expected.size() + 1) / 2));
    }

    void templatesAreCreatedForReview()
    {
        std::unique_ptr<MessagingProvider> p(provider(m_sandbox.baseUrl(), {{u"api_key"_s, kKey}}));
        const QJsonObject definition {{u"name"_s, u"pickup_ready"_s}, {u"language"_s, u"en"_s},
            {u"category"_s, u"UTILITY"_s},
            {u"components"_s,
                QJsonArray {QJsonObject {{u"type"_s, u"BODY"_s}, {u"text"_s, u"Hi {{1}}, your order is ready."_s},
                    {u"example"_s, QJsonObject {{u"body_text"_s, QJsonArray {QJsonArray {u"Ann"_s}}}}}}}}};
        const ProviderResult created = waitFor(p->createTemplate(definition));
        QVERIFY2(created.isOk(), qPrintable(created.error.explanation));
        QVERIFY(!created.messageId.isEmpty());
        QCOMPARE(created.status, u"pending"_s);
        bool listed = false;
        for (const SandboxTemplate& t : m_sandbox.state().templates(u"360dialog"_s))
            listed = listed || t.name == u"pickup_ready"_s;
        QVERIFY(listed);

        QJsonObject badName = definition;
        badName.insert(u"name"_s, u"Pickup Ready"_s);
        const ProviderResult refused = waitFor(p->createTemplate(badName));
        QCOMPARE(refused.error.errorClass, ErrorClass::InvalidRequest);
        QCOMPARE(refused.error.code, u"100"_s);
    }

    // A template submitted through 360dialog: WhatsApp's decision reaches Tandem's receiver on the sender's keyed
    // route (360dialog forwards the account's template events to the channel's webhook, with its key), and the
    // catalogue says approved or rejected without a sync.
    void aTemplatesReviewArrivesOnTheKeyedRoute()
    {
        Receiver r(m_registry);
        const Profile sender = saveSender(*r.service, dialog360Profile(m_sandbox.baseUrl()), {{u"api_key"_s, kKey}});
        std::unique_ptr<MessagingProvider> p(provider(m_sandbox.baseUrl(), {{u"api_key"_s, kKey}}));
        const QString url = u"http://127.0.0.1:%1%2"_s.arg(r.port).arg(WebhookPaths::keyed(sender.id));
        QVERIFY(waitFor(p->setWebhook(url, r.secret(sender.id, u"verify_token"_s))).isOk());
        m_sandbox.configure({{u"template_review_ms"_s, 200}});

        const QJsonObject good {{u"name"_s, u"table_ready"_s}, {u"language"_s, u"en"_s}, {u"category"_s, u"UTILITY"_s},
            {u"components"_s,
                QJsonArray {QJsonObject {{u"type"_s, u"BODY"_s}, {u"text"_s, u"Hi {{1}}, your table is ready."_s},
                    {u"example"_s, QJsonObject {{u"body_text"_s, QJsonArray {QJsonArray {u"Ann"_s}}}}}}}}};
        QJsonObject bad = good; // a placeholder without its example: WhatsApp rejects it
        bad.insert(u"name"_s, u"table_late"_s);
        bad.insert(u"components"_s,
            QJsonArray {QJsonObject {{u"type"_s, u"BODY"_s}, {u"text"_s, u"Hi {{1}}, your table is late."_s}}});
        TemplateCatalogue catalogue(r.db);
        for (const QJsonObject& definition : {good, bad}) {
            const ProviderResult created = waitFor(p->createTemplate(definition));
            QVERIFY2(created.isOk(), qPrintable(created.error.explanation));
            MessageTemplate t = MessageTemplate::fromMeta(definition, sender.id);
            t.provider = sender.kind;
            t.providerId = created.messageId;
            t.status = created.status;
            QVERIFY(catalogue.upsert(t).isOk());
        }
        QTRY_COMPARE_WITH_TIMEOUT(catalogue.find(sender.id, u"table_ready|en"_s).value()->status, u"approved"_s, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(catalogue.find(sender.id, u"table_late|en"_s).value()->status, u"rejected"_s, 10000);
        QSqlQuery events(r.db.connection());
        QVERIFY(events.exec(u"SELECT COUNT(*) FROM webhook_events WHERE kind = 'template'"_s) && events.next());
        QCOMPARE(events.value(0).toInt(), 2);
    }

    // 360dialog takes no port and no underscore in a webhook's host: Tandem says so before asking, and the fake
    // refuses them too when asked directly.
    void webhookAddressesThat360dialogRefuses_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("port") << u"https://hooks.example.com:8443/keyed/1"_s;
        QTest::newRow("underscore") << u"https://my_shop.example.com/keyed/1"_s;
        QTest::newRow("plain http") << u"http://hooks.example.com/keyed/1"_s;
        QTest::newRow("not a URL") << u"hooks example"_s;
    }
    void webhookAddressesThat360dialogRefuses()
    {
        QFETCH(QString, url);
        std::unique_ptr<MessagingProvider> p(provider(m_sandbox.baseUrl(), {{u"api_key"_s, kKey}}));
        const ProviderResult result = waitFor(p->setWebhook(url, u"0123456789abcdef0123"_s));
        QCOMPARE(result.error.errorClass, ErrorClass::InvalidRequest);
        QCOMPARE(result.error.code, u"webhook-url"_s);
        QCOMPARE(m_sandbox.state().statsJson().value(u"requests"_s).toInt(), 0);

        QNetworkRequest direct(m_sandbox.baseUrl().resolved(QUrl(u"/v1/configs/webhook"_s)));
        direct.setRawHeader("D360-API-KEY", kKey.toUtf8());
        direct.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        std::unique_ptr<QNetworkReply> reply(
            m_network.post(direct, QJsonDocument(QJsonObject {{u"url"_s, url}}).toJson()));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        QVERIFY(finished.wait(5000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 400);
        QVERIFY(m_sandbox.state().dialog360Webhook().url.isEmpty());
    }

    // The whole loop: a sender saved (Tandem makes its webhook key), the number pointed at the receiver with that
    // key, a message sent; 360dialog's reports and a customer's reply reach the receiver and move the row.
    void reportsAndRepliesCarryTheKeyToTheReceiver()
    {
        Receiver r(m_registry);
        QVERIFY(r.port != 0);
        const Profile sender = saveSender(*r.service, dialog360Profile(m_sandbox.baseUrl()), {{u"api_key"_s, kKey}});
        const QString key = r.secret(sender.id, u"verify_token"_s);
        QVERIFY2(QRegularExpression(u"^[0-9a-f]{64}$"_s).match(key).hasMatch(), qPrintable(key)); // made by Tandem

        std::unique_ptr<MessagingProvider> p(provider(m_sandbox.baseUrl(), {{u"api_key"_s, kKey}}));
        const QString url = u"http://127.0.0.1:%1%2"_s.arg(r.port).arg(WebhookPaths::keyed(sender.id));
        const ProviderResult pointed = waitFor(p->setWebhook(url, key));
        QVERIFY2(pointed.isOk(), qPrintable(pointed.error.explanation));
        const SandboxState::KeyedWebhook hook = m_sandbox.state().dialog360Webhook();
        QCOMPARE(hook.url, url);
        QCOMPARE(hook.headers.size(), 1);
        QCOMPARE(hook.headers.first().first, QByteArray(WebhookPaths::keyHeader));
        QCOMPARE(hook.headers.first().second, key.toUtf8());
        QCOMPARE(waitFor(p->verifyCredentials()).details.value(u"webhook_url"_s).toString(), url);

        m_sandbox.configure({{u"lifecycle"_s,
            QJsonObject {{u"sent_after_ms"_s, 100}, {u"delivered_after_ms"_s, 200}, {u"read_after_ms"_s, 300},
                {u"read_share"_s, 1}, {u"jitter"_s, 0}}}});
        OutgoingMessage text;
        text.to = u"+14155552671"_s;
        text.text = u"Your order is ready"_s;
        const ProviderResult sent = waitFor(p->send(text));
        QVERIFY2(sent.isOk(), qPrintable(sent.error.explanation));
        const qint64 row = acceptedRow(*r.outbox, sender.id, u"+14155552671"_s, sent.messageId);
        QTRY_COMPARE_WITH_TIMEOUT(rowState(r.db, row), u"read"_s, 10000);
        QSqlQuery events(r.db.connection());
        QVERIFY(events.exec(u"SELECT DISTINCT provider FROM webhook_events WHERE kind = 'status'"_s));
        QVERIFY(events.next());
        QCOMPARE(events.value(0).toString(), u"360dialog"_s); // 360dialog's report, in Meta's envelope
        QVERIFY(!events.next());

        QVERIFY(m_sandbox.customerWrites(u"360dialog"_s, u"+14155552671"_s, u"Thanks, on my way"_s));
        QTRY_COMPARE_WITH_TIMEOUT(inbound(r.db, sender.id), u"Thanks, on my way"_s, 10000);
    }

    void postsWithoutTheRightKeyAreRefused_data()
    {
        QTest::addColumn<QString>("how");
        QTest::newRow("no key") << u"no key"_s;
        QTest::newRow("wrong key") << u"wrong key"_s;
        QTest::newRow("another sender's key") << u"other key"_s;
        QTest::newRow("key too long to read") << u"long key"_s;
        QTest::newRow("a Meta sender's route") << u"meta route"_s;
        QTest::newRow("no sender") << u"no sender"_s;
    }
    void postsWithoutTheRightKeyAreRefused()
    {
        QFETCH(QString, how);
        Receiver r(m_registry);
        const Profile shop = saveSender(*r.service, dialog360Profile(m_sandbox.baseUrl()), {{u"api_key"_s, kKey}});
        Profile second = dialog360Profile(m_sandbox.baseUrl());
        second.name = u"Second shop"_s;
        const Profile other = saveSender(*r.service, second, {{u"api_key"_s, u"D360anotherKey0001"_s}});
        const Profile meta
            = saveSender(*r.service, metaSandboxProfile(QUrl(u"http://127.0.0.1:9"_s)), metaSandboxSecrets());
        const qint64 row = acceptedRow(*r.outbox, shop.id, u"+14155552671"_s, u"wamid.KEYED1"_s);

        QByteArray key = r.secret(shop.id, u"verify_token"_s).toUtf8();
        qint64 route = shop.id;
        if (how == u"no key"_s)
            key.clear();
        else if (how == u"wrong key"_s)
            key[0] = key[0] == 'a' ? 'b' : 'a';
        else if (how == u"other key"_s)
            key = r.secret(other.id, u"verify_token"_s).toUtf8();
        else if (how == u"long key"_s)
            key = QByteArray(4000, 'a');
        else if (how == u"meta route"_s)
            route = meta.id;
        else if (how == u"no sender"_s)
            route = 999;
        const QByteArray body = statusEnvelope(u"wamid.KEYED1"_s, u"delivered"_s);
        QCOMPARE(post(r.port, route, body, key), 403);
        QCOMPARE(rowState(r.db, row), u"accepted"_s);

        // The same post with the right key, on the right route, is believed.
        QCOMPARE(post(r.port, shop.id, body, r.secret(shop.id, u"verify_token"_s).toUtf8()), 200);
        QCOMPARE(rowState(r.db, row), u"delivered"_s);
    }

private:
    // Tandem's receiver over a fresh database, with the core's sender service and an in-memory keychain.
    struct Receiver
    {
        explicit Receiver(const ProviderRegistry& registry)
        {
            static int counter = 0;
            if (!db.open(testDatabase(dir, u"d360-%1"_s.arg(++counter))).isOk())
                qFatal("test: no database");
            profiles = std::make_unique<ProfileRepository>(db, registry);
            service = std::make_unique<ProfileService>(*profiles, registry, secrets);
            server = std::make_unique<WebhookServer>(db, registry, *service, WebhookServer::Options {});
            port = server->start(0, QHostAddress::LocalHost);
            outbox = std::make_unique<Outbox>(db);
        }
        ~Receiver()
        {
            server.reset();
            outbox.reset();
            service.reset();
            profiles.reset();
            db.close();
        }
        QString secret(qint64 id, const QString& key)
        {
            return secrets.contents().value(SecretStore::profileKey(id, key));
        }

        QTemporaryDir dir;
        Database db;
        MemorySecretStore secrets;
        std::unique_ptr<ProfileRepository> profiles;
        std::unique_ptr<ProfileService> service;
        std::unique_ptr<WebhookServer> server;
        std::unique_ptr<Outbox> outbox;
        quint16 port = 0;
    };

    static QByteArray statusEnvelope(const QString& id, const QString& status)
    {
        const QJsonObject value {{u"messaging_product"_s, u"whatsapp"_s},
            {u"metadata"_s,
                QJsonObject {{u"display_phone_number"_s, u"15550360360"_s},
                    {u"phone_number_id"_s, QString::fromUtf16(SandboxAccounts::dialog360PhoneNumberId)}}},
            {u"statuses"_s,
                QJsonArray {QJsonObject {{u"id"_s, id}, {u"status"_s, status},
                    {u"timestamp"_s, QString::number(QDateTime::currentSecsSinceEpoch())},
                    {u"recipient_id"_s, u"14155552671"_s}}}}};
        return QJsonDocument(
            QJsonObject {{u"object"_s, u"whatsapp_business_account"_s},
                {u"entry"_s,
                    QJsonArray {QJsonObject {{u"id"_s, u"200000000000001"_s},
                        {u"changes"_s, QJsonArray {QJsonObject {{u"field"_s, u"messages"_s}, {u"value"_s, value}}}}}}}})
            .toJson(QJsonDocument::Compact);
    }

    int post(quint16 port, qint64 sender, const QByteArray& body, const QByteArray& key)
    {
        QNetworkRequest request(QUrl(u"http://127.0.0.1:%1%2"_s.arg(port).arg(WebhookPaths::keyed(sender))));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        if (!key.isEmpty())
            request.setRawHeader(WebhookPaths::keyHeader, key);
        std::unique_ptr<QNetworkReply> reply(m_network.post(request, body));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        if (!finished.wait(5000))
            return 0;
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    }

    static QString inbound(Database& db, qint64 sender)
    {
        QSqlQuery q(db.connection());
        q.prepare(u"SELECT body, provider FROM inbound_messages WHERE profile_id = ?"_s);
        q.addBindValue(sender);
        if (!q.exec() || !q.next() || q.value(1).toString() != u"360dialog"_s)
            return {};
        return q.value(0).toString();
    }

    MessagingProvider* provider(const QUrl& base, const QHash<QString, QString>& secrets)
    {
        return m_registry.find(u"360dialog"_s)->create(dialog360Profile(base), secrets, &m_network);
    }

    SandboxServer m_sandbox;
    QNetworkAccessManager m_network;
    const ProviderRegistry m_registry = ProviderRegistry::builtin();
};

QTEST_GUILESS_MAIN(TestDialog360)
#include "tst_dialog360.moc"
