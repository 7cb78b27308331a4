// The dispatcher over real HTTP to the sandbox: with injected 5xx, 429 and dropped connections every recipient is
// accepted exactly once (the sandbox's per-recipient counts prove it); pacing holds the rate; an authentication
// failure pauses the broadcast until resumed; a chosen failure class moves rows to the backup sender.
#include "fakes/sandboxprofiles.h"
#include "outbox/dispatcher.h"
#include "profiles/profileservice.h"
#include "providers/providerregistry.h"
#include "sandbox/sandboxserver.h"
#include "secrets/memorysecretstore.h"
#include "storage/database.h"
#include "storage/profilerepository.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QList<Recipient> recipients(int n)
{
    QList<Recipient> list;
    for (int i = 0; i < n; ++i)
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

class TestDispatcher : public QObject
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
        QVERIFY(m_db.open(m_dir.filePath(u"dispatch-%1.sqlite"_s.arg(++m_counter))).isOk());
        m_profiles = std::make_unique<ProfileRepository>(m_db, m_registry);
        m_service = std::make_unique<ProfileService>(*m_profiles, m_registry, m_secrets);
        m_outbox = std::make_unique<Outbox>(m_db);
        m_pool = std::make_unique<SenderPool>(*m_profiles, *m_service, m_registry, &RateLimiter::steadyClock);
    }
    void cleanup()
    {
        m_pool.reset();
        m_outbox.reset();
        m_service.reset();
        m_profiles.reset();
        m_db.close();
    }

    void everyRecipientOnceDespiteFaults()
    {
        const qint64 meta = addProfile(
            metaSandboxProfile(m_sandbox.baseUrl()), metaSandboxSecrets(), {{u"rate_per_second"_s, u"0"_s}});
        m_sandbox.configure({{u"chaos"_s,
            QJsonObject {{u"http_5xx"_s, 0.10}, {u"http_429"_s, 0.05}, {u"retry_after"_s, 0}, {u"drop"_s, 0.03},
                {u"seed"_s, 7}}}});
        const qint64 id = m_outbox->createBroadcast(meta, text(), recipients(600)).value();
        Dispatcher dispatcher(*m_outbox, *m_pool, fastRetries());
        dispatcher.start();
        QTRY_COMPARE_WITH_TIMEOUT(m_outbox->broadcast(id).value().state, Broadcast::State::Finished, 60000);

        const QHash<OutboxState, int> counts = m_outbox->counts(id).value();
        QCOMPARE(counts.value(OutboxState::Accepted), 600);
        for (const Recipient& r : recipients(600))
            QCOMPARE(m_sandbox.state().acceptedFor(r.phone), 1);
        const QJsonObject stats = m_sandbox.state().statsJson();
        QVERIFY2(stats.value(u"requests"_s).toInt() > 650, "faults were injected and retried");
        // Every attempt is on record. (The sandbox may count more requests than attempts: Qt re-sends a request
        // once by itself when a kept-alive connection closes before any answer.)
        QSqlQuery q(m_db.connection());
        QVERIFY(q.exec(u"SELECT COUNT(*) FROM outbox o WHERE o.attempts != (SELECT COUNT(*) FROM outbox_attempts a "
                       "WHERE a.outbox_id = o.id)"_s)
            && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QVERIFY(q.exec(u"SELECT COUNT(*) FROM outbox_attempts"_s) && q.next());
        QVERIFY(q.value(0).toInt() > 600);
    }

    void sendersClearedMidFlightStillReportEveryOutcome()
    {
        // The owner edits a sender while a broadcast is going out: the pool drops its providers, but the
        // requests already sent must still come back and be recorded, not vanish with them.
        const qint64 meta = addProfile(
            metaSandboxProfile(m_sandbox.baseUrl()), metaSandboxSecrets(), {{u"rate_per_second"_s, u"0"_s}});
        m_sandbox.configure({{u"latency_ms"_s, 300}});
        const qint64 id = m_outbox->createBroadcast(meta, text(), recipients(40)).value();
        Dispatcher dispatcher(*m_outbox, *m_pool, fastRetries());
        dispatcher.start();
        QTRY_VERIFY(dispatcher.inFlight() > 0);
        m_pool->clear();
        QTRY_COMPARE_WITH_TIMEOUT(m_outbox->broadcast(id).value().state, Broadcast::State::Finished, 20000);
        const QHash<OutboxState, int> counts = m_outbox->counts(id).value();
        QCOMPARE(counts.value(OutboxState::Accepted), 40);
        QCOMPARE(counts.value(OutboxState::Sending), 0);
        QCOMPARE(dispatcher.inFlight(), 0);
        for (const Recipient& r : recipients(40))
            QCOMPARE(m_sandbox.state().acceptedFor(r.phone), 1);
    }

    void permanentFailuresFailAtOnceWithTheirReason()
    {
        const qint64 meta = addProfile(
            metaSandboxProfile(m_sandbox.baseUrl()), metaSandboxSecrets(), {{u"rate_per_second"_s, u"0"_s}});
        m_sandbox.configure({{u"recipients"_s,
            QJsonObject {{u"+14155550003"_s, QJsonObject {{u"kind"_s, u"provider_error"_s}, {u"code"_s, 131026}}}}}});
        const qint64 id = m_outbox->createBroadcast(meta, text(), recipients(10)).value();
        Dispatcher dispatcher(*m_outbox, *m_pool, fastRetries());
        dispatcher.start();
        QTRY_COMPARE_WITH_TIMEOUT(m_outbox->broadcast(id).value().state, Broadcast::State::Finished, 20000);
        const QList<OutboxRow> failed = m_outbox->rows(id, OutboxState::Failed).value();
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().recipient, u"+14155550003"_s);
        QCOMPARE(failed.first().attempts, 1);
        QCOMPARE(failed.first().errorClass, u"invalid_recipient"_s);
        QVERIFY(failed.first().errorExplanation.contains(u"not on WhatsApp"_s));
        QCOMPARE(m_outbox->counts(id).value().value(OutboxState::Accepted), 9);
    }

    void pacingHoldsTheRate()
    {
        const qint64 meta = addProfile(
            metaSandboxProfile(m_sandbox.baseUrl()), metaSandboxSecrets(), {{u"rate_per_second"_s, u"20"_s}});
        const qint64 id = m_outbox->createBroadcast(meta, text(), recipients(50)).value();
        Dispatcher dispatcher(*m_outbox, *m_pool, fastRetries());
        QElapsedTimer timer;
        timer.start();
        dispatcher.start();
        QTRY_COMPARE_WITH_TIMEOUT(m_outbox->broadcast(id).value().state, Broadcast::State::Finished, 20000);
        // 50 at 20/s: about 2.5 s, never faster than the bucket allows.
        QVERIFY2(timer.elapsed() >= 2300, qPrintable(QString::number(timer.elapsed())));
        QVERIFY2(m_sandbox.state().statsJson().value(u"max_per_second"_s).toInt() <= 21,
            qPrintable(QString::number(m_sandbox.state().statsJson().value(u"max_per_second"_s).toInt())));
    }

    void authenticationPausesUntilResumed()
    {
        QHash<QString, QString> wrong = {{u"access_token"_s, u"EAAexpiredexpiredexpired000"_s}};
        const qint64 meta
            = addProfile(metaSandboxProfile(m_sandbox.baseUrl()), wrong, {{u"rate_per_second"_s, u"0"_s}});
        const qint64 id = m_outbox->createBroadcast(meta, text(), recipients(20)).value();
        Dispatcher dispatcher(*m_outbox, *m_pool, fastRetries());
        dispatcher.start();
        QTRY_COMPARE_WITH_TIMEOUT(m_outbox->broadcast(id).value().state, Broadcast::State::Paused, 10000);
        QVERIFY(m_outbox->broadcast(id).value().pauseReason.contains(u"access token"_s));
        QTRY_COMPARE(dispatcher.inFlight(), 0);
        QTest::qWait(300);
        QHash<OutboxState, int> counts = m_outbox->counts(id).value();
        QCOMPARE(counts.value(OutboxState::Failed), 0); // nothing is lost to a wrong token
        QCOMPARE(counts.value(OutboxState::Queued), 20);
        QCOMPARE(m_sandbox.state().acceptedTotal(), 0);

        // The owner fixes the token and resumes.
        ProfileJob* fix = m_service->update(m_profiles->find(meta).value(), metaSandboxSecrets());
        QSignalSpy fixed(fix, &ProfileJob::finished);
        QVERIFY(fixed.wait(5000));
        m_pool->clear();
        QVERIFY(m_outbox->resume(id).isOk());
        QTRY_COMPARE_WITH_TIMEOUT(m_outbox->broadcast(id).value().state, Broadcast::State::Finished, 10000);
        QCOMPARE(m_outbox->counts(id).value().value(OutboxState::Accepted), 20);
        const QList<OutboxRow> accepted = m_outbox->rows(id, OutboxState::Accepted).value();
        for (const OutboxRow& r : accepted)
            QCOMPARE(r.attempts, 1); // the paused attempts did not count
    }

    void aSenderWhoseTokenCannotBeReadPausesWithTheReason()
    {
        const qint64 meta = addProfile(metaSandboxProfile(m_sandbox.baseUrl()), metaSandboxSecrets(), {});
        const qint64 id = m_outbox->createBroadcast(meta, text(), recipients(3)).value();
        m_secrets.setFailure(SecretResult::Error::Denied);
        Dispatcher dispatcher(*m_outbox, *m_pool, fastRetries());
        dispatcher.start();
        QTRY_COMPARE_WITH_TIMEOUT(m_outbox->broadcast(id).value().state, Broadcast::State::Paused, 5000);
        QCOMPARE(m_outbox->broadcast(id).value().pauseReason, u"simulated keychain failure"_s);
        QCOMPARE(m_outbox->counts(id).value().value(OutboxState::Queued), 3);
        m_secrets.setFailure(SecretResult::Error::None);
        QVERIFY(m_outbox->resume(id).isOk());
        QTRY_COMPARE_WITH_TIMEOUT(m_outbox->broadcast(id).value().state, Broadcast::State::Finished, 10000);
        QCOMPARE(m_outbox->counts(id).value().value(OutboxState::Accepted), 3);
    }

    void chosenFailuresMoveToTheBackupSender()
    {
        Profile twilio = twilioSandboxProfile(m_sandbox.baseUrl());
        twilio.name = u"Backup"_s;
        const qint64 backup = addProfile(twilio, twilioSandboxSecrets(), {{u"rate_per_second"_s, u"0"_s}});
        const qint64 meta = addProfile(metaSandboxProfile(m_sandbox.baseUrl()), metaSandboxSecrets(),
            {{u"rate_per_second"_s, u"0"_s}, {u"backup_profile"_s, u"Backup"_s},
                {u"fallback_classes"_s, u"policy_blocked"_s}});
        // Meta holds back one customer's message (an experiment); the second try, through Twilio, goes out.
        m_sandbox.configure({{u"recipients"_s,
            QJsonObject {{u"+14155550002"_s,
                QJsonObject {{u"kind"_s, u"provider_error"_s}, {u"code"_s, 130472}, {u"times"_s, 1}}}}}});
        const qint64 id = m_outbox->createBroadcast(meta, text(), recipients(5)).value();
        Dispatcher dispatcher(*m_outbox, *m_pool, fastRetries());
        dispatcher.start();
        QTRY_COMPARE_WITH_TIMEOUT(m_outbox->broadcast(id).value().state, Broadcast::State::Finished, 20000);
        QCOMPARE(m_outbox->counts(id).value().value(OutboxState::Accepted), 5);
        QSqlQuery q(m_db.connection());
        QVERIFY(q.exec(
            u"SELECT a.profile_id, a.outcome, o.profile_id, o.provider_message_id FROM outbox_attempts a "
            "JOIN outbox o ON o.id = a.outbox_id WHERE o.recipient = '+14155550002' ORDER BY a.at, a.attempt"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), meta);
        QCOMPARE(q.value(1).toString(), u"policy_blocked"_s);
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), backup);
        QCOMPARE(q.value(1).toString(), u"accepted"_s);
        QCOMPARE(q.value(2).toLongLong(), backup);
        QVERIFY(q.value(3).toString().startsWith(u"SM"_s));
    }

    void cancelStopsTheRestWithinASecond()
    {
        const qint64 meta = addProfile(
            metaSandboxProfile(m_sandbox.baseUrl()), metaSandboxSecrets(), {{u"rate_per_second"_s, u"10"_s}});
        const qint64 id = m_outbox->createBroadcast(meta, text(), recipients(100)).value();
        Dispatcher dispatcher(*m_outbox, *m_pool, fastRetries());
        dispatcher.start();
        QTRY_VERIFY_WITH_TIMEOUT(m_sandbox.state().acceptedTotal() >= 5, 10000);
        QVERIFY(m_outbox->cancel(id).isOk());
        const qint64 atCancel = m_sandbox.state().acceptedTotal();
        QTest::qWait(1000);
        QVERIFY2(m_sandbox.state().acceptedTotal() <= atCancel + 2, "rows already on their way may still land");
        QVERIFY(m_outbox->counts(id).value().value(OutboxState::Cancelled) >= 90);
        QSignalSpy stopped(&dispatcher, &Dispatcher::stopped);
        dispatcher.stop();
        QVERIFY(stopped.count() == 1 || stopped.wait(5000));
    }

private:
    static Dispatcher::Options fastRetries()
    {
        Dispatcher::Options options;
        options.retry.baseDelayMs = 20; // retries in milliseconds, so the test runs quickly
        options.retry.maxAttempts = 12;
        options.idlePollMs = 50;
        return options;
    }

    qint64 addProfile(Profile p, const QHash<QString, QString>& secrets, const QVariantMap& extra)
    {
        p.id = 0;
        for (auto it = extra.cbegin(); it != extra.cend(); ++it)
            p.settings.insert(it.key(), it.value());
        ProfileJob* job = m_service->create(p, secrets);
        QSignalSpy done(job, &ProfileJob::finished);
        done.wait(5000);
        const ProfileOutcome outcome = done.first().first().value<ProfileOutcome>();
        if (!outcome.status.isOk())
            qFatal("%s", qPrintable(outcome.status.error()));
        return outcome.profile.id;
    }

    SandboxServer m_sandbox;
    QTemporaryDir m_dir;
    int m_counter = 0;
    Database m_db;
    const ProviderRegistry m_registry = ProviderRegistry::builtin();
    MemorySecretStore m_secrets;
    std::unique_ptr<ProfileRepository> m_profiles;
    std::unique_ptr<ProfileService> m_service;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<SenderPool> m_pool;
};

QTEST_GUILESS_MAIN(TestDispatcher)
#include "tst_dispatcher.moc"
