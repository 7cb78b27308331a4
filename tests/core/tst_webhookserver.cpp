// The webhook receiver over real HTTP on loopback, with a real SQLite file: genuine callbacks of both providers are
// stored and move their rows; forged, tampered, replayed-with-another-body, wrong-port and unsigned ones get 403 and
// leave nothing behind; Meta's handshake; statuses out of order and repeated; a report that beats the send's own
// answer waits for its row; failures after acceptance carry the provider's explanation; prices are kept.
#include "model/webhookpaths.h"
#include "outbox/outbox.h"
#include "profiles/profilerepository.h"
#include "profiles/profileservice.h"
#include "providers/providerregistry.h"
#include "secrets/memorysecretstore.h"
#include "storage/database.h"
#include "util/formencoding.h"
#include "webhooks/signatures.h"
#include "webhooks/webhookserver.h"

#include "fakes/outboxrows.h"
#include "fakes/sandboxprofiles.h"
#include "fakes/savesender.h"
#include "fakes/testdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
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
        // A number no sender has: refused like a forgery, so Meta sends it again once the sender is saved.
        QCOMPARE(postMeta(u"/meta"_s, otherNumber, Signatures::meta(kAppSecret, otherNumber)).status, 403);
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
        QCOMPARE(postMeta(u"/meta"_s, body, Signatures::meta(kAppSecret, body)).status, 403);
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
            = m_outbox->broadcasts().create(m_twilio.id, textMessage(), {{u"+14155550100"_s, {}}}).value();
        const QList<OutboxRow> claimed = m_outbox->queue().claimDue(m_twilio.id, 1, 1000, {u"w"_s, 10'000'000}).value();
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
        QVERIFY(m_outbox->queue().record({c}, u"w"_s).isOk());
        QCOMPARE(rowState(claimed.first().id), u"delivered"_s);
        QCOMPARE(m_outbox->broadcasts().counts(broadcast).value().value(OutboxState::Delivered), 1);
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

    // A Meta body signed with one sender's App Secret never moves another sender's rows, whichever route it is posted
    // to; signed with that sender's own secret, it does.
    void aMetaBodySignedByOneSenderNeverMovesAnothersRows()
    {
        const Profile other = saveMeta(
            u"Second shop"_s, u"106540352249999"_s, u"102290129349999"_s, u"b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0"_s);
        const qint64 row = acceptedRow(other.id, u"+16505551234"_s, u"wamid.X1"_s);
        QByteArray body = metaEnvelope({metaStatus(u"wamid.X1"_s, u"read"_s, 1780000000, u"16505551234"_s)},
            {QJsonObject {{u"from"_s, u"16505551234"_s}, {u"id"_s, u"wamid.IN-X1"_s}, {u"timestamp"_s, u"1780000100"_s},
                {u"type"_s, u"text"_s}, {u"text"_s, QJsonObject {{u"body"_s, u"STOP"_s}}}}});
        body.replace(QString::fromUtf16(SandboxAccounts::metaPhoneNumberId).toUtf8(), "106540352249999");
        const QByteArray forged = Signatures::meta(kAppSecret, body); // the first sender's secret
        for (const QString& path : {WebhookPaths::meta(m_meta.id), u"/meta"_s, WebhookPaths::meta(other.id)})
            QCOMPARE(postMeta(path, body, forged).status, 403);
        QCOMPARE(rowState(row), u"accepted"_s);
        QCOMPARE(count(u"inbound_messages"_s), 0);
        QCOMPARE(count(u"contacts WHERE opted_out = 1"_s), 0);
        QCOMPARE(eventCount(), 0);

        const QByteArray genuine = Signatures::meta(u"b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0"_s, body);
        QCOMPARE(postMeta(u"/meta"_s, body, genuine).status, 200);
        QCOMPARE(rowState(row), u"read"_s);
        QCOMPARE(count(u"contacts WHERE opted_out = 1"_s), 1);
    }

    // Senders of one Meta app share its secret: an event goes to the sender whose number it names, even when the
    // app's events all come to one sender's address.
    void sendersOfOneAppGetTheirOwnEvents()
    {
        const Profile sibling = saveMeta(
            u"Sibling shop"_s, u"106540352248888"_s, QString::fromUtf16(SandboxAccounts::metaWabaId), kAppSecret);
        const qint64 mine = acceptedRow(m_meta.id, u"+16505551234"_s, u"wamid.S1"_s);
        const qint64 theirs = acceptedRow(sibling.id, u"+16505551234"_s, u"wamid.S2"_s);
        QByteArray body = metaEnvelope({metaStatus(u"wamid.S2"_s, u"delivered"_s, 1780000000, u"16505551234"_s)});
        body.replace(QString::fromUtf16(SandboxAccounts::metaPhoneNumberId).toUtf8(), "106540352248888");
        QCOMPARE(postMeta(WebhookPaths::meta(m_meta.id), body, Signatures::meta(kAppSecret, body)).status, 200);
        QCOMPARE(rowState(theirs), u"delivered"_s);
        QCOMPARE(rowState(mine), u"accepted"_s);
    }

    // A Twilio report must name the route's sender's own account, and another sender's report about the same
    // message id is another report: it cannot make the genuine one look like a repeat.
    void twilioReportsBelongToTheirOwnAccount()
    {
        const QString otherSid = u"AC" + QString(32, u'b');
        const QString otherToken = QString(32, u'c');
        Profile second = twilioSandboxProfile(QUrl(u"http://127.0.0.1:9"_s));
        second.name = u"Other account"_s;
        second.settings.insert(u"account_sid"_s, otherSid);
        second.settings.insert(u"from"_s, u"+14155230000"_s);
        second = save(second, {{u"auth_token"_s, otherToken}});
        const QString id = u"SM000000000000000000000000000000aa"_s;
        const qint64 row = acceptedRow(m_twilio.id, u"+14155550100"_s, id);
        const QString secondPath = WebhookPaths::twilioStatus(second.id);

        // Signed with the second sender's token, on its route, but naming the first sender's account.
        const FormFields claimed = twilioStatus(id, u"failed"_s);
        QCOMPARE(
            postTwilio(secondPath, encodeForm(claimed), Signatures::twilio(otherToken, kPublic + secondPath, claimed))
                .status,
            403);
        // Its own account, the first sender's message id: kept as the second sender's report, which moves nothing.
        FormFields own = twilioStatus(id, u"delivered"_s);
        own[0].second = otherSid;
        QCOMPARE(
            postTwilio(secondPath, encodeForm(own), Signatures::twilio(otherToken, kPublic + secondPath, own)).status,
            200);
        QCOMPARE(rowState(row), u"accepted"_s);
        // The genuine report then arrives, and is not taken for a repeat.
        const QString path = WebhookPaths::twilioStatus(m_twilio.id);
        const FormFields genuine = twilioStatus(id, u"delivered"_s);
        QCOMPARE(
            postTwilio(path, encodeForm(genuine), Signatures::twilio(kTwilioToken, kPublic + path, genuine)).status,
            200);
        QCOMPARE(rowState(row), u"delivered"_s);
        QCOMPARE(eventCount(), 2);
    }

    // Since 2026 a customer may be known only by a business-scoped user ID (and a parent one), on both providers:
    // Twilio writes it where the number would be and in ExternalUserId / ParentExternalUserId.
    void customersKnownOnlyByTheirUserIdOnBothProviders()
    {
        const QString bsuid = u"US.13491208655302741918"_s;
        const QString parent = u"US.ENT.11815799212886844830"_s;
        const FormFields inbound {{u"AccountSid"_s, QString::fromUtf16(SandboxAccounts::twilioAccountSid)},
            {u"Body"_s, u"Do you deliver?"_s}, {u"ExternalUserId"_s, bsuid}, {u"From"_s, u"whatsapp:"_s + bsuid},
            {u"MessageSid"_s, u"SM000000000000000000000000000000b1"_s}, {u"NumMedia"_s, u"0"_s},
            {u"ParentExternalUserId"_s, parent}, {u"ProfileName"_s, u"Sheena"_s},
            {u"To"_s, u"whatsapp:+14155238886"_s}};
        const QString inboundPath = WebhookPaths::twilioInbound(m_twilio.id);
        QCOMPARE(postTwilio(
                     inboundPath, encodeForm(inbound), Signatures::twilio(kTwilioToken, kPublic + inboundPath, inbound))
                     .status,
            200);
        QSqlQuery q(m_db.connection());
        QVERIFY(q.exec(u"SELECT from_phone, user_id FROM inbound_messages"_s) && q.next());
        QCOMPARE(q.value(0).toString(), QString());
        QCOMPARE(q.value(1).toString(), bsuid);
        QVERIFY(q.exec(u"SELECT user_id, parent_user_id FROM contacts"_s) && q.next());
        QCOMPARE(q.value(0).toString(), bsuid);
        QCOMPARE(q.value(1).toString(), parent);

        // A Twilio status about a message to them: the id is kept with the report.
        const qint64 twilioRow = acceptedRow(m_twilio.id, u"+14155550100"_s, u"SM000000000000000000000000000000b2"_s);
        FormFields status = twilioStatus(u"SM000000000000000000000000000000b2"_s, u"read"_s);
        status.append({u"ExternalUserId"_s, bsuid});
        const QString statusPath = WebhookPaths::twilioStatus(m_twilio.id);
        QCOMPARE(
            postTwilio(statusPath, encodeForm(status), Signatures::twilio(kTwilioToken, kPublic + statusPath, status))
                .status,
            200);
        QCOMPARE(rowState(twilioRow), u"read"_s);

        // Meta: a status and a message with the IDs alone.
        const qint64 metaRow = acceptedRow(m_meta.id, u"+16505551234"_s, u"wamid.B3"_s);
        QJsonObject metaStatusOnly = metaStatus(u"wamid.B3"_s, u"delivered"_s, 1780000000, QString());
        metaStatusOnly.insert(u"recipient_user_id"_s, u"BR.1502576394655843"_s);
        metaStatusOnly.insert(u"recipient_parent_user_id"_s, u"BR.ENT.99"_s);
        const QJsonObject message {{u"from_user_id"_s, u"BR.1502576394655843"_s}, {u"id"_s, u"wamid.IN-B4"_s},
            {u"timestamp"_s, u"1780000100"_s}, {u"type"_s, u"text"_s},
            {u"text"_s, QJsonObject {{u"body"_s, u"Obrigada"_s}}}};
        const QJsonObject contact {{u"profile"_s, QJsonObject {{u"name"_s, u"Ana"_s}}},
            {u"user_id"_s, u"BR.1502576394655843"_s}, {u"parent_user_id"_s, u"BR.ENT.99"_s}};
        const QByteArray body = metaEnvelope({metaStatusOnly}, {message}, {contact});
        QCOMPARE(postMeta(WebhookPaths::meta(m_meta.id), body, Signatures::meta(kAppSecret, body)).status, 200);
        QCOMPARE(rowState(metaRow), u"delivered"_s);
        QVERIFY(q.exec(u"SELECT parent_user_id FROM contacts WHERE user_id = 'BR.1502576394655843'"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"BR.ENT.99"_s);
    }

    // What a request carries never reaches the log as it came (a Host with CR LF forged a log line at e29284e), and
    // a flood of refusals costs the log a line per reason and minute, not a line each.
    void refusalsAreCountedAndTheLogCannotBeForged()
    {
        LogCapture capture;
        for (int i = 0; i < 40; ++i) {
            QNetworkRequest r = local(WebhookPaths::twilioStatus(m_twilio.id));
            // Half forge a log line with CR LF (a broken head: 400), half try escape sequences (a bad signature: 403).
            r.setRawHeader("Host",
                i % 2 ? QByteArray("evil.example\r\n2026-12-03T00:00:00Z info forged: line")
                      : QByteArray("evil.example\x1b[31m forged\x07"));
            r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/x-www-form-urlencoded"));
            r.setRawHeader("X-Twilio-Signature", "bm90IGEgc2lnbmF0dXJl");
            const QByteArray body = encodeForm(twilioStatus(u"SM000000000000000000000000000000c1"_s, u"read"_s));
            const int status = send(r, &body).status;
            QVERIFY2(status == 400 || status == 403, qPrintable(QString::number(status)));
        }
        m_server->stop(); // the minute's counts are written
        int refusalLines = 0;
        int counted = 0;
        static const QRegularExpression tally(u"(\\d+) × "_s);
        for (const QString& line : std::as_const(capture.lines)) {
            QVERIFY2(!line.contains(u'\r') && !line.contains(u'\n') && !line.contains(QChar(0x1b)), qPrintable(line));
            QVERIFY2(!line.contains(u"evil"_s) && !line.contains(u"forged"_s), qPrintable(line));
            if (!line.contains(u"refused"_s))
                continue;
            ++refusalLines;
            auto it = tally.globalMatch(line);
            if (!it.hasNext())
                ++counted; // a first refusal, logged alone
            while (it.hasNext())
                counted += it.next().captured(1).toInt();
        }
        QVERIFY2(refusalLines <= 4, qPrintable(capture.lines.join(u'\n'))); // per reason: the first, then a count
        QCOMPARE(counted, 40);
    }

    // Strangers learn nothing: an unknown sender, a sender of the other kind, a wrong method, an unknown path and a
    // forged signature all get the same answer, which names no id, kind or address.
    void everyStrangerGetsTheSameAnswer()
    {
        const FormFields params = twilioStatus(u"SM00000000000000000000000000000009"_s, u"sent"_s);
        const QString wrongKind = WebhookPaths::twilioStatus(m_meta.id);
        const QList<Answer> answers {
            postTwilio(u"/twilio/999/status"_s, encodeForm(params), "x"),
            postTwilio(wrongKind, encodeForm(params), Signatures::twilio(kTwilioToken, kPublic + wrongKind, params)),
            postTwilio(WebhookPaths::twilioStatus(m_twilio.id), encodeForm(params), "bm90IGEgc2lnbmF0dXJl"),
            postMeta(WebhookPaths::meta(999), "{}", Signatures::meta(kAppSecret, "{}")),
            postMeta(WebhookPaths::meta(m_twilio.id), "{}", Signatures::meta(kAppSecret, "{}")),
            get(u"/nothing"_s),
            get(WebhookPaths::twilioStatus(m_twilio.id)),
            get(u"/meta/999?hub.mode=subscribe&hub.challenge=1&hub.verify_token=x"_s),
        };
        for (const Answer& a : answers) {
            QCOMPARE(a.status, 403);
            QCOMPARE(a.body, QByteArray("forbidden\n"));
        }
        QCOMPARE(get(u"/healthz"_s).status, 200);
        QCOMPARE(eventCount(), 0);
    }

private:
    // Every message the receiver logs while it lives, as the lines a log would get.
    struct LogCapture
    {
        LogCapture()
        {
            s_lines = &lines;
            m_previous = qInstallMessageHandler(
                [](QtMsgType, const QMessageLogContext&, const QString& message) { s_lines->append(message); });
        }
        ~LogCapture()
        {
            qInstallMessageHandler(m_previous);
            s_lines = nullptr;
        }
        QStringList lines;
        static inline QStringList* s_lines = nullptr;

    private:
        QtMessageHandler m_previous;
    };

    Profile save(Profile profile, const QHash<QString, QString>& secrets)
    {
        return saveSender(*m_service, std::move(profile), secrets);
    }

    Profile saveMeta(const QString& name, const QString& phoneNumberId, const QString& wabaId, const QString& appSecret)
    {
        Profile p = metaSandboxProfile(QUrl(u"http://127.0.0.1:9"_s));
        p.name = name;
        p.settings.insert(u"phone_number_id"_s, phoneNumberId);
        p.settings.insert(u"waba_id"_s, wabaId);
        QHash<QString, QString> secrets = metaSandboxSecrets();
        secrets.insert(u"app_secret"_s, appSecret);
        return save(p, secrets);
    }

    int count(const QString& tableAndWhere)
    {
        QSqlQuery q(m_db.connection());
        return q.exec(u"SELECT COUNT(*) FROM "_s + tableAndWhere) && q.next() ? q.value(0).toInt() : -1;
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
        return ::acceptedRow(*m_outbox, profileId, recipient, messageId);
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
        return ::rowState(m_db, row);
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
