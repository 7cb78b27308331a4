// The webhook receiver over real HTTP on loopback, with a real SQLite file: genuine callbacks of both providers are
// stored and move their rows; forged, tampered, replayed-with-another-body, wrong-port and unsigned ones get 403 and
// leave nothing behind; Meta's handshake; statuses out of order and repeated; a report that beats the send's own
// answer waits for its row; failures after acceptance carry the provider's explanation; prices are kept.
#include "outbox/outbox.h"
#include "profiles/profileservice.h"
#include "providers/providerregistry.h"
#include "secrets/memorysecretstore.h"
#include "storage/database.h"
#include "storage/profilerepository.h"
#include "util/formencoding.h"
#include "webhooks/signatures.h"
#include "webhooks/webhookpaths.h"
#include "webhooks/webhookserver.h"

#include "fakes/sandboxprofiles.h"
#include "fakes/savesender.h"
#include "fakes/testdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
// The receiver sits behind a proxy: providers call (and sign) this address.
const QString kPublic = u"https://hooks.example.com"_s;
const QString kTwilioToken = QString::fromUtf16(SandboxAccounts::twilioAuthToken);
const QString kAppSecret = QString::fromUtf16(SandboxAccounts::metaAppSecret);

struct Answer
{
    int status = 0;
    QByteArray body;
};

QJsonObject metaStatus(const QString& id, const QString& status, qint64 seconds, const QString& recipient)
{
    QJsonObject s {{u"id"_s, id}, {u"status"_s, status}, {u"timestamp"_s, QString::number(seconds)}};
    if (!recipient.isEmpty())
        s.insert(u"recipient_id"_s, recipient);
    return s;
}

QByteArray metaEnvelope(const QJsonArray& statuses, const QJsonArray& messages = {}, const QJsonArray& contacts = {})
{
    QJsonObject value {{u"messaging_product"_s, u"whatsapp"_s},
        {u"metadata"_s,
            QJsonObject {{u"display_phone_number"_s, u"15550783881"_s},
                {u"phone_number_id"_s, QString::fromUtf16(SandboxAccounts::metaPhoneNumberId)}}}};
    if (!statuses.isEmpty())
        value.insert(u"statuses"_s, statuses);
    if (!messages.isEmpty())
        value.insert(u"messages"_s, messages);
    if (!contacts.isEmpty())
        value.insert(u"contacts"_s, contacts);
    return QJsonDocument(
        QJsonObject {{u"object"_s, u"whatsapp_business_account"_s},
            {u"entry"_s,
                QJsonArray {QJsonObject {{u"id"_s, u"102290129340398"_s},
                    {u"changes"_s, QJsonArray {QJsonObject {{u"field"_s, u"messages"_s}, {u"value"_s, value}}}}}}}})
        .toJson(QJsonDocument::Compact);
}
} // namespace

class TestWebhookServer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        QVERIFY(m_db.open(testDatabase(m_dir, u"hooks-%1"_s.arg(++m_counter))).isOk());
        m_profiles = std::make_unique<ProfileRepository>(m_db, m_registry);
        m_secrets = std::make_unique<MemorySecretStore>();
        m_service = std::make_unique<ProfileService>(*m_profiles, m_registry, *m_secrets);
        m_twilio = save(twilioSandboxProfile(QUrl(u"http://127.0.0.1:9"_s)), twilioSandboxSecrets());
        m_meta = save(metaSandboxProfile(QUrl(u"http://127.0.0.1:9"_s)), metaSandboxSecrets());
        WebhookServer::Options options;
        options.publicUrl = QUrl(kPublic);
        m_server = std::make_unique<WebhookServer>(m_db, m_registry, *m_service, options);
        m_port = m_server->start(0, QHostAddress::LocalHost);
        QVERIFY(m_port != 0);
        m_outbox = std::make_unique<Outbox>(m_db);
    }
    void cleanup()
    {
        m_server.reset();
        m_outbox.reset();
        m_service.reset();
        m_secrets.reset();
        m_profiles.reset();
        m_db.close();
    }

    // Twilio signs the address it called; behind a proxy that is the public one, with or without :443.
    void genuineTwilioCallbacksAreStored_data()
    {
        QTest::addColumn<QString>("signedUrlBase");
        QTest::newRow("without the port") << kPublic;
        QTest::newRow("with the default port") << u"https://hooks.example.com:443"_s;
    }
    void genuineTwilioCallbacksAreStored()
    {
        QFETCH(QString, signedUrlBase);
        const qint64 row = acceptedRow(m_twilio.id, u"+14155550100"_s, u"SM00000000000000000000000000000001"_s);
        const FormFields params = twilioStatus(u"SM00000000000000000000000000000001"_s, u"delivered"_s);
        const QString path = WebhookPaths::twilioStatus(m_twilio.id);
        const Answer a
            = postTwilio(path, encodeForm(params), Signatures::twilio(kTwilioToken, signedUrlBase + path, params));
        QCOMPARE(a.status, 200);
        QCOMPARE(rowState(row), u"delivered"_s);
        QCOMPARE(eventCount(), 1);
    }

    void forgedTwilioCallbacksAreRefused_data()
    {
        QTest::addColumn<QString>("how");
        QTest::newRow("forged") << u"forged"_s;
        QTest::newRow("tampered") << u"tampered"_s;
        QTest::newRow("other body") << u"other body"_s;
        QTest::newRow("wrong port") << u"wrong port"_s;
        QTest::newRow("other host") << u"other host"_s;
        QTest::newRow("wrong token") << u"wrong token"_s;
        QTest::newRow("missing header") << u"missing"_s;
    }
    void forgedTwilioCallbacksAreRefused()
    {
        QFETCH(QString, how);
        const qint64 row = acceptedRow(m_twilio.id, u"+14155550100"_s, u"SM00000000000000000000000000000002"_s);
        const QString path = WebhookPaths::twilioStatus(m_twilio.id);
        const FormFields genuine = twilioStatus(u"SM00000000000000000000000000000002"_s, u"read"_s);
        QByteArray body = encodeForm(genuine);
        QByteArray signature = Signatures::twilio(kTwilioToken, kPublic + path, genuine);
        if (how == u"forged"_s) {
            signature = "bm90IGEgcmVhbCBzaWduYXR1cmU=";
        } else if (how == u"tampered"_s) {
            body.replace("MessageStatus=read", "MessageStatus=failed");
        } else if (how == u"other body"_s) {
            // A genuine signature, replayed with the body of another callback.
            body = encodeForm(twilioStatus(u"SM00000000000000000000000000000002"_s, u"failed"_s));
        } else if (how == u"wrong port"_s) {
            signature = Signatures::twilio(kTwilioToken, u"https://hooks.example.com:8443"_s + path, genuine);
        } else if (how == u"other host"_s) {
            signature = Signatures::twilio(kTwilioToken, u"https://evil.example.com"_s + path, genuine);
        } else if (how == u"wrong token"_s) {
            signature = Signatures::twilio(u"ffffffffffffffffffffffffffffffff"_s, kPublic + path, genuine);
        } else if (how == u"missing"_s) {
            signature.clear();
        }
        QSignalSpy refused(m_server.get(), &WebhookServer::refused);
        const Answer a = postTwilio(path, body, signature);
        QCOMPARE(a.status, 403);
        QCOMPARE(refused.count(), 1);
        QVERIFY(!refused.first().first().toString().contains(kTwilioToken)); // the reason never shows the secret
        QCOMPARE(rowState(row), u"accepted"_s);
        QCOMPARE(eventCount(), 0);
    }

    void genuineMetaEventsAreStoredAndForgedOnesRefused()
    {
        const qint64 row = acceptedRow(m_meta.id, u"+16505551234"_s, u"wamid.A1"_s);
        const QString path = WebhookPaths::meta(m_meta.id);
        const QByteArray body = metaEnvelope({metaStatus(u"wamid.A1"_s, u"read"_s, 1780000000, u"16505551234"_s)});
        // Tampered: one byte of the body changed after signing.
        QByteArray tampered = body;
        tampered.replace("read", "sent");
        QCOMPARE(postMeta(path, tampered, Signatures::meta(kAppSecret, body)).status, 403);
        QCOMPARE(postMeta(path, body, Signatures::meta(u"00000000000000000000000000000000"_s, body)).status, 403);
        QCOMPARE(postMeta(path, body, QByteArray()).status, 403);
        QCOMPARE(postMeta(path, body, "sha256=" + QByteArray(64, '0')).status, 403);
        QCOMPARE(eventCount(), 0);
        QCOMPARE(rowState(row), u"accepted"_s);

        QCOMPARE(postMeta(path, body, Signatures::meta(kAppSecret, body)).status, 200);
        QCOMPARE(rowState(row), u"read"_s);
        // Read at once: reading it says it was sent and delivered, at that moment.
        QCOMPARE(rowTimes(row), (QList<qint64> {1780000000000, 1780000000000, 1780000000000}));
    }

    void metaHandshake()
    {
        const QString path = WebhookPaths::meta(m_meta.id);
        const QString token = QString::fromUtf16(SandboxAccounts::metaVerifyToken);
        const Answer ok = get(path + u"?hub.mode=subscribe&hub.challenge=1158201444&hub.verify_token="_s + token);
        QCOMPARE(ok.status, 200);
        QCOMPARE(ok.body, QByteArray("1158201444"));
        const Answer wrong = get(path + u"?hub.mode=subscribe&hub.challenge=1158201444&hub.verify_token=guess"_s);
        QCOMPARE(wrong.status, 403);
        QVERIFY(!wrong.body.contains("1158201444"));
        QCOMPARE(get(path + u"?hub.mode=unsubscribe&hub.challenge=1&hub.verify_token="_s + token).status, 403);
        QCOMPARE(get(path + u"?hub.mode=subscribe&hub.challenge=1"_s).status, 403);
    }

    // The app's one callback URL (in Meta's dashboard): events go to the sender of the number they name.
    void theAppCallbackUrlServesEveryNumber()
    {
        const qint64 row = acceptedRow(m_meta.id, u"+16505551234"_s, u"wamid.APP1"_s);
        const QByteArray body
            = metaEnvelope({metaStatus(u"wamid.APP1"_s, u"delivered"_s, 1780000000, u"16505551234"_s)});
        QCOMPARE(postMeta(u"/meta"_s, body, Signatures::meta(kAppSecret, body)).status, 200);
        QCOMPARE(rowState(row), u"delivered"_s);
        QByteArray otherNumber = body;
        otherNumber.replace(QString::fromUtf16(SandboxAccounts::metaPhoneNumberId).toUtf8(), "999999999");
        QCOMPARE(postMeta(u"/meta"_s, otherNumber, Signatures::meta(kAppSecret, otherNumber)).status, 404);
        QCOMPARE(postMeta(u"/meta"_s, body, Signatures::meta(u"ffffffffffffffffffffffffffffffff"_s, body)).status, 403);
        const QString token = QString::fromUtf16(SandboxAccounts::metaVerifyToken);
        const Answer ok = get(u"/meta?hub.mode=subscribe&hub.challenge=42&hub.verify_token="_s + token);
        QCOMPARE(ok.status, 200);
        QCOMPARE(ok.body, QByteArray("42"));
        QCOMPARE(get(u"/meta?hub.mode=subscribe&hub.challenge=42&hub.verify_token=nope"_s).status, 403);
    }

    // A report for a number no sender has yet is refused (Meta sends it again), and once the sender is saved (by
    // the wizard while its test message is reported, or by another desk sharing the database, which this receiver
    // is not told about) the next report finds it.
    void aSenderSavedAfterAnUnknownReportIsFound()
    {
        QByteArray body = metaEnvelope({metaStatus(u"wamid.LATE1"_s, u"delivered"_s, 1780000000, u"16505551234"_s)});
        body.replace(QString::fromUtf16(SandboxAccounts::metaPhoneNumberId).toUtf8(), "106540352249999");
        QCOMPARE(postMeta(u"/meta"_s, body, Signatures::meta(kAppSecret, body)).status, 404);
        Profile later = metaSandboxProfile(QUrl(u"http://127.0.0.1:9"_s));
        later.id = 0;
        later.name = u"Second shop"_s;
        later.settings.insert(u"phone_number_id"_s, u"106540352249999"_s);
        const Profile saved = save(later, metaSandboxSecrets());
        const qint64 row = acceptedRow(saved.id, u"+16505551234"_s, u"wamid.LATE1"_s);
        QCOMPARE(postMeta(u"/meta"_s, body, Signatures::meta(kAppSecret, body)).status, 200);
        QCOMPARE(rowState(row), u"delivered"_s);
    }

    // Meta's reports come in any order and more than once; a status never moves a row backwards.
    void statusesNeverGoBackwardsAndRepeatsCountOnce()
    {
        const qint64 row = acceptedRow(m_meta.id, u"+16505551234"_s, u"wamid.B2"_s);
        const QString path = WebhookPaths::meta(m_meta.id);
        auto post = [&](const QString& status, qint64 seconds) {
            const QByteArray body = metaEnvelope({metaStatus(u"wamid.B2"_s, status, seconds, u"16505551234"_s)});
            return postMeta(path, body, Signatures::meta(kAppSecret, body)).status;
        };
        QCOMPARE(post(u"delivered"_s, 1780000010), 200);
        QCOMPARE(rowState(row), u"delivered"_s);
        QCOMPARE(post(u"sent"_s, 1780000005), 200); // late: changes nothing
        QCOMPARE(rowState(row), u"delivered"_s);
        QCOMPARE(post(u"read"_s, 1780000020), 200);
        QCOMPARE(post(u"delivered"_s, 1780000010), 200); // repeated
        QCOMPARE(post(u"read"_s, 1780000020), 200); // repeated
        QCOMPARE(rowState(row), u"read"_s);
        QCOMPARE(rowTimes(row), (QList<qint64> {1780000010000, 1780000010000, 1780000020000}));
        QCOMPARE(eventCount(), 3); // delivered, sent, read: each once
    }

    // A callback can beat the send's own answer: it is kept, answered 200, and applied when the row gets the id.
    void aReportForAnUnknownIdWaitsForItsRow()
    {
        const QString id = u"SM00000000000000000000000000000003"_s;
        const qint64 broadcast
            = m_outbox->createBroadcast(m_twilio.id, textMessage(), {{u"+14155550100"_s, {}}}).value();
        const QList<OutboxRow> claimed = m_outbox->claimDue(m_twilio.id, 1, 1000, {u"w"_s, 10'000'000}).value();
        QCOMPARE(claimed.size(), 1);
        const FormFields params = twilioStatus(id, u"delivered"_s);
        const QString path = WebhookPaths::twilioStatus(m_twilio.id);
        QCOMPARE(
            postTwilio(path, encodeForm(params), Signatures::twilio(kTwilioToken, kPublic + path, params)).status, 200);
        QCOMPARE(rowState(claimed.first().id), u"sending"_s);
        QCOMPARE(eventCount(), 1);

        Outbox::Completion c;
        c.row = claimed.first();
        c.sentThroughProfileId = m_twilio.id;
        c.providerMessageId = id;
        c.decision.state = OutboxState::Accepted;
        c.atMs = 2000;
        QVERIFY(m_outbox->record({c}, u"w"_s).isOk());
        QCOMPARE(rowState(claimed.first().id), u"delivered"_s);
        QCOMPARE(m_outbox->counts(broadcast).value().value(OutboxState::Delivered), 1);
        QSqlQuery q(m_db.connection());
        QVERIFY(q.exec(u"SELECT applied FROM webhook_events"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    // A failure after acceptance ends the row with the provider's code and Tandem's explanation for it.
    void failuresAfterAcceptanceAreExplained_data()
    {
        QTest::addColumn<bool>("twilio");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("errorClass");
        QTest::addColumn<QString>("explanationSays");
        QTest::newRow("twilio 63016") << true << 63016 << u"outside_window"_s << u"template"_s;
        QTest::newRow("twilio 30007") << true << 30007 << u"policy_blocked"_s << u"filter"_s;
        QTest::newRow("meta 131026") << false << 131026 << u"invalid_recipient"_s << u"WhatsApp"_s;
        QTest::newRow("meta 131049") << false << 131049 << u"policy_blocked"_s << u"marketing"_s;
    }
    void failuresAfterAcceptanceAreExplained()
    {
        QFETCH(bool, twilio);
        QFETCH(int, code);
        QFETCH(QString, errorClass);
        QFETCH(QString, explanationSays);
        const QString id = twilio ? u"SM00000000000000000000000000000004"_s : u"wamid.F4"_s;
        const qint64 row = acceptedRow(twilio ? m_twilio.id : m_meta.id, u"+16505551234"_s, id);
        if (twilio) {
            FormFields params = twilioStatus(id, code == 30007 ? u"undelivered"_s : u"failed"_s);
            params.append({u"ErrorCode"_s, QString::number(code)});
            params.append({u"ErrorMessage"_s, u"Twilio's words"_s});
            const QString path = WebhookPaths::twilioStatus(m_twilio.id);
            QCOMPARE(
                postTwilio(path, encodeForm(params), Signatures::twilio(kTwilioToken, kPublic + path, params)).status,
                200);
        } else {
            QJsonObject failed = metaStatus(id, u"failed"_s, 1780000000, u"16505551234"_s);
            failed.insert(u"errors"_s,
                QJsonArray {QJsonObject {{u"code"_s, code}, {u"title"_s, u"Meta's words"_s},
                    {u"error_data"_s, QJsonObject {{u"details"_s, u"Meta's details"_s}}}}});
            const QByteArray body = metaEnvelope({failed});
            QCOMPARE(postMeta(WebhookPaths::meta(m_meta.id), body, Signatures::meta(kAppSecret, body)).status, 200);
        }
        QSqlQuery q(m_db.connection());
        q.prepare(u"SELECT state, error_class, error_code, error_explanation FROM outbox WHERE id = ?"_s);
        q.addBindValue(row);
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toString(), u"failed"_s);
        QCOMPARE(q.value(1).toString(), errorClass);
        QCOMPARE(q.value(2).toString(), QString::number(code));
        QVERIFY2(
            q.value(3).toString().contains(explanationSays, Qt::CaseInsensitive), qPrintable(q.value(3).toString()));
    }

    void metaPricingIsKeptPerRow()
    {
        const qint64 row = acceptedRow(m_meta.id, u"+16505551234"_s, u"wamid.P5"_s);
        QJsonObject sent = metaStatus(u"wamid.P5"_s, u"sent"_s, 1780000000, u"16505551234"_s);
        sent.insert(u"pricing"_s,
            QJsonObject {{u"billable"_s, true}, {u"pricing_model"_s, u"PMP"_s}, {u"type"_s, u"regular"_s},
                {u"category"_s, u"marketing"_s}});
        const QByteArray body = metaEnvelope({sent});
        QCOMPARE(postMeta(WebhookPaths::meta(m_meta.id), body, Signatures::meta(kAppSecret, body)).status, 200);
        QSqlQuery q(m_db.connection());
        q.prepare(u"SELECT state, pricing_category, billable FROM outbox WHERE id = ?"_s);
        q.addBindValue(row);
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toString(), u"sent"_s);
        QCOMPARE(q.value(1).toString(), u"marketing"_s);
        QCOMPARE(q.value(2).toInt(), 1);
    }

    // Since 2026 Meta may name a customer by a business-scoped user ID alone (shared/reference §6b).
    void customersWithoutANumberAreKept()
    {
        const qint64 row = acceptedRow(m_meta.id, u"+16505551234"_s, u"wamid.U6"_s);
        QJsonObject status = metaStatus(u"wamid.U6"_s, u"delivered"_s, 1780000000, QString());
        status.insert(u"recipient_user_id"_s, u"US.13491208655302741918"_s);
        const QJsonObject inbound {{u"from_user_id"_s, u"US.13491208655302741918"_s}, {u"id"_s, u"wamid.IN7"_s},
            {u"timestamp"_s, u"1780000100"_s}, {u"type"_s, u"text"_s},
            {u"text"_s, QJsonObject {{u"body"_s, u"Is it in stock?"_s}}}};
        const QJsonObject contact {
            {u"profile"_s, QJsonObject {{u"name"_s, u"Sheena"_s}, {u"username"_s, u"@sheena"_s}}},
            {u"user_id"_s, u"US.13491208655302741918"_s}};
        const QByteArray body = metaEnvelope({status}, {inbound}, {contact});
        QSignalSpy received(m_server.get(), &WebhookServer::received);
        QCOMPARE(postMeta(WebhookPaths::meta(m_meta.id), body, Signatures::meta(kAppSecret, body)).status, 200);
        QCOMPARE(rowState(row), u"delivered"_s);
        QCOMPARE(received.count(), 1);
        QCOMPARE(received.first().at(0).toInt(), 1);
        QCOMPARE(received.first().at(1).toInt(), 1);
        QSqlQuery q(m_db.connection());
        QVERIFY(q.exec(u"SELECT from_phone, user_id, profile_name, body FROM inbound_messages"_s) && q.next());
        QCOMPARE(q.value(0).toString(), QString());
        QCOMPARE(q.value(1).toString(), u"US.13491208655302741918"_s);
        QCOMPARE(q.value(2).toString(), u"Sheena"_s);
        QCOMPARE(q.value(3).toString(), u"Is it in stock?"_s);
        // The same message again is kept once.
        QCOMPARE(postMeta(WebhookPaths::meta(m_meta.id), body, Signatures::meta(kAppSecret, body)).status, 200);
        QVERIFY(q.exec(u"SELECT COUNT(*) FROM inbound_messages"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void twilioInboundIsAnsweredWithEmptyTwiml()
    {
        const FormFields params {{u"AccountSid"_s, QString::fromUtf16(SandboxAccounts::twilioAccountSid)},
            {u"Body"_s, u"STOP"_s}, {u"From"_s, u"whatsapp:+14155550100"_s},
            {u"MessageSid"_s, u"SM00000000000000000000000000000008"_s}, {u"NumMedia"_s, u"0"_s},
            {u"ProfileName"_s, u"Ann"_s}, {u"To"_s, u"whatsapp:+14155238886"_s}, {u"WaId"_s, u"14155550100"_s}};
        const QString path = WebhookPaths::twilioInbound(m_twilio.id);
        const Answer a = postTwilio(path, encodeForm(params), Signatures::twilio(kTwilioToken, kPublic + path, params));
        QCOMPARE(a.status, 200);
        QVERIFY(a.body.contains("<Response></Response>"));
        QSqlQuery q(m_db.connection());
        QVERIFY(q.exec(u"SELECT from_phone, body, profile_name FROM inbound_messages"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"+14155550100"_s);
        QCOMPARE(q.value(1).toString(), u"STOP"_s);
        QCOMPARE(q.value(2).toString(), u"Ann"_s);
    }

    void unknownSendersAndRoutesAreNotFound()
    {
        const FormFields params = twilioStatus(u"SM00000000000000000000000000000009"_s, u"sent"_s);
        QCOMPARE(postTwilio(u"/twilio/999/status"_s, encodeForm(params), "x").status, 404);
        // A Meta sender's number under the Twilio route.
        const QString wrongKind = WebhookPaths::twilioStatus(m_meta.id);
        QCOMPARE(
            postTwilio(wrongKind, encodeForm(params), Signatures::twilio(kTwilioToken, kPublic + wrongKind, params))
                .status,
            404);
        QCOMPARE(get(u"/nothing"_s).status, 404);
        QCOMPARE(get(WebhookPaths::twilioStatus(m_twilio.id)).status, 405);
        QCOMPARE(get(u"/healthz"_s).status, 200);
        QCOMPARE(eventCount(), 0);
    }

private:
    Profile save(Profile profile, const QHash<QString, QString>& secrets)
    {
        return saveSender(*m_service, std::move(profile), secrets);
    }

    static OutgoingMessage textMessage()
    {
        OutgoingMessage m;
        m.text = u"Your order is ready"_s;
        return m;
    }

    // A row the provider accepted with this id, as the dispatcher records it.
    qint64 acceptedRow(qint64 profileId, const QString& recipient, const QString& messageId)
    {
        m_outbox->createBroadcast(profileId, textMessage(), {{recipient, {}}});
        const QList<OutboxRow> rows = m_outbox->claimDue(profileId, 1, 1000, {u"w"_s, 10'000'000}).value();
        if (rows.size() != 1)
            qFatal("no row claimed");
        Outbox::Completion c;
        c.row = rows.first();
        c.sentThroughProfileId = profileId;
        c.providerMessageId = messageId;
        c.decision.state = OutboxState::Accepted;
        c.atMs = 1000;
        if (!m_outbox->record({c}, u"w"_s).isOk())
            qFatal("not recorded");
        return rows.first().id;
    }

    static FormFields twilioStatus(const QString& sid, const QString& status)
    {
        return {{u"AccountSid"_s, QString::fromUtf16(SandboxAccounts::twilioAccountSid)},
            {u"ApiVersion"_s, u"2010-04-01"_s}, {u"ChannelPrefix"_s, u"whatsapp"_s},
            {u"From"_s, u"whatsapp:+14155238886"_s}, {u"MessageSid"_s, sid}, {u"MessageStatus"_s, status},
            {u"SmsSid"_s, sid}, {u"SmsStatus"_s, status}, {u"To"_s, u"whatsapp:+14155550100"_s}};
    }

    QString rowState(qint64 row)
    {
        QSqlQuery q(m_db.connection());
        q.prepare(u"SELECT state FROM outbox WHERE id = ?"_s);
        q.addBindValue(row);
        return q.exec() && q.next() ? q.value(0).toString() : QString();
    }

    QList<qint64> rowTimes(qint64 row)
    {
        QSqlQuery q(m_db.connection());
        q.prepare(u"SELECT sent_at, delivered_at, read_at FROM outbox WHERE id = ?"_s);
        q.addBindValue(row);
        if (!q.exec() || !q.next())
            return {};
        return {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong()};
    }

    int eventCount()
    {
        QSqlQuery q(m_db.connection());
        return q.exec(u"SELECT COUNT(*) FROM webhook_events"_s) && q.next() ? q.value(0).toInt() : -1;
    }

    Answer send(QNetworkRequest request, const QByteArray* body)
    {
        QNetworkReply* reply = body ? m_network.post(request, *body) : m_network.get(request);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!finished.wait(5000))
            return {};
        Answer a {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()};
        reply->deleteLater();
        return a;
    }

    QNetworkRequest local(const QString& pathAndQuery) const
    {
        return QNetworkRequest(QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_port).arg(pathAndQuery)));
    }

    Answer postTwilio(const QString& path, const QByteArray& body, const QByteArray& signature)
    {
        QNetworkRequest r = local(path);
        r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/x-www-form-urlencoded"));
        if (!signature.isEmpty())
            r.setRawHeader("X-Twilio-Signature", signature);
        return send(r, &body);
    }

    Answer postMeta(const QString& path, const QByteArray& body, const QByteArray& signature)
    {
        QNetworkRequest r = local(path);
        r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        if (!signature.isEmpty())
            r.setRawHeader("X-Hub-Signature-256", signature);
        return send(r, &body);
    }

    Answer get(const QString& pathAndQuery)
    {
        return send(local(pathAndQuery), nullptr);
    }

    QTemporaryDir m_dir;
    int m_counter = 0;
    Database m_db;
    const ProviderRegistry m_registry = ProviderRegistry::builtin();
    std::unique_ptr<ProfileRepository> m_profiles;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<ProfileService> m_service;
    std::unique_ptr<WebhookServer> m_server;
    std::unique_ptr<Outbox> m_outbox;
    QNetworkAccessManager m_network;
    quint16 m_port = 0;
    Profile m_twilio;
    Profile m_meta;
};

QTEST_GUILESS_MAIN(TestWebhookServer)
#include "tst_webhookserver.moc"
