// The webhook receiver's doors, over real HTTP on loopback with a real SQLite file: genuine callbacks of both
// providers are stored; forged, tampered, replayed-with-another-body, wrong-port and unsigned ones get 403 and leave
// nothing behind; Meta's handshake; one address for a whole Meta app; every stranger gets the same answer, counted,
// and nothing from a request reaches the log raw.
#include "fakes/webhookfixture.h"

using namespace Qt::StringLiterals;
using namespace WebhookFixtureData;

class TestWebhookServer : public QObject, protected WebhookFixture
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        setUp();
    }
    void cleanup()
    {
        tearDown();
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
};

QTEST_GUILESS_MAIN(TestWebhookServer)
#include "tst_webhookserver.moc"
