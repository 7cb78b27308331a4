// The webhook receiver's HTTP front, attacked as a stranger on the internet would: clients that hang up before the
// answer (at e29284e one of them crashed the process), bodies, heads and URLs too large, bodies without a length,
// slow and idle clients, floods of connections from one address and from the tunnel's, memory held across many
// connections, pipelined requests and "Expect: 100-continue". Each limit gets its own status, and a genuine signed
// callback is still answered, in time, and still moves its row.
#include "model/webhookpaths.h"
#include "outbox/outbox.h"
#include "profiles/profilerepository.h"
#include "profiles/profileservice.h"
#include "providers/providerregistry.h"
#include "secrets/memorysecretstore.h"
#include "storage/database.h"
#include "util/formencoding.h"
#include "util/logsafe.h"
#include "webhooks/signatures.h"
#include "webhooks/webhookserver.h"

#include "fakes/outboxrows.h"
#include "fakes/rawhttp.h"
#include "fakes/sandboxprofiles.h"
#include "fakes/savesender.h"
#include "fakes/testdatabase.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString kPublic = u"https://hooks.example.com"_s;
const QString kTwilioToken = QString::fromUtf16(SandboxAccounts::twilioAuthToken);

// Short enough for a test, in the proportions of the real ones.
HttpLimits testLimits()
{
    HttpLimits l;
    l.headerTimeoutMs = 400;
    l.bodyTimeoutMs = 400;
    l.idleTimeoutMs = 400;
    l.writeTimeoutMs = 400;
    l.lingerMs = 300;
    l.maxConnections = 40;
    l.maxConnectionsPerAddress = 4;
    l.maxBufferedBytes = 1536 * 1024;
    return l;
}

QByteArray head(const QByteArray& requestLine, const QList<QByteArray>& headers)
{
    QByteArray h = requestLine + "\r\nHost: 127.0.0.1\r\n";
    for (const QByteArray& line : headers)
        h += line + "\r\n";
    return h + "\r\n";
}
} // namespace

class TestHttpFront : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        QVERIFY(m_db.open(testDatabase(m_dir, u"front-%1"_s.arg(++m_counter))).isOk());
        m_profiles = std::make_unique<ProfileRepository>(m_db, m_registry);
        m_secrets = std::make_unique<MemorySecretStore>();
        m_service = std::make_unique<ProfileService>(*m_profiles, m_registry, *m_secrets);
        m_twilio = saveSender(*m_service, twilioSandboxProfile(QUrl(u"http://127.0.0.1:9"_s)), twilioSandboxSecrets());
        restart(testLimits());
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

    // At e29284e a client that hung up before its answer (which waits for the keychain) crashed the receiver, 9
    // times out of 9. Here every request waits for the keychain, and clients hang up at every moment.
    void clientsThatHangUpCrashNothing()
    {
        const QByteArray genuine = genuineStatus(u"SM00000000000000000000000000000a01"_s, u"delivered"_s);
        const QByteArray unsigned_ = head("POST /twilio/1/status HTTP/1.1",
                                         {"Content-Type: application/x-www-form-urlencoded", "Content-Length: 11"})
            + "MessageSid=";
        const QByteArray meta
            = head("POST /meta/1 HTTP/1.1", {"Content-Length: 2", "X-Hub-Signature-256: sha256=" + QByteArray(64, 'a')})
            + "{}";
        for (int i = 0; i < 30; ++i) {
            m_server->sendersChanged(); // the secrets are read again, as after every minute
            const QByteArray& bytes = i % 3 == 0 ? genuine : i % 3 == 1 ? unsigned_ : meta;
            RawClient client(m_port);
            QVERIFY(client.connected());
            if (i % 5 == 4)
                client.write(bytes.left(bytes.size() / 2)); // in the middle of the request
            else
                client.write(bytes);
            if (i % 2 == 1)
                QTest::qWait(i % 7); // after the receiver began, before it answered
            client.abort();
        }
        QTest::qWait(300); // every deferred answer has come due
        // Still here, and still storing what genuine callbacks say.
        const qint64 row = acceptedRow(u"SM00000000000000000000000000000a02"_s);
        RawClient client(m_port);
        client.write(genuineStatus(u"SM00000000000000000000000000000a02"_s, u"read"_s));
        QCOMPARE(client.read().status, 200);
        QCOMPARE(rowState(row), u"read"_s);
    }

    void limitsAreAnsweredWithTheirStatus_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<int>("status");
        const QByteArray post = "POST /twilio/1/status HTTP/1.1";
        QTest::newRow("a body too large, by its length") << head(post, {"Content-Length: 2000000"}) << 413;
        QTest::newRow("a chunked body beyond the limit")
            << head(post, {"Transfer-Encoding: chunked"}) + "110000\r\n" + QByteArray(0x110000, 'x') + "\r\n0\r\n\r\n"
            << 413;
        QTest::newRow("a request line too long") << head("GET /" + QByteArray(9000, 'a') + " HTTP/1.1", {}) << 414;
        QList<QByteArray> large;
        for (int i = 0; i < 20; ++i)
            large << "X-Filler-" + QByteArray::number(i) + ": " + QByteArray(1000, 'y');
        QTest::newRow("a head too large") << head("GET /healthz HTTP/1.1", large) << 431;
        QList<QByteArray> many;
        for (int i = 0; i < 150; ++i)
            many << "X-" + QByteArray::number(i) + ": 1";
        QTest::newRow("too many headers") << head("GET /healthz HTTP/1.1", many) << 431;
        QTest::newRow("a body without a length") << head(post, {}) << 411;
        QTest::newRow("two different lengths")
            << head(post, {"Content-Length: 5", "Content-Length: 6"}) + "hello!" << 400;
        QTest::newRow("HTTP/2 without asking") << QByteArray("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n") << 505;
        QTest::newRow("not HTTP at all") << QByteArray("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03\r\n\r\n", 16)
                                         << 400;
    }
    void limitsAreAnsweredWithTheirStatus()
    {
        QFETCH(QByteArray, request);
        QFETCH(int, status);
        RawClient client(m_port);
        client.write(request);
        const RawAnswer answer = client.read();
        QCOMPARE(answer.status, status);
        QVERIFY(client.waitClosed(3000)); // and the connection is closed after it
        QCOMPARE(eventCount(), 0);
    }

    // A 200 MB upload is refused by its Content-Length before a byte of it is read: with "Expect: 100-continue" the
    // client never sends it, and without it what it sends is read and dropped, never kept.
    void aLargeUploadIsRefusedBeforeItIsRead()
    {
        {
            RawClient client(m_port);
            client.write(head("POST /meta/1 HTTP/1.1", {"Content-Length: 209715200", "Expect: 100-continue"}));
            const RawAnswer answer = client.read();
            QCOMPARE(answer.status, 413); // not 100 Continue
        }
        RawClient client(m_port);
        client.write(head("POST /meta/1 HTTP/1.1", {"Content-Length: 209715200"}));
        for (int i = 0; i < 8; ++i)
            client.write(QByteArray(256 * 1024, 'z'));
        QCOMPARE(client.read().status, 413);
        QVERIFY(client.waitClosed(3000));
    }

    // Slow heads, slow bodies, short bodies and silent clients are cut off after their time; meanwhile a genuine
    // callback is answered within a second.
    void slowClientsAreCutOffWhileGenuineOnesAreAnswered()
    {
        std::vector<std::unique_ptr<RawClient>> slow;
        for (int i = 0; i < 24; ++i) {
            auto client = std::make_unique<RawClient>(m_port);
            if (i % 3 == 1)
                client->write("POST /twilio/1/status HTTP/1.1\r\nHost: x\r\nX-Slow: "); // a head that never ends
            else if (i % 3 == 2)
                client->write(head("POST /twilio/1/status HTTP/1.1", {"Content-Length: 100"}) + "0123456789");
            slow.push_back(std::move(client));
        }
        const qint64 row = acceptedRow(u"SM00000000000000000000000000000b01"_s);
        QElapsedTimer clock;
        clock.start();
        RawClient genuine(m_port);
        genuine.write(genuineStatus(u"SM00000000000000000000000000000b01"_s, u"delivered"_s));
        QCOMPARE(genuine.read().status, 200);
        QVERIFY2(clock.elapsed() < 1000, qPrintable(u"answered after %1 ms"_s.arg(clock.elapsed())));
        QCOMPARE(rowState(row), u"delivered"_s);
        for (std::size_t i = 0; i < slow.size(); ++i) {
            QVERIFY2(slow[i]->waitClosed(3000), qPrintable(u"slow client %1 is still connected"_s.arg(i)));
            if (i % 3 != 0)
                QCOMPARE(slow[i]->read(1, 0).status, 408); // cut off in the middle of a request: told why
        }
    }

    void idleKeptAliveConnectionsAreClosed()
    {
        const qint64 row = acceptedRow(u"SM00000000000000000000000000000c01"_s);
        RawClient client(m_port);
        client.write(genuineStatus(u"SM00000000000000000000000000000c01"_s, u"sent"_s));
        const RawAnswer first = client.read();
        QCOMPARE(first.status, 200);
        QVERIFY(!first.closed);
        QCOMPARE(rowState(row), u"sent"_s);
        QVERIFY(client.waitClosed(3000));
    }

    // More connections than allowed, from the tunnel's address: the one that waited longest makes room, so a
    // genuine callback always gets in.
    void aFloodOfConnectionsMakesRoomForGenuineCallbacks()
    {
        std::vector<std::unique_ptr<RawClient>> flood;
        for (int i = 0; i < 60; ++i) {
            flood.push_back(std::make_unique<RawClient>(m_port));
            if (i % 10 == 9)
                QTest::qWait(5); // the receiver takes them from the listen queue, as it would with no test in between
        }
        QTest::qWait(50);
        QVERIFY(m_server->connectionCount() <= testLimits().maxConnections);
        const qint64 row = acceptedRow(u"SM00000000000000000000000000000d01"_s);
        RawClient genuine(m_port);
        genuine.write(genuineStatus(u"SM00000000000000000000000000000d01"_s, u"delivered"_s));
        QCOMPARE(genuine.read().status, 200);
        QCOMPARE(rowState(row), u"delivered"_s);
        QVERIFY(m_server->connectionCount() <= testLimits().maxConnections);
    }

    // One address other than the tunnel's keeps at most its share of the connections; another address still gets in.
    void oneAddressCannotCrowdOutTheOthers()
    {
        std::vector<std::unique_ptr<RawClient>> greedy;
        for (int i = 0; i < 12; ++i)
            greedy.push_back(std::make_unique<RawClient>(m_port, QHostAddress(u"127.0.0.2"_s)));
        QTest::qWait(100);
        int open = 0;
        for (auto& c : greedy)
            open += c->waitClosed(0) ? 0 : 1;
        QVERIFY2(open <= testLimits().maxConnectionsPerAddress, qPrintable(QString::number(open)));
        const qint64 row = acceptedRow(u"SM00000000000000000000000000000e01"_s);
        RawClient other(m_port, QHostAddress(u"127.0.0.3"_s));
        other.write(genuineStatus(u"SM00000000000000000000000000000e01"_s, u"read"_s));
        QCOMPARE(other.read().status, 200);
        QCOMPARE(rowState(row), u"read"_s);
    }

    // Bodies on their way across many connections are held under one limit: the client holding the most is cut
    // off first, and a genuine callback still gets through.
    void heldBytesStayUnderTheLimit()
    {
        HttpLimits limits = testLimits();
        limits.bodyTimeoutMs = 5000; // slow uploads stay until the memory limit cuts them
        restart(limits);
        std::vector<std::unique_ptr<RawClient>> uploads;
        for (int i = 0; i < 3; ++i) {
            auto client = std::make_unique<RawClient>(m_port);
            client->write(head("POST /meta/1 HTTP/1.1", {"Transfer-Encoding: chunked"}) + "C0000\r\n");
            client->write(QByteArray(600 * 1024 + i * 10 * 1024, 'u')); // unfinished chunks
            uploads.push_back(std::move(client));
            QTest::qWait(100);
        }
        // 1.8 MB held against a limit of 1.5 MiB: the largest holder at that moment goes (which of the two later
        // ones depends on how far the third had come), the smallest stays.
        QTRY_VERIFY_WITH_TIMEOUT(uploads[1]->waitClosed(0) || uploads[2]->waitClosed(0), 2000);
        QVERIFY(!(uploads[1]->waitClosed(0) && uploads[2]->waitClosed(0)));
        QVERIFY(!uploads[0]->waitClosed(0));
        const qint64 row = acceptedRow(u"SM00000000000000000000000000000f01"_s);
        RawClient genuine(m_port);
        genuine.write(genuineStatus(u"SM00000000000000000000000000000f01"_s, u"delivered"_s));
        QCOMPARE(genuine.read().status, 200);
        QCOMPARE(rowState(row), u"delivered"_s);
    }

    // Two requests in one write: the first waits for the keychain, the second would be answered at once. They are
    // answered in the order they came (at e29284e the second came first).
    void pipelinedRequestsAreAnsweredInOrder()
    {
        const qint64 row = acceptedRow(u"SM00000000000000000000000000000g01"_s);
        m_server->sendersChanged();
        RawClient client(m_port);
        client.write(
            genuineStatus(u"SM00000000000000000000000000000g01"_s, u"delivered"_s) + head("GET /healthz HTTP/1.1", {}));
        const RawAnswer answers = client.read(2);
        QCOMPARE(RawClient::statuses(answers.bytes), (QList<int> {200, 200}));
        QVERIFY2(answers.bytes.endsWith("\r\n\r\nok\n"), answers.bytes.constData()); // the health check came second
        QVERIFY(answers.bytes.indexOf("Content-Length: 0") < answers.bytes.indexOf("Content-Length: 3"));
        QCOMPARE(rowState(row), u"delivered"_s);
    }

    void continueIsSentWhenAsked()
    {
        const qint64 row = acceptedRow(u"SM00000000000000000000000000000h01"_s);
        const QByteArray request = genuineStatus(u"SM00000000000000000000000000000h01"_s, u"read"_s);
        const qsizetype split = request.indexOf("\r\n\r\n");
        RawClient client(m_port);
        client.write(request.left(split) + "\r\nExpect: 100-continue\r\n\r\n");
        QTRY_VERIFY(client.read(0, 50).bytes.startsWith("HTTP/1.1 100 Continue\r\n\r\n"));
        client.write(request.mid(split + 4));
        const RawAnswer answer = client.read(1);
        QCOMPARE(RawClient::statuses(answer.bytes), (QList<int> {100, 200}));
        QCOMPARE(rowState(row), u"read"_s);
    }

    void logSafeEscapesWhatCouldForgeALine_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QString>("logged");
        QTest::newRow("CR LF") << QByteArray("a\r\nb") << u"a\\x0d\\x0ab"_s;
        QTest::newRow("escape sequence") << QByteArray("\x1b[31mred") << u"\\x1b[31mred"_s;
        QTest::newRow("not UTF-8") << QByteArray("\xff\xfe") << u"\\xfffd\\xfffd"_s;
        QTest::newRow("a backslash stays readable") << QByteArray("a\\x0a") << u"a\\\\x0a"_s;
        QTest::newRow("right-to-left override") << QByteArray("\xe2\x80\xae"
                                                              "cod.exe")
                                                << u"\\x202ecod.exe"_s;
        QTest::newRow("plain words") << QByteArray("S\xc3\xa3o Paulo") << u"São Paulo"_s;
    }
    void logSafeEscapesWhatCouldForgeALine()
    {
        QFETCH(QByteArray, raw);
        QFETCH(QString, logged);
        QCOMPARE(logSafeBytes(raw), logged);
        QCOMPARE(logSafeBytes(QByteArray(1000, 'x'), 10), QString(10, u'x') + u"…"_s);
    }

private:
    void restart(const HttpLimits& limits)
    {
        WebhookServer::Options options;
        options.publicUrl = QUrl(kPublic);
        options.limits = limits;
        m_server = std::make_unique<WebhookServer>(m_db, m_registry, *m_service, options);
        m_port = m_server->start(0, QHostAddress::Any);
        QVERIFY(m_port != 0);
    }

    QByteArray genuineStatus(const QString& sid, const QString& status) const
    {
        const FormFields params {{u"AccountSid"_s, QString::fromUtf16(SandboxAccounts::twilioAccountSid)},
            {u"ApiVersion"_s, u"2010-04-01"_s}, {u"From"_s, u"whatsapp:+14155238886"_s}, {u"MessageSid"_s, sid},
            {u"MessageStatus"_s, status}, {u"To"_s, u"whatsapp:+14155550100"_s}};
        const QString path = WebhookPaths::twilioStatus(m_twilio.id);
        const QByteArray body = encodeForm(params);
        return head("POST " + path.toLatin1() + " HTTP/1.1",
                   {"Content-Type: application/x-www-form-urlencoded",
                       "X-Twilio-Signature: " + Signatures::twilio(kTwilioToken, kPublic + path, params),
                       "Content-Length: " + QByteArray::number(body.size())})
            + body;
    }

    qint64 acceptedRow(const QString& messageId)
    {
        return ::acceptedRow(*m_outbox, m_twilio.id, u"+14155550100"_s, messageId);
    }

    QString rowState(qint64 row)
    {
        return ::rowState(m_db, row);
    }

    int eventCount()
    {
        QSqlQuery q(m_db.connection());
        return q.exec(u"SELECT COUNT(*) FROM webhook_events"_s) && q.next() ? q.value(0).toInt() : -1;
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
    quint16 m_port = 0;
    Profile m_twilio;
};

QTEST_GUILESS_MAIN(TestHttpFront)
#include "tst_httpfront.moc"
