// What happens after "accepted", end to end over loopback: the sandbox plays Twilio and Meta and reports each
// message's lifecycle (sent, delivered, read, or a failure after acceptance) as they do, the outbox worker sends and
// polls, and the webhook receiver stores the reports. A Twilio broadcast reaches delivered and read by polling alone;
// with the receiver's public address, both providers' reports arrive by signed callbacks (Meta's after Tandem set the
// number's webhook override, which the sandbox checks with Meta's handshake).
#include "model/webhookpaths.h"
#include "profiles/profilerepository.h"
#include "profiles/profileservice.h"
#include "providers/metacloudprovider.h"
#include "providers/providerregistry.h"
#include "sandbox/sandboxserver.h"
#include "secrets/memorysecretstore.h"
#include "storage/database.h"
#include "webhooks/webhookserver.h"
#include "worker/outboxworker.h"

#include "fakes/outsidetandem.h"
#include "fakes/sandboxprofiles.h"
#include "fakes/savesender.h"
#include "fakes/testdatabase.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QList<Recipient> recipients(int n, const QString& exchange = u"555"_s)
{
    QList<Recipient> list;
    for (int i = 0; i < n; ++i)
        list.append({u"+1415%1%2"_s.arg(exchange).arg(i, 4, 10, QChar(u'0')), {}});
    return list;
}

OutgoingMessage text()
{
    OutgoingMessage m;
    m.text = u"Your order is ready"_s;
    return m;
}

// Sent after 100 ms, delivered after 300 ms, read after 600 ms (a little later for some messages).
QJsonObject quickLifecycle(double readShare)
{
    return {{u"sent_after_ms"_s, 100}, {u"delivered_after_ms"_s, 300}, {u"read_after_ms"_s, 600},
        {u"read_share"_s, readShare}, {u"jitter"_s, 0.3}};
}
} // namespace

class TestDeliveryLoop : public QObject
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
        QVERIFY(m_db.open(testDatabase(m_dir, u"loop-%1"_s.arg(++m_counter))).isOk());
        m_profiles = std::make_unique<ProfileRepository>(m_db, m_registry);
        m_service = std::make_unique<ProfileService>(*m_profiles, m_registry, m_secrets);
    }
    void cleanup()
    {
        m_worker.reset();
        m_receiver.reset();
        m_service.reset();
        m_profiles.reset();
        m_db.close();
    }

    // No public address: Tandem asks Twilio about each accepted message until it is read or failed.
    void twilioReachesDeliveredAndReadByPollingAlone()
    {
        const qint64 twilio = addProfile(twilioSandboxProfile(m_sandbox.baseUrl()), twilioSandboxSecrets());
        // Half the readers have read receipts on: with 19 messages, all or none read has a chance of 4 in a million.
        m_sandbox.configure({{u"lifecycle"_s, quickLifecycle(0.5)},
            {u"recipients"_s,
                QJsonObject {
                    {u"+14155550003"_s, QJsonObject {{u"kind"_s, u"provider_error"_s}, {u"code"_s, 63016}}}}}});
        OutboxWorker::Options options;
        options.poller.schedule.firstMs = 200; // then 1 s, 6 s, …
        options.poller.checkEveryMs = 50;
        options.poller.perSecond = 50;
        startWorker(options);
        const qint64 id
            = m_worker->outbox().broadcasts().create(twilio, text(), recipients(20), outsideTandem()).value();
        // Every message ends read, delivered (its reader has read receipts off) or failed.
        QTRY_VERIFY_WITH_TIMEOUT(settled(id) == 20, 20000);
        const QHash<OutboxState, int> counts = m_worker->outbox().broadcasts().counts(id).value();
        QCOMPARE(counts.value(OutboxState::Failed), 1);
        QVERIFY2(counts.value(OutboxState::Read) >= 1, "some recipients read it");
        QVERIFY2(counts.value(OutboxState::Delivered) >= 1, "some have read receipts off");
        QCOMPARE(counts.value(OutboxState::Read) + counts.value(OutboxState::Delivered), 19);
        QCOMPARE(m_sandbox.state().statsJson().value(u"callbacks_answered"_s).toInt(), 0); // polling alone

        QSqlQuery q(m_db.connection());
        // Read rows are asked about no more; every delivered one has its time and Twilio's price.
        QVERIFY(q.exec(u"SELECT COUNT(*) FROM outbox WHERE state = 'read' AND (next_poll_at <> 0 OR read_at = 0 OR "
                       "delivered_at = 0 OR price <> '-0.00500')"_s)
            && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QVERIFY(
            q.exec(u"SELECT error_code, error_class, next_poll_at FROM outbox WHERE state = 'failed'"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"63016"_s);
        QCOMPARE(q.value(1).toString(), u"outside_window"_s);
        QCOMPARE(q.value(2).toLongLong(), 0);
        QVERIFY(q.exec(u"SELECT MIN(polls) FROM outbox"_s) && q.next());
        QVERIFY(q.value(0).toInt() >= 1);
    }

    // With the receiver's public address Twilio is told where to report (StatusCallback), Meta is told by a webhook
    // override; every report arrives signed, and nothing is polled.
    void bothProvidersReportThroughTheReceiver()
    {
        const Profile twilioProfile = save(twilioSandboxProfile(m_sandbox.baseUrl()), twilioSandboxSecrets());
        const Profile metaProfile = save(metaSandboxProfile(m_sandbox.baseUrl()), metaSandboxSecrets());
        m_sandbox.configure({{u"lifecycle"_s, quickLifecycle(1)},
            {u"recipients"_s,
                QJsonObject {{u"+14156660004"_s,
                    QJsonObject {{u"kind"_s, u"provider_error"_s}, {u"code"_s, 131026}, {u"after_accept"_s, true}}}}}});
        m_receiver = std::make_unique<WebhookServer>(m_db, m_registry, *m_service, WebhookServer::Options {});
        const quint16 port = m_receiver->start(0, QHostAddress::LocalHost);
        QVERIFY(port != 0);
        const QString publicUrl = u"http://127.0.0.1:%1"_s.arg(port);

        // Meta checks the address with its handshake before it takes it.
        QNetworkAccessManager network;
        MetaCloudProvider meta(MetaSettings::fromProfile(metaProfile, metaSandboxSecrets()), &network);
        ProviderResult refused = waitFor(meta.setWebhook(
            WebhookPaths::join(publicUrl, WebhookPaths::meta(metaProfile.id)), u"not-the-verify-token"_s));
        QVERIFY(!refused.isOk());
        QVERIFY2(refused.error.explanation.contains(u"403"_s) || refused.error.providerMessage.contains(u"403"_s),
            qPrintable(refused.error.explanation + u" / "_s + refused.error.providerMessage));
        const ProviderResult set
            = waitFor(meta.setWebhook(WebhookPaths::join(publicUrl, WebhookPaths::meta(metaProfile.id)),
                QString::fromUtf16(SandboxAccounts::metaVerifyToken)));
        QVERIFY2(set.isOk(), qPrintable(set.error.explanation));

        OutboxWorker::Options options;
        options.receiverUrl = publicUrl;
        options.poller.checkEveryMs = 50;
        startWorker(options);
        const qint64 twilioBroadcast
            = m_worker->outbox().broadcasts().create(twilioProfile.id, text(), recipients(10), outsideTandem()).value();
        const qint64 metaBroadcast = m_worker->outbox()
                                         .broadcasts()
                                         .create(metaProfile.id, text(), recipients(10, u"666"_s), outsideTandem())
                                         .value();
        // Nothing is polled here, so a delivered row waits for its read report: wait for the last state itself.
        QTRY_COMPARE_WITH_TIMEOUT(
            m_worker->outbox().broadcasts().counts(twilioBroadcast).value().value(OutboxState::Read), 10, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(
            m_worker->outbox().broadcasts().counts(metaBroadcast).value().value(OutboxState::Read), 9, 20000);
        const QHash<OutboxState, int> metaCounts = m_worker->outbox().broadcasts().counts(metaBroadcast).value();
        QCOMPARE(metaCounts.value(OutboxState::Read), 9);
        QCOMPARE(metaCounts.value(OutboxState::Failed), 1);

        QSqlQuery q(m_db.connection());
        QVERIFY(q.exec(u"SELECT SUM(polls) FROM outbox"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QVERIFY(q.exec(u"SELECT COUNT(*), SUM(applied) FROM webhook_events"_s) && q.next());
        // Twilio: sent, delivered, read for each; Meta: the same, and one failure.
        QCOMPARE(q.value(0).toInt(), 10 * 3 + 9 * 3 + 1);
        QCOMPARE(q.value(1).toInt(), q.value(0).toInt());
        QVERIFY(q.exec(u"SELECT COUNT(*) FROM outbox WHERE profile_id = %1 AND pricing_category = 'service'"_s.arg(
                    metaProfile.id))
            && q.next());
        QCOMPARE(q.value(0).toInt(), 9);
        QVERIFY(q.exec(u"SELECT error_explanation FROM outbox WHERE state = 'failed'"_s) && q.next());
        QVERIFY2(q.value(0).toString().contains(u"WhatsApp"_s), qPrintable(q.value(0).toString()));
        QCOMPARE(m_sandbox.state().statsJson().value(u"callbacks_refused"_s).toInt(), 0);
    }

private:
    Profile save(Profile profile, const QHash<QString, QString>& secrets)
    {
        profile.settings.insert(u"rate_per_second"_s, u"0"_s);
        return saveSender(*m_service, std::move(profile), secrets);
    }
    qint64 addProfile(Profile profile, const QHash<QString, QString>& secrets)
    {
        return save(std::move(profile), secrets).id;
    }

    void startWorker(const OutboxWorker::Options& options)
    {
        m_worker = std::make_unique<OutboxWorker>(m_db, m_registry, *m_service, options);
        m_worker->start();
    }

    // Rows whose story is told: read, failed, or delivered and no longer asked about.
    int settled(qint64 broadcastId)
    {
        QSqlQuery q(m_db.connection());
        q.prepare(u"SELECT COUNT(*) FROM outbox WHERE broadcast_id = ? AND (state IN ('read', 'failed') OR "
                  "(state = 'delivered' AND next_poll_at > ?))"_s);
        q.addBindValue(broadcastId);
        q.addBindValue(QDateTime::currentMSecsSinceEpoch() + 2000);
        return q.exec() && q.next() ? q.value(0).toInt() : -1;
    }

    static ProviderResult waitFor(ProviderJob* job)
    {
        QSignalSpy finished(job, &ProviderJob::finished);
        if (!finished.wait(10000))
            return {};
        return finished.first().first().value<ProviderResult>();
    }

    SandboxServer m_sandbox;
    QTemporaryDir m_dir;
    int m_counter = 0;
    Database m_db;
    const ProviderRegistry m_registry = ProviderRegistry::builtin();
    MemorySecretStore m_secrets;
    std::unique_ptr<ProfileRepository> m_profiles;
    std::unique_ptr<ProfileService> m_service;
    std::unique_ptr<WebhookServer> m_receiver;
    std::unique_ptr<OutboxWorker> m_worker;
};

QTEST_GUILESS_MAIN(TestDeliveryLoop)
#include "tst_deliveryloop.moc"
