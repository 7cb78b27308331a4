// Tandem against an HTTPS endpoint that offers HTTP/2 as well as HTTP/1.1, as Meta's Graph API does
// (tests/endpoints/h2endpoint.mjs, in Node, written apart from Tandem's sandbox and checking requests as the real
// APIs do). Tandem chooses HTTP/1.1 there (providers/wireprotocol.h, measured in docs/performance.md); every
// message arrives once; and an answer lost when the connection closes after the endpoint took the message leaves
// the row unconfirmed for the owner, never resent behind their back. Should Tandem ever take HTTP/2 (Qt's default),
// a send whose answer is lost to a stream reset, a GOAWAY or a closed connection after the endpoint took it is just
// as ambiguous, and Qt's HTTP/2 client does not send it again by itself.
#include "fakes/outsidetandem.h"
#include "fakes/sandboxprofiles.h"
#include "fakes/savesender.h"
#include "fakes/testdatabase.h"
#include "outbox/outbox.h"
#include "profiles/profilerepository.h"
#include "profiles/profileservice.h"
#include "providers/metarequests.h"
#include "providers/metaresponses.h"
#include "providers/providerjob.h"
#include "providers/providerregistry.h"
#include "providers/sendoncebody.h"
#include "secrets/memorysecretstore.h"
#include "storage/database.h"
#include "util/extraca.h"
#include "worker/outboxworker.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString kClosesAfterTaking = u"+14155559001"_s;
const QString kResetAfterTaking = u"+14155559002"_s;
const QString kGoawayAfterTaking = u"+14155559003"_s;

QList<Recipient> recipients(int n, int first)
{
    QList<Recipient> list;
    for (int i = first; i < first + n; ++i)
        list.append({u"+1415555%1"_s.arg(i, 4, 10, QChar(u'0')), {}});
    return list;
}

OutgoingMessage text()
{
    OutgoingMessage m;
    m.text = u"Your order is ready"_s;
    return m;
}
} // namespace

class TestHttp2Endpoint : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        const QString node = QStandardPaths::findExecutable(u"node"_s);
        QVERIFY2(!node.isEmpty(), "Node.js runs the HTTP/2 endpoint (scripts/test installs nodejs)");
        m_endpoint.setProgram(node);
        m_endpoint.setArguments({QStringLiteral(TANDEM_H2_ENDPOINT), u"--port"_s, u"0"_s, u"--meta-token"_s,
            metaSandboxSecrets().value(u"access_token"_s), u"--twilio-sid"_s,
            QString::fromUtf16(SandboxAccounts::twilioAccountSid), u"--twilio-token"_s,
            twilioSandboxSecrets().value(u"auth_token"_s), u"--close-to"_s, kClosesAfterTaking, u"--reset-to"_s,
            kResetAfterTaking, u"--goaway-to"_s, kGoawayAfterTaking});
        m_endpoint.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_endpoint.start();
        const QRegularExpression listening(u"listening on (https://127\\.0\\.0\\.1:[0-9]+)"_s);
        const QRegularExpression certificate(u"TANDEM_EXTRA_CA=(\\S+cert\\.pem)"_s);
        QString banner;
        while (!listening.match(banner).hasMatch() || !certificate.match(banner).hasMatch()) {
            QVERIFY2(m_endpoint.waitForReadyRead(15000), qPrintable(banner));
            banner += QString::fromUtf8(m_endpoint.readAllStandardOutput());
        }
        m_base = listening.match(banner).captured(1);
        QVERIFY(ExtraCa::trust(certificate.match(banner).captured(1)).isOk());
        QVERIFY(m_db.open(testDatabase(m_dir, u"http2"_s)).isOk());
        m_profiles = std::make_unique<ProfileRepository>(m_db, m_registry);
        m_service = std::make_unique<ProfileService>(*m_profiles, m_registry, m_secrets);
        m_outbox = std::make_unique<Outbox>(m_db);
    }

    void cleanupTestCase()
    {
        m_outbox.reset();
        m_service.reset();
        m_profiles.reset();
        m_db.close();
        m_endpoint.terminate();
        m_endpoint.waitForFinished(5000);
    }

    void bothProvidersSendOverHttp11WhereHttp2IsOffered()
    {
        const qint64 meta = addProfile(metaSandboxProfile(QUrl(m_base)), metaSandboxSecrets());
        const qint64 twilio = addProfile(twilioSandboxProfile(QUrl(m_base)), twilioSandboxSecrets());
        const qint64 a = m_outbox->broadcasts().create(meta, text(), recipients(60, 0), outsideTandem()).value();
        const qint64 b = m_outbox->broadcasts().create(twilio, text(), recipients(60, 100), outsideTandem()).value();
        OutboxWorker worker(m_db, m_registry, *m_service, options());
        worker.start();
        QTRY_COMPARE_WITH_TIMEOUT(m_outbox->broadcasts().find(a).value().state, Broadcast::State::Finished, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(m_outbox->broadcasts().find(b).value().state, Broadcast::State::Finished, 30000);
        stopWorker(worker);

        QCOMPARE(m_outbox->broadcasts().counts(a).value().value(OutboxState::Accepted), 60);
        QCOMPARE(m_outbox->broadcasts().counts(b).value().value(OutboxState::Accepted), 60);
        const QJsonObject stats = endpointStats();
        const QJsonObject byRecipient = stats.value(u"byRecipient"_s).toObject();
        for (const Recipient& r : recipients(60, 0) + recipients(60, 100))
            QCOMPARE(byRecipient.value(r.phone).toInt(), 1);
        // The endpoint offered h2 on every connection; Tandem took HTTP/1.1 on every one.
        const QJsonObject protocols = stats.value(u"byProtocol"_s).toObject();
        QCOMPARE(protocols.value(u"http/1.1"_s).toInt(), 120);
        QCOMPARE(protocols.value(u"h2"_s).toInt(), 0);
    }

    void anAnswerLostWithItsConnectionIsLeftToTheOwner()
    {
        const qint64 meta = addProfile(metaSandboxProfile(QUrl(m_base)), metaSandboxSecrets());
        QList<Recipient> list = recipients(20, 200);
        list.insert(7, {kClosesAfterTaking, {}});
        const qint64 id = m_outbox->broadcasts().create(meta, text(), list, outsideTandem()).value();
        OutboxWorker worker(m_db, m_registry, *m_service, options());
        worker.start();
        QTRY_COMPARE_WITH_TIMEOUT(m_outbox->broadcasts().find(id).value().state, Broadcast::State::Finished, 30000);
        stopWorker(worker);

        const QList<OutboxRow> unconfirmed = m_outbox->reads().rows(id, OutboxState::Unconfirmed).value();
        QCOMPARE(unconfirmed.size(), 1);
        QCOMPARE(unconfirmed.first().recipient, kClosesAfterTaking);
        QVERIFY2(unconfirmed.first().unconfirmedReason.contains(u"cannot tell whether it went out"_s),
            qPrintable(unconfirmed.first().unconfirmedReason));
        QCOMPARE(m_outbox->broadcasts().counts(id).value().value(OutboxState::Accepted), 20);
        const QJsonObject byRecipient = endpointStats().value(u"byRecipient"_s).toObject();
        QCOMPARE(byRecipient.value(kClosesAfterTaking).toInt(), 1); // taken once, and not sent again
        for (const Recipient& r : recipients(20, 200))
            QCOMPARE(byRecipient.value(r.phone).toInt(), 1);
    }

    void aLostAnswerOverHttp2IsAmbiguousAndNotSentAgain_data()
    {
        QTest::addColumn<QString>("recipient");
        QTest::addColumn<bool>("taken");
        QTest::newRow("answered") << u"+14155559010"_s << true;
        QTest::newRow("stream reset (RST_STREAM)") << kResetAfterTaking << false;
        QTest::newRow("GOAWAY, then the connection closed") << kGoawayAfterTaking << false;
        QTest::newRow("connection closed") << kClosesAfterTaking << false;
    }

    // Tandem's own Meta request and body, with HTTP/2 allowed as Qt would by default: the endpoint takes the
    // message, then loses the answer in each of HTTP/2's ways. ProviderJob must call it ambiguous (the dispatcher
    // then leaves the row to the owner, as over HTTP/1.1 above) and the endpoint must have seen it exactly once.
    void aLostAnswerOverHttp2IsAmbiguousAndNotSentAgain()
    {
        QFETCH(QString, recipient);
        QFETCH(bool, taken);
        const QJsonObject first = endpointStats();
        const int before = first.value(u"byRecipient"_s).toObject().value(recipient).toInt();
        const int overHttp2 = first.value(u"byProtocol"_s).toObject().value(u"h2"_s).toInt();
        const MetaRequests requests(MetaSettings::fromProfile(metaSandboxProfile(QUrl(m_base)), metaSandboxSecrets()));
        OutgoingMessage message = text();
        message.to = recipient;
        QNetworkRequest request = requests.sendMessage();
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, true);
        request.setTransferTimeout(10000);
        auto* body = new SendOnceBody(
            QJsonDocument(MetaRequests::messageBody(message, recipient).value()).toJson(QJsonDocument::Compact));
        QNetworkAccessManager network;
        QNetworkReply* reply = network.post(request, body);
        auto* job = new ProviderJob;
        QSignalSpy finished(job, &ProviderJob::finished);
        job->watch(
            reply, [recipient](const HttpResponse& r) { return MetaResponses::sent(r, recipient); }, {}, body);
        QVERIFY(finished.wait(15000));
        const ProviderResult result = finished.first().first().value<ProviderResult>();

        if (taken) {
            QVERIFY2(!result.error.isError(), qPrintable(result.error.code));
            QVERIFY(result.messageId.startsWith(u"wamid."_s));
        } else {
            QCOMPARE(result.error.errorClass, ErrorClass::Ambiguous);
            QVERIFY2(result.error.explanation.contains(u"cannot tell whether it went out"_s),
                qPrintable(result.error.explanation));
        }
        const QJsonObject stats = endpointStats();
        QCOMPARE(stats.value(u"byRecipient"_s).toObject().value(recipient).toInt(), before + 1);
        QCOMPARE(stats.value(u"byProtocol"_s).toObject().value(u"h2"_s).toInt(), overHttp2 + 1); // it went over h2
    }

private:
    QJsonObject endpointStats()
    {
        QNetworkAccessManager network;
        QNetworkReply* reply = network.get(QNetworkRequest(QUrl(m_base + u"/_sandbox/stats"_s)));
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!done.wait(10000))
            return {};
        reply->deleteLater();
        return QJsonDocument::fromJson(reply->readAll()).object();
    }

    static OutboxWorker::Options options()
    {
        OutboxWorker::Options options;
        options.dispatcher.retry.baseDelayMs = 20;
        options.dispatcher.idlePollMs = 50;
        options.transferTimeoutMs = 2000;
        return options;
    }

    static void stopWorker(OutboxWorker& worker)
    {
        QSignalSpy stopped(&worker, &OutboxWorker::stopped);
        worker.stop();
        QVERIFY(stopped.count() == 1 || stopped.wait(10000));
    }

    qint64 addProfile(Profile p, const QHash<QString, QString>& secrets)
    {
        p.name = u"%1 %2"_s.arg(p.kind).arg(++m_senders);
        p.settings.insert(u"rate_per_second"_s, u"0"_s);
        return saveSender(*m_service, p, secrets).id;
    }

    QProcess m_endpoint;
    QString m_base;
    QTemporaryDir m_dir;
    int m_senders = 0;
    Database m_db;
    const ProviderRegistry m_registry = ProviderRegistry::builtin();
    MemorySecretStore m_secrets;
    std::unique_ptr<ProfileRepository> m_profiles;
    std::unique_ptr<ProfileService> m_service;
    std::unique_ptr<Outbox> m_outbox;
};

QTEST_GUILESS_MAIN(TestHttp2Endpoint)
#include "tst_http2endpoint.moc"
