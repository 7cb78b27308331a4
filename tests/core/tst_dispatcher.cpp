// The dispatcher and reconciler over real HTTP to the sandbox. With injected 5xx every recipient is accepted exactly
// once; with connections that close or hang after the provider took the message, Twilio rows are settled by asking
// Twilio and Meta rows wait for the owner, and the sandbox's per-recipient counts prove nobody got it twice. Rate
// limits slow a sender without failing rows; two workers on one database share a sender's pace and take over from
// each other; pacing, authentication pauses and fallback to a backup sender work as the owner expects.
#include "fakes/outsidetandem.h"
#include "fakes/sandboxprofiles.h"
#include "fakes/testdatabase.h"
#include "migration/sendermove.h"
#include "outbox/dispatcher.h"
#include "outbox/senderleases.h"
#include "profiles/profilerepository.h"
#include "profiles/profileservice.h"
#include "providers/providerregistry.h"
#include "sandbox/sandboxserver.h"
#include "secrets/memorysecretstore.h"
#include "storage/database.h"
#include "worker/outboxworker.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QList<Recipient> recipients(int n, int first = 0)
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
        QVERIFY(m_db.open(testDatabase(m_dir, u"dispatch-%1"_s.arg(++m_counter))).isOk());
        m_profiles = std::make_unique<ProfileRepository>(m_db, m_registry);
        m_service = std::make_unique<ProfileService>(*m_profiles, m_registry, m_secrets);
        m_outbox = std::make_unique<Outbox>(m_db);
        m_leases = std::make_unique<SenderLeases>(m_db);
        m_pool = std::make_unique<SenderPool>(*m_profiles, *m_service, m_registry, &RateLimiter::steadyClock);
    }
    void cleanup()
    {
        m_pool.reset();
        m_leases.reset();
        m_outbox.reset();
        m_service.reset();
        m_profiles.reset();
        m_db.close();
    }

    void transientFailuresAreRetriedUntilEveryRecipientHasItOnce()
    {
        const qint64 meta = addProfile(
            metaSandboxProfile(m_sandbox.baseUrl()), metaSandboxSecrets(), {{u"rate_per_second"_s, u"0"_s}});
        m_sandbox.configure({{u"chaos"_s, QJsonObject {{u"http_5xx"_s, 0.15}, {u"seed"_s, 7}}}});
        const qint64 id = m_outbox->broadcasts().create(meta, text(), recipients(600), outsideTandem()).value();
        Dispatcher dispatcher(*m_outbox, *m_leases, *m_pool, m_db, fastRetries());
        dispatcher.start();
        QTRY_COMPARE_WITH_TIMEOUT(m_outbox->broadcasts().find(id).value().state, Broadcast::State::Finished, 60000);

        const QHash<OutboxState, int> counts = m_outbox->broadcasts().counts(id).value();
        QCOMPARE(counts.value(OutboxState::Accepted), 600);
        for (const Recipient& r : recipients(600))
            QCOMPARE(m_sandbox.state().acceptedFor(r.phone), 1);
        const QJsonObject stats = m_sandbox.state().statsJson();
        QVERIFY2(stats.value(u"requests"_s).toInt() > 650, "faults were injected and retried");
        // Every attempt is on record, and every request the sandbox saw was one of them: nothing was sent behind
        // the outbox's back.
        QSqlQuery q(m_db.connection());
        QVERIFY(q.exec(u"SELECT COUNT(*) FROM outbox o WHERE o.attempts != (SELECT COUNT(*) FROM outbox_attempts a "
                       "WHERE a.outbox_id = o.id)"_s)
            && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QVERIFY(q.exec(u"SELECT COUNT(*) FROM outbox_attempts"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), stats.value(u"requests"_s).toInt());
    }

    // A number moves to 360dialog while its broadcast is being sent: the rows not sent yet go through the new sender,
    // those in flight finish through the old one, and every customer gets the message exactly once.
    void aBroadcastMovedWhileSendingReachesEveryoneOnce()
    {
        const qint64 twilio = addProfile(
            twilioSandboxProfile(m_sandbox.baseUrl()), twilioSandboxSecrets(), {{u"rate_per_second"_s, u"100"_s}});
        Profile d360;
        d360.name = u"Shop on 360dialog"_s;
        d360.kind = u"360dialog"_s;
        d360.settings = {{u"default_region"_s, u"US"_s}, {u"api_base"_s, m_sandbox.baseUrl().toString()}};
        const qint64 next = addProfile(d360, {{u"api_key"_s, QString::fromUtf16(SandboxAccounts::dialog360ApiKey)}},
            {{u"rate_per_second"_s, u"0"_s}});
        const qint64 id = m_outbox->broadcasts().create(twilio, text(), recipients(400), outsideTandem()).value();
        Dispatcher dispatcher(*m_outbox, *m_leases, *m_pool, m_db, fastRetries());
        dispatcher.start();
        QTRY_VERIFY_WITH_TIMEOUT(m_sandbox.state().messages(u"twilio"_s).size() >= 50, 20000);

        SenderMove move(m_db, m_registry);
        const qint64 moveId = move.open(twilio, next).value().id;
        QVERIFY(move.confirmNumberWorks(moveId).isOk());
        const Result<SenderMove::Record> moved = move.moveBroadcasts(moveId);
        QVERIFY2(moved.isOk(), qPrintable(moved.error()));
        QVERIFY(move.finish(moveId).isOk());
        QTRY_COMPARE_WITH_TIMEOUT(m_outbox->broadcasts().find(id).value().state, Broadcast::State::Finished, 60000);

        QCOMPARE(m_outbox->broadcasts().counts(id).value().value(OutboxState::Accepted), 400);
        for (const Recipient& r : recipients(400))
            QCOMPARE(m_sandbox.state().acceptedFor(r.phone), 1);
        const int throughTwilio = int(m_sandbox.state().messages(u"twilio"_s).size());
        const int through360 = int(m_sandbox.state().messages(u"360dialog"_s).size());
        QVERIFY2(throughTwilio >= 50 && through360 > 0 && throughTwilio + through360 == 400,
            qPrintable(u"%1 + %2"_s.arg(throughTwilio).arg(through360)));
        QCOMPARE(through360, moved.value().movedRows);
        qInfo("moved mid-broadcast: %d through Twilio, %d through 360dialog", throughTwilio, through360);
    }

    // The chaos an unreliable network brings: Twilio takes every message, but one in ten connections closes before
    // its answer, some hang until the timeout, some close before Twilio could take the message. Nobody may get
    // the message twice, and nobody may be left out: Tandem asks Twilio about every unanswered send.
    void twilioUnansweredSendsAreSettledByAskingTwilio()
    {
        const qint64 twilio = addProfile(
            twilioSandboxProfile(m_sandbox.baseUrl()), twilioSandboxSecrets(), {{u"rate_per_second"_s, u"0"_s}});
        // Each fault strikes a recipient's first request only, so the one resend Tandem allows itself goes through.
        QJsonObject faults;
        for (int i = 0; i < 600; ++i) {
            const QString kind = i % 10 == 3 ? u"drop_after_accept"_s
                : i % 50 == 7                ? u"hang_after_accept"_s
                : i % 50 == 17               ? u"hang"_s
                : i % 25 == 9                ? u"drop"_s
                : i % 20 == 11               ? u"http_5xx"_s
                                             : QString();
            if (!kind.isEmpty())
                faults.insert(recipients(1, i).first().phone, QJsonObject {{u"kind"_s, kind}, {u"times"_s, 1}});
        }
        m_sandbox.configure({{u"recipients"_s, faults}});
        const qint64 id = m_outbox->broadcasts().create(twilio, text(), recipients(600), outsideTandem()).value();
        OutboxWorker worker(m_db, m_registry, *m_service, chaosWorker());
        worker.start();
        QTRY_VERIFY_WITH_TIMEOUT(settled(id, 600), 90000);

        const QHash<OutboxState, int> counts = m_outbox->broadcasts().counts(id).value();
        QCOMPARE(counts.value(OutboxState::Accepted), 600);
        for (const Recipient& r : recipients(600))
            QCOMPARE(m_sandbox.state().acceptedFor(r.phone), 1);
        // Both ways were taken: rows found at Twilio under the SID it gave, and rows sent once more because
        // Twilio never had them.
        QSqlQuery q(m_db.connection());
        QVERIFY(q.exec(u"SELECT COUNT(*) FROM outbox WHERE resends = 1"_s) && q.next());
        const int resent = q.value(0).toInt();
        // The hangs and drops before Twilio took them; on a loaded machine a request may also reach its timeout
        // before the sandbox takes it, and is rightly sent once more (each recipient still got one message, above).
        QVERIFY2(resent >= 12 + 24 && resent <= 12 + 24 + 6, qPrintable(QString::number(resent)));
        QVERIFY(q.exec(u"SELECT COUNT(*) FROM outbox o WHERE state = 'accepted' AND resends = 0 AND EXISTS (SELECT 1 "
                       "FROM outbox_attempts a WHERE a.outbox_id = o.id AND a.outcome = 'ambiguous')"_s)
            && q.next());
        // Closed or hung after Twilio took them: found, not sent again (and, loaded, a timeout or two more).
        QVERIFY2(q.value(0).toInt() >= 60 + 12 && q.value(0).toInt() <= 60 + 12 + 6, qPrintable(q.value(0).toString()));
        for (const OutboxRow& r : rowsIn(id, OutboxState::Accepted))
            QVERIFY(m_sandbox.state().message(r.providerMessageId).has_value());
        stopWorker(worker);
    }

    // Meta cannot be asked what it took: unanswered rows wait as unconfirmed, with the reason, for the owner.
    void metaUnansweredSendsWaitForTheOwner()
    {
        const qint64 meta = addProfile(
            metaSandboxProfile(m_sandbox.baseUrl()), metaSandboxSecrets(), {{u"rate_per_second"_s, u"0"_s}});
        m_sandbox.configure({{u"chaos"_s,
            QJsonObject {
                {u"drop"_s, 0.03}, {u"drop_after_accept"_s, 0.10}, {u"hang_after_accept"_s, 0.03}, {u"seed"_s, 5}}}});
        const qint64 id = m_outbox->broadcasts().create(meta, text(), recipients(300), outsideTandem()).value();
        OutboxWorker worker(m_db, m_registry, *m_service, chaosWorker());
        worker.start();
        QTRY_COMPARE_WITH_TIMEOUT(m_outbox->broadcasts().find(id).value().state, Broadcast::State::Finished, 60000);

        const QList<OutboxRow> unconfirmed = m_outbox->reads().rows(id, OutboxState::Unconfirmed).value();
        QVERIFY2(unconfirmed.size() > 20, qPrintable(QString::number(unconfirmed.size())));
        QCOMPARE(m_outbox->broadcasts().counts(id).value().value(OutboxState::Accepted), 300 - int(unconfirmed.size()));
        for (const Recipient& r : recipients(300))
            QVERIFY(m_sandbox.state().acceptedFor(r.phone) <= 1);
        int taken = 0;
        for (const OutboxRow& r : unconfirmed) {
            QVERIFY2(
                r.unconfirmedReason.contains(u"cannot tell whether it went out"_s), qPrintable(r.unconfirmedReason));
            taken += m_sandbox.state().acceptedFor(r.recipient);
        }
        QVERIFY2(taken > 0 && taken < unconfirmed.size(), "some reached Meta, some did not");

        // The owner drops the ones the customers told them they got, and resends the rest.
        for (const OutboxRow& r : unconfirmed) {
            const bool arrived = m_sandbox.state().acceptedFor(r.recipient) == 1;
            QVERIFY(m_outbox->unconfirmed()
                        .resolve(r.id, arrived ? Outbox::Resolution::Drop : Outbox::Resolution::Resend)
                        .isOk());
        }
        m_sandbox.configure({{u"chaos"_s, QJsonObject {}}});
        QTRY_COMPARE_WITH_TIMEOUT(m_outbox->broadcasts().find(id).value().state, Broadcast::State::Finished, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(m_outbox->broadcasts().counts(id).value().value(OutboxState::Unconfirmed), 0, 20000);
        for (const Recipient& r : recipients(300))
            QCOMPARE(m_sandbox.state().acceptedFor(r.phone), 1);
        QCOMPARE(m_outbox->broadcasts().counts(id).value().value(OutboxState::Cancelled), taken);
        stopWorker(worker);
    }

    // A sender may allow Tandem to resend unconfirmed Meta rows itself after some minutes (the owner accepts that a
    // customer may get it twice). Off by default.
    void metaAutomaticResendOnlyWhenTheSenderAllowsIt()
    {
        const qint64 allowed = addProfile(metaSandboxProfile(m_sandbox.baseUrl()), metaSandboxSecrets(),
            {{u"rate_per_second"_s, u"0"_s}, {u"resend_unconfirmed_after_minutes"_s, u"5"_s}});
        Profile other = metaSandboxProfile(m_sandbox.baseUrl());
        other.name = u"Second shop"_s;
        const qint64 off = addProfile(other, metaSandboxSecrets(), {{u"rate_per_second"_s, u"0"_s}});
        m_sandbox.configure({{u"chaos"_s, QJsonObject {{u"hang"_s, 1.0}}}});
        const qint64 a = m_outbox->broadcasts().create(allowed, text(), recipients(3), outsideTandem()).value();
        const qint64 b = m_outbox->broadcasts().create(off, text(), recipients(3, 100), outsideTandem()).value();
        OutboxWorker worker(m_db, m_registry, *m_service, chaosWorker());
        worker.start();
        QTRY_COMPARE_WITH_TIMEOUT(m_outbox->broadcasts().counts(a).value().value(OutboxState::Unconfirmed), 3, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(m_outbox->broadcasts().counts(b).value().value(OutboxState::Unconfirmed), 3, 20000);
        m_sandbox.configure({{u"chaos"_s, QJsonObject {}}});
        // Six minutes pass for both broadcasts' attempts.
        QSqlQuery q(m_db.connection());
        QVERIFY(q.exec(u"UPDATE outbox SET claimed_at = claimed_at - 360000, next_attempt_at = 0"_s));
        worker.reconciler().checkSoon();
        QTRY_COMPARE_WITH_TIMEOUT(m_outbox->broadcasts().counts(a).value().value(OutboxState::Accepted), 3, 20000);
        QTest::qWait(500);
        QCOMPARE(m_outbox->broadcasts().counts(b).value().value(OutboxState::Unconfirmed), 3);
        for (const OutboxRow& r : rowsIn(a, OutboxState::Accepted))
            QCOMPARE(r.resends, 1);
        stopWorker(worker);
    }

    // The provider says "too many requests": the sender slows down, and no row fails or uses up its attempts.
    void rateLimitsSlowTheSenderDownWithoutFailingRows()
    {
        const qint64 meta = addProfile(
            metaSandboxProfile(m_sandbox.baseUrl()), metaSandboxSecrets(), {{u"rate_per_second"_s, u"80"_s}});
        m_sandbox.configure({{u"rate_limit"_s, 25}});
        const qint64 id = m_outbox->broadcasts().create(meta, text(), recipients(150), outsideTandem()).value();
        Dispatcher::Options options = fastRetries();
        options.retry.maxAttempts = 2; // a rate limit must not use these up
        Dispatcher dispatcher(*m_outbox, *m_leases, *m_pool, m_db, options);
        dispatcher.start();
        QTRY_COMPARE_WITH_TIMEOUT(m_outbox->broadcasts().find(id).value().state, Broadcast::State::Finished, 60000);
        QCOMPARE(m_outbox->broadcasts().counts(id).value().value(OutboxState::Accepted), 150);
        QCOMPARE(m_outbox->broadcasts().counts(id).value().value(OutboxState::Failed), 0);
        for (const OutboxRow& r : rowsIn(id, OutboxState::Accepted))
            QCOMPARE(r.attempts, 1);
        QSqlQuery q(m_db.connection());
        QVERIFY(q.exec(u"SELECT COUNT(*) FROM outbox_attempts WHERE outcome = 'rate_limited'"_s) && q.next());
        const int throttled = q.value(0).toInt();
        QVERIFY2(throttled > 0, "the sandbox refused some");
        // Without slowing down, an 80/s sender against a 25/s limit is refused about two times in three.
        QVERIFY2(throttled < 150, qPrintable(QString::number(throttled)));
        for (const Recipient& r : recipients(150))
            QCOMPARE(m_sandbox.state().acceptedFor(r.phone), 1);
    }

    // Two Tandems on one database, both told to send: one sends for the sender at a time, at its pace; when it is
    // killed, the other takes over once its lease runs out, and the rows it had in flight are settled with Twilio.
    void twoWorkersShareOneSenderAndTakeOverFromADeadOne()
    {
        const qint64 twilio = addProfile(
            twilioSandboxProfile(m_sandbox.baseUrl()), twilioSandboxSecrets(), {{u"rate_per_second"_s, u"40"_s}});
        m_sandbox.configure({{u"latency_ms"_s, 150}});
        const qint64 id = m_outbox->broadcasts().create(twilio, text(), recipients(200), outsideTandem()).value();
        Database second;
        QVERIFY(second.open(m_db.path()).isOk());
        OutboxWorker::Options options = chaosWorker();
        options.dispatcher.leaseMs = 1500;
        options.dispatcher.heartbeatMs = 300;
        auto first = std::make_unique<OutboxWorker>(m_db, m_registry, *m_service, options);
        OutboxWorker other(second, m_registry, *m_service, options);
        first->start();
        QTRY_VERIFY_WITH_TIMEOUT(first->dispatcher().inFlight() > 0, 5000);
        other.start();
        QTRY_VERIFY_WITH_TIMEOUT(m_sandbox.state().acceptedTotal() >= 60, 20000);
        QCOMPARE(other.dispatcher().ownedSenders(), QList<qint64>());
        QCOMPARE(first->dispatcher().ownedSenders(), QList<qint64>({twilio}));
        // Killed mid-broadcast: requests in flight, nothing released.
        QVERIFY(first->dispatcher().inFlight() > 0);
        first.reset();
        QTRY_COMPARE_WITH_TIMEOUT(other.dispatcher().ownedSenders(), QList<qint64>({twilio}), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(settled(id, 200), 60000);
        QCOMPARE(m_outbox->broadcasts().counts(id).value().value(OutboxState::Accepted), 200);
        for (const Recipient& r : recipients(200))
            QCOMPARE(m_sandbox.state().acceptedFor(r.phone), 1);
        // The pace held: never more than 40 in one second, with two workers on the database.
        QVERIFY2(m_sandbox.state().statsJson().value(u"max_per_second"_s).toInt() <= 40,
            qPrintable(QString::number(m_sandbox.state().statsJson().value(u"max_per_second"_s).toInt())));
        stopWorker(other);
        second.close();
    }

    // Two computers share the database; only the server's keychain holds the sender's token. The desktop leaves the
    // sender alone (no lease, no pause), and the server sends everything.
    void aComputerWithoutTheTokenLeavesTheSenderToOneWithIt()
    {
        const qint64 meta = addProfile(
            metaSandboxProfile(m_sandbox.baseUrl()), metaSandboxSecrets(), {{u"rate_per_second"_s, u"0"_s}});
        const qint64 id = m_outbox->broadcasts().create(meta, text(), recipients(20), outsideTandem()).value();
        // The desktop: the same database, an empty keychain.
        MemorySecretStore emptyKeychain;
        ProfileService desktopService(*m_profiles, m_registry, emptyKeychain);
        SenderPool desktopPool(*m_profiles, desktopService, m_registry, &RateLimiter::steadyClock);
        Dispatcher desktop(*m_outbox, *m_leases, desktopPool, m_db, fastRetries());
        desktop.start();
        QTRY_VERIFY(desktopPool.get(meta) != nullptr);
        QVERIFY(desktopPool.get(meta)->tokenMissing);
        QVERIFY(desktopPool.get(meta)->error.contains(u"keychain"_s));
        QTest::qWait(500);
        QCOMPARE(m_outbox->broadcasts().find(id).value().state, Broadcast::State::Running); // not paused
        QCOMPARE(m_outbox->broadcasts().counts(id).value().value(OutboxState::Queued), 20);
        QVERIFY(desktop.ownedSenders().isEmpty());
        // The server has the token.
        Dispatcher server(*m_outbox, *m_leases, *m_pool, m_db, fastRetries());
        server.start();
        QTRY_COMPARE_WITH_TIMEOUT(m_outbox->broadcasts().find(id).value().state, Broadcast::State::Finished, 20000);
        QCOMPARE(m_outbox->broadcasts().counts(id).value().value(OutboxState::Accepted), 20);
        QCOMPARE(server.ownedSenders(), QList<qint64> {meta});
        desktop.stop();
        server.stop();
    }

    // The token is added on this computer while the worker runs (tandem-cli profile set beside tandem-cli serve):
    // the sender without it is looked at again after half a minute, and sends.
    void aTokenAddedLaterIsFoundWithoutARestart()
    {
        const qint64 meta = addProfile(
            metaSandboxProfile(m_sandbox.baseUrl()), metaSandboxSecrets(), {{u"rate_per_second"_s, u"0"_s}});
        MemorySecretStore keychain;
        ProfileService service(*m_profiles, m_registry, keychain);
        qint64 now = 1000;
        SenderPool pool(*m_profiles, service, m_registry, [&now] { return now; });
        QTRY_VERIFY(pool.get(meta) != nullptr);
        QVERIFY(pool.get(meta)->tokenMissing);
        SecretJob* saving = keychain.write(
            SecretStore::profileKey(meta, u"access_token"_s), metaSandboxSecrets().value(u"access_token"_s));
        QSignalSpy saved(saving, &SecretJob::finished);
        QVERIFY(saved.wait(5000));
        now += 29'000;
        QVERIFY(pool.get(meta) && pool.get(meta)->tokenMissing); // not looked at again yet
        now += 1'000;
        QTRY_VERIFY(pool.get(meta) && !pool.get(meta)->tokenMissing);
        QVERIFY(pool.get(meta)->error.isEmpty());
    }

    // The database refuses to record outcomes for a while (disk full, another program's lock): the outcomes wait
    // in memory, the window hears about it, and they are written as soon as the database takes them again.
    void outcomesTheDatabaseRefusedAreRecordedLater()
    {
        const qint64 meta = addProfile(
            metaSandboxProfile(m_sandbox.baseUrl()), metaSandboxSecrets(), {{u"rate_per_second"_s, u"0"_s}});
        const qint64 id = m_outbox->broadcasts().create(meta, text(), recipients(5), outsideTandem()).value();
        QSqlQuery trigger(m_db.connection());
        if (m_db.isPostgres()) {
            QVERIFY(trigger.exec(u"CREATE FUNCTION hold() RETURNS trigger AS $$ BEGIN IF NEW.state = 'accepted' THEN "
                                 "RAISE EXCEPTION 'database or disk is full'; END IF; RETURN NEW; END $$ "
                                 "LANGUAGE plpgsql"_s));
            QVERIFY(trigger.exec(
                u"CREATE TRIGGER hold BEFORE UPDATE OF state ON outbox FOR EACH ROW EXECUTE FUNCTION hold()"_s));
        } else {
            QVERIFY(trigger.exec(u"CREATE TRIGGER hold BEFORE UPDATE OF state ON outbox WHEN NEW.state = 'accepted' "
                                 "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END"_s));
        }
        Dispatcher dispatcher(*m_outbox, *m_leases, *m_pool, m_db, fastRetries());
        QSignalSpy refused(&dispatcher, &Dispatcher::failedToRecord);
        dispatcher.start();
        QTRY_VERIFY_WITH_TIMEOUT(m_sandbox.state().acceptedTotal() == 5 && dispatcher.inFlight() == 0, 10000);
        QTRY_VERIFY(!refused.isEmpty());
        QVERIFY(refused.first().first().toString().contains(u"full"_s));
        QCOMPARE(m_outbox->broadcasts().counts(id).value().value(OutboxState::Sending), 5);
        QVERIFY(trigger.exec(m_db.isPostgres() ? u"DROP TRIGGER hold ON outbox"_s : u"DROP TRIGGER hold"_s));
        // Nothing else happens in the dispatcher now: only its own retry can write them.
        QTRY_COMPARE_WITH_TIMEOUT(m_outbox->broadcasts().counts(id).value().value(OutboxState::Accepted), 5, 10000);
        QCOMPARE(m_sandbox.state().acceptedTotal(), 5);
    }

    void sendersClearedMidFlightStillReportEveryOutcome()
    {
        // The owner edits a sender while a broadcast is going out: the pool drops its providers, but the
        // requests already sent must still come back and be recorded, not vanish with them.
        const qint64 meta = addProfile(
            metaSandboxProfile(m_sandbox.baseUrl()), metaSandboxSecrets(), {{u"rate_per_second"_s, u"0"_s}});
        m_sandbox.configure({{u"latency_ms"_s, 300}});
        const qint64 id = m_outbox->broadcasts().create(meta, text(), recipients(40), outsideTandem()).value();
        Dispatcher dispatcher(*m_outbox, *m_leases, *m_pool, m_db, fastRetries());
        dispatcher.start();
        QTRY_VERIFY(dispatcher.inFlight() > 0);
        m_pool->clear();
        QTRY_COMPARE_WITH_TIMEOUT(m_outbox->broadcasts().find(id).value().state, Broadcast::State::Finished, 20000);
        const QHash<OutboxState, int> counts = m_outbox->broadcasts().counts(id).value();
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
        const qint64 id = m_outbox->broadcasts().create(meta, text(), recipients(10), outsideTandem()).value();
        Dispatcher dispatcher(*m_outbox, *m_leases, *m_pool, m_db, fastRetries());
        dispatcher.start();
        QTRY_COMPARE_WITH_TIMEOUT(m_outbox->broadcasts().find(id).value().state, Broadcast::State::Finished, 20000);
        const QList<OutboxRow> failed = m_outbox->reads().rows(id, OutboxState::Failed).value();
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().recipient, u"+14155550003"_s);
        QCOMPARE(failed.first().attempts, 1);
        QCOMPARE(failed.first().errorClass, u"invalid_recipient"_s);
        QVERIFY(failed.first().errorExplanation.contains(u"not on WhatsApp"_s));
        QCOMPARE(m_outbox->broadcasts().counts(id).value().value(OutboxState::Accepted), 9);
    }

    void pacingHoldsTheRate()
    {
        const qint64 meta = addProfile(
            metaSandboxProfile(m_sandbox.baseUrl()), metaSandboxSecrets(), {{u"rate_per_second"_s, u"20"_s}});
        const qint64 id = m_outbox->broadcasts().create(meta, text(), recipients(50), outsideTandem()).value();
        Dispatcher dispatcher(*m_outbox, *m_leases, *m_pool, m_db, fastRetries());
        QElapsedTimer timer;
        timer.start();
        dispatcher.start();
        QTRY_COMPARE_WITH_TIMEOUT(m_outbox->broadcasts().find(id).value().state, Broadcast::State::Finished, 20000);
        // 50 at 20/s: about 2.5 s, never faster than the bucket allows.
        QVERIFY2(timer.elapsed() >= 2300, qPrintable(QString::number(timer.elapsed())));
        QVERIFY2(m_sandbox.state().statsJson().value(u"max_per_second"_s).toInt() <= 21,
            qPrintable(QString::number(m_sandbox.state().statsJson().value(u"max_per_second"_s).toInt())));
    }

    // A 360dialog sender with no pace of its own keeps 360dialog's default (the Cloud API's 80 a second): 200
    // messages take about 2.5 s, and no second at the practice copy holds more than 80.
    void a360dialogSenderKeepsItsDefaultPace()
    {
        const qint64 d360 = addProfile(dialog360SandboxProfile(m_sandbox.baseUrl()), dialog360SandboxSecrets(), {});
        const qint64 id = m_outbox->broadcasts().create(d360, text(), recipients(200), outsideTandem()).value();
        Dispatcher dispatcher(*m_outbox, *m_leases, *m_pool, m_db, fastRetries());
        QElapsedTimer timer;
        timer.start();
        dispatcher.start();
        QTRY_COMPARE_WITH_TIMEOUT(m_outbox->broadcasts().find(id).value().state, Broadcast::State::Finished, 30000);
        QVERIFY2(timer.elapsed() >= 2300, qPrintable(QString::number(timer.elapsed())));
        const QJsonObject stats = m_sandbox.state().statsJson();
        QVERIFY2(stats.value(u"max_per_second"_s).toInt() <= 80,
            qPrintable(QString::number(stats.value(u"max_per_second"_s).toInt())));
        QCOMPARE(m_sandbox.state().messages(u"360dialog"_s).size(), 200);
    }

    void authenticationPausesUntilResumed()
    {
        QHash<QString, QString> wrong = {{u"access_token"_s, u"EAAexpiredexpiredexpired000"_s}};
        const qint64 meta
            = addProfile(metaSandboxProfile(m_sandbox.baseUrl()), wrong, {{u"rate_per_second"_s, u"0"_s}});
        const qint64 id = m_outbox->broadcasts().create(meta, text(), recipients(20), outsideTandem()).value();
        Dispatcher dispatcher(*m_outbox, *m_leases, *m_pool, m_db, fastRetries());
        dispatcher.start();
        QTRY_COMPARE_WITH_TIMEOUT(m_outbox->broadcasts().find(id).value().state, Broadcast::State::Paused, 10000);
        QVERIFY(m_outbox->broadcasts().find(id).value().pauseReason.contains(u"access token"_s));
        QTRY_COMPARE(dispatcher.inFlight(), 0);
        QTest::qWait(300);
        QHash<OutboxState, int> counts = m_outbox->broadcasts().counts(id).value();
        QCOMPARE(counts.value(OutboxState::Failed), 0); // nothing is lost to a wrong token
        QCOMPARE(counts.value(OutboxState::Queued), 20);
        QCOMPARE(m_sandbox.state().acceptedTotal(), 0);

        // The owner fixes the token and resumes.
        ProfileJob* fix = m_service->update(m_profiles->find(meta).value(), metaSandboxSecrets());
        QSignalSpy fixed(fix, &ProfileJob::finished);
        QVERIFY(fixed.wait(5000));
        m_pool->clear();
        QVERIFY(m_outbox->broadcasts().resume(id).isOk());
        QTRY_COMPARE_WITH_TIMEOUT(m_outbox->broadcasts().find(id).value().state, Broadcast::State::Finished, 10000);
        QCOMPARE(m_outbox->broadcasts().counts(id).value().value(OutboxState::Accepted), 20);
        const QList<OutboxRow> accepted = m_outbox->reads().rows(id, OutboxState::Accepted).value();
        for (const OutboxRow& r : accepted)
            QCOMPARE(r.attempts, 1); // the paused attempts did not count
    }

    void aSenderWhoseTokenCannotBeReadPausesWithTheReason()
    {
        const qint64 meta = addProfile(metaSandboxProfile(m_sandbox.baseUrl()), metaSandboxSecrets(), {});
        const qint64 id = m_outbox->broadcasts().create(meta, text(), recipients(3), outsideTandem()).value();
        m_secrets.setFailure(SecretResult::Error::Denied);
        Dispatcher dispatcher(*m_outbox, *m_leases, *m_pool, m_db, fastRetries());
        dispatcher.start();
        QTRY_COMPARE_WITH_TIMEOUT(m_outbox->broadcasts().find(id).value().state, Broadcast::State::Paused, 5000);
        QCOMPARE(m_outbox->broadcasts().find(id).value().pauseReason, u"simulated keychain failure"_s);
        QCOMPARE(m_outbox->broadcasts().counts(id).value().value(OutboxState::Queued), 3);
        m_secrets.setFailure(SecretResult::Error::None);
        QVERIFY(m_outbox->broadcasts().resume(id).isOk());
        QTRY_COMPARE_WITH_TIMEOUT(m_outbox->broadcasts().find(id).value().state, Broadcast::State::Finished, 10000);
        QCOMPARE(m_outbox->broadcasts().counts(id).value().value(OutboxState::Accepted), 3);
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
        const qint64 id = m_outbox->broadcasts().create(meta, text(), recipients(5), outsideTandem()).value();
        Dispatcher dispatcher(*m_outbox, *m_leases, *m_pool, m_db, fastRetries());
        dispatcher.start();
        QTRY_COMPARE_WITH_TIMEOUT(m_outbox->broadcasts().find(id).value().state, Broadcast::State::Finished, 20000);
        QCOMPARE(m_outbox->broadcasts().counts(id).value().value(OutboxState::Accepted), 5);
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
        const qint64 id = m_outbox->broadcasts().create(meta, text(), recipients(100), outsideTandem()).value();
        Dispatcher dispatcher(*m_outbox, *m_leases, *m_pool, m_db, fastRetries());
        dispatcher.start();
        QTRY_VERIFY_WITH_TIMEOUT(m_sandbox.state().acceptedTotal() >= 5, 10000);
        QVERIFY(m_outbox->broadcasts().cancel(id).isOk());
        const qint64 atCancel = m_sandbox.state().acceptedTotal();
        QTest::qWait(1000);
        QVERIFY2(m_sandbox.state().acceptedTotal() <= atCancel + 2, "rows already on their way may still land");
        QVERIFY(m_outbox->broadcasts().counts(id).value().value(OutboxState::Cancelled) >= 90);
        QSignalSpy stopped(&dispatcher, &Dispatcher::stopped);
        dispatcher.stop();
        QVERIFY(stopped.count() == 1 || stopped.wait(5000));
    }

private:
    QList<OutboxRow> rowsIn(qint64 broadcastId, OutboxState state)
    {
        return m_outbox->reads().rows(broadcastId, state).value();
    }

    // Every row of the broadcast is accepted or failed (nothing waiting, in flight or unconfirmed).
    bool settled(qint64 broadcastId, int total)
    {
        const QHash<OutboxState, int> counts = m_outbox->broadcasts().counts(broadcastId).value();
        return counts.value(OutboxState::Accepted) + counts.value(OutboxState::Failed) == total;
    }

    static OutboxWorker::Options chaosWorker()
    {
        OutboxWorker::Options options;
        options.dispatcher = fastRetries();
        options.reconciler.graceMs = 300; // the sandbox lists a message the moment it takes it
        options.reconciler.pollMs = 100;
        options.reconciler.retryLookupMs = 200;
        options.transferTimeoutMs = 600;
        return options;
    }

    static void stopWorker(OutboxWorker& worker)
    {
        QSignalSpy stopped(&worker, &OutboxWorker::stopped);
        worker.stop();
        QVERIFY(stopped.count() == 1 || stopped.wait(10000));
    }

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
    std::unique_ptr<SenderLeases> m_leases;
    std::unique_ptr<SenderPool> m_pool;
};

QTEST_GUILESS_MAIN(TestDispatcher)
#include "tst_dispatcher.moc"
