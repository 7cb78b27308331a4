// The persistent queue: rows exist before sending, claims are bounded and committed, outcomes are recorded with
// every attempt, paused broadcasts are not claimed, cancel and retry-failed do what they say, and rows left in
// flight become unconfirmed.
#include "outbox/broadcastwritejob.h"
#include "outbox/outbox.h"
#include "outbox/rowmessages.h"
#include "profiles/profilerepository.h"
#include "providers/providerregistry.h"
#include "storage/database.h"

#include "fakes/testdatabase.h"
#include <QDateTime>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const Outbox::Lease kLease {QStringLiteral("worker-a"), 10'000'000};
}

class TestOutbox : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        QVERIFY(m_db.open(testDatabase(m_dir, u"outbox-%1"_s.arg(++m_counter))).isOk());
        ProfileRepository profiles(m_db, m_registry);
        Profile p;
        p.name = u"Shop"_s;
        p.kind = u"meta_cloud"_s;
        m_profileId = profiles.create(p).value().id;
    }
    void cleanup()
    {
        m_db.close();
    }

    void createsRowsOncePerRecipient()
    {
        Outbox outbox(m_db);
        OutgoingMessage m;
        m.text = u"Hi"_s;
        const QList<Recipient> recipients = {{u"+14155550100"_s, {{u"1"_s, u"Ann"_s}}}, {u"+14155550101"_s, {}},
            {u"+14155550100"_s, {}}}; // the same person twice
        const Result<qint64> id = outbox.broadcasts().create(m_profileId, m, recipients);
        QVERIFY2(id.isOk(), qPrintable(id.error()));
        const QHash<OutboxState, int> counts = outbox.broadcasts().counts(id.value()).value();
        QCOMPARE(counts.value(OutboxState::Queued), 2);
        QCOMPARE(outbox.broadcasts().find(id.value()).value().message.text, u"Hi"_s);
        QCOMPARE(outbox.broadcasts().find(id.value()).value().state, Broadcast::State::Running);
    }

    void claimsAreBoundedAndCommitted()
    {
        Outbox outbox(m_db);
        const qint64 id = makeBroadcast(outbox, 10);
        const QList<OutboxRow> first = outbox.queue().claimDue(m_profileId, 4, 1000, kLease).value();
        QCOMPARE(first.size(), 4);
        for (const OutboxRow& r : first) {
            QCOMPARE(r.state, OutboxState::Sending);
            QCOMPARE(r.attempts, 1);
        }
        QCOMPARE(
            outbox.broadcasts().counts(id).value().value(OutboxState::Sending), 4); // visible to another connection now
        QCOMPARE(outbox.queue().claimDue(m_profileId, 100, 1000, kLease).value().size(), 6);
        QVERIFY(outbox.queue().claimDue(m_profileId, 100, 1000, kLease).value().isEmpty());
    }

    void recordsOutcomesAndAttempts()
    {
        Outbox outbox(m_db);
        const qint64 id = makeBroadcast(outbox, 3);
        const QList<OutboxRow> rows = outbox.queue().claimDue(m_profileId, 3, 1000, kLease).value();
        RetryPolicy policy;
        QList<Outbox::Completion> done;
        Outbox::Completion ok {rows.at(0), m_profileId, u"wamid.1"_s, {}, policy.decide({}, 1, 0, 1000, 0.5), 1000, 0};
        ProviderError busy;
        busy.errorClass = ErrorClass::Transient;
        busy.code = u"http-503"_s;
        Outbox::Completion later {rows.at(1), m_profileId, {}, busy, policy.decide(busy, 1, 0, 1000, 0.5), 1000, 0};
        ProviderError window;
        window.errorClass = ErrorClass::OutsideWindow;
        window.code = u"131047"_s;
        window.explanation = u"More than 24 hours"_s;
        Outbox::Completion failed {
            rows.at(2), m_profileId, {}, window, policy.decide(window, 1, 0, 1000, 0.5), 1000, 0};
        QVERIFY(outbox.queue().record({ok, later, failed}, kLease.owner).isOk());

        const QHash<OutboxState, int> counts = outbox.broadcasts().counts(id).value();
        QCOMPARE(counts.value(OutboxState::Accepted), 1);
        QCOMPARE(counts.value(OutboxState::RetryWait), 1);
        QCOMPARE(counts.value(OutboxState::Failed), 1);
        const OutboxRow failedRow = outbox.reads().rows(id, OutboxState::Failed).value().first();
        QCOMPARE(failedRow.errorClass, u"outside_window"_s);
        QCOMPARE(failedRow.errorCode, u"131047"_s);
        QCOMPARE(failedRow.errorExplanation, u"More than 24 hours"_s);
        QCOMPARE(outbox.reads().rows(id, OutboxState::Accepted).value().first().providerMessageId, u"wamid.1"_s);

        // Not due before its time; due after it.
        QVERIFY(outbox.queue().claimDue(m_profileId, 10, 1500, kLease).value().isEmpty());
        QCOMPARE(outbox.queue().claimDue(m_profileId, 10, 2000, kLease).value().first().attempts, 2);

        QSqlQuery q(m_db.connection());
        QVERIFY(q.exec(u"SELECT COUNT(*) FROM outbox_attempts"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 3);
    }

    void pausedBroadcastsWaitAndCancelStopsTheRest()
    {
        Outbox outbox(m_db);
        const qint64 id = makeBroadcast(outbox, 5);
        QVERIFY(outbox.broadcasts().pause(id, u"Paused by the owner."_s).isOk());
        QVERIFY(outbox.queue().claimDue(m_profileId, 10, 1000, kLease).value().isEmpty());
        QCOMPARE(outbox.broadcasts().find(id).value().pauseReason, u"Paused by the owner."_s);
        QVERIFY(outbox.broadcasts().resume(id).isOk());
        QCOMPARE(outbox.queue().claimDue(m_profileId, 2, 1000, kLease).value().size(), 2);
        QVERIFY(outbox.broadcasts().cancel(id).isOk());
        const QHash<OutboxState, int> counts = outbox.broadcasts().counts(id).value();
        QCOMPARE(counts.value(OutboxState::Cancelled), 3);
        QCOMPARE(counts.value(OutboxState::Sending), 2); // already on their way: their outcome is still recorded
        QCOMPARE(outbox.broadcasts().find(id).value().state, Broadcast::State::Cancelled);
    }

    void inFlightRowsBecomeUnconfirmedOnlyWhenTheirLeaseRunsOut()
    {
        Outbox outbox(m_db);
        const qint64 id = makeBroadcast(outbox, 4);
        const QList<OutboxRow> claimed = outbox.queue().claimDue(m_profileId, 3, 1000, {u"worker-a"_s, 5000}).value();
        QCOMPARE(claimed.size(), 3);
        QCOMPARE(claimed.first().leaseOwner, u"worker-a"_s);
        // A live worker's rows stay its own, however often another one looks.
        QCOMPARE(outbox.queue().expireLeases(4999, u"stopped"_s).value(), 0);
        QCOMPARE(outbox.broadcasts().counts(id).value().value(OutboxState::Sending), 3);
        // Its heartbeat moves the end on; another worker's heartbeat touches nothing of it.
        QCOMPARE(outbox.queue().renewLeases({u"worker-a"_s, 8000}).value(), 3);
        QCOMPARE(outbox.queue().renewLeases({u"worker-b"_s, 90000}).value(), 0);
        QCOMPARE(outbox.queue().expireLeases(7999, u"stopped"_s).value(), 0);
        // Then it stops renewing: its rows become unconfirmed with the reason, never queued again by themselves.
        QCOMPARE(outbox.queue().expireLeases(8001, u"The Tandem sending it stopped."_s).value(), 3);
        const QList<OutboxRow> unconfirmed = outbox.reads().rows(id, OutboxState::Unconfirmed).value();
        QCOMPARE(unconfirmed.size(), 3);
        QCOMPARE(unconfirmed.first().unconfirmedReason, u"The Tandem sending it stopped."_s);
        QCOMPARE(outbox.queue().claimDue(m_profileId, 10, 9000, {u"worker-b"_s, 20000}).value().size(), 1);

        // The first worker's answer for one of them arrives late: the answer is the truth, and it holds the row.
        RetryPolicy policy;
        Outbox::Completion late {
            claimed.at(0), m_profileId, u"wamid.late"_s, {}, policy.decide({}, 1, 0, 9100, 0.5), 9100, 0};
        Outbox::Recorded recorded = outbox.queue().record({late}, u"worker-a"_s).value();
        QCOMPARE(recorded.recorded, 1);
        // A worker that never held a row cannot write its outcome.
        Outbox::Completion stranger = late;
        stranger.row = claimed.at(1);
        recorded = outbox.queue().record({stranger}, u"worker-b"_s).value();
        QCOMPARE(recorded.recorded, 0);
        QCOMPARE(recorded.lost, QList<qint64>({claimed.at(1).id}));

        QVERIFY(outbox.unconfirmed().resolve(claimed.at(1).id, Outbox::Resolution::Resend).isOk());
        QVERIFY(outbox.unconfirmed().resolve(claimed.at(2).id, Outbox::Resolution::Drop).isOk());
        const QHash<OutboxState, int> counts = outbox.broadcasts().counts(id).value();
        QCOMPARE(counts.value(OutboxState::Accepted), 1);
        QCOMPARE(counts.value(OutboxState::Queued), 1);
        QCOMPARE(counts.value(OutboxState::Cancelled), 1);
        QCOMPARE(counts.value(OutboxState::Sending), 1); // worker-b's claim
        QCOMPARE(outbox.reads().rows(id, OutboxState::Accepted).value().first().providerMessageId, u"wamid.late"_s);
    }

    void everyUnconfirmedRowOfABroadcastAtOnce()
    {
        Outbox outbox(m_db);
        const qint64 id = makeBroadcast(outbox, 5);
        outbox.queue().claimDue(m_profileId, 5, 1000, {u"worker-a"_s, 2000});
        QCOMPARE(outbox.queue().expireLeases(3000, u"stopped"_s).value(), 5);
        QVERIFY(outbox.broadcasts().finishCompleted().isOk());
        QCOMPARE(outbox.broadcasts().find(id).value().state, Broadcast::State::Finished);
        // Resend all: the finished broadcast runs again for them.
        QCOMPARE(outbox.unconfirmed().resolveAll(id, Outbox::Resolution::Resend).value(), 5);
        QCOMPARE(outbox.broadcasts().find(id).value().state, Broadcast::State::Running);
        QCOMPARE(outbox.broadcasts().counts(id).value().value(OutboxState::Queued), 5);
        outbox.queue().claimDue(m_profileId, 2, 4000, {u"worker-a"_s, 5000});
        QCOMPARE(outbox.queue().expireLeases(6000, u"stopped"_s).value(), 2);
        QCOMPARE(outbox.unconfirmed().resolveAll(id, Outbox::Resolution::Drop).value(), 2);
        QCOMPARE(outbox.broadcasts().counts(id).value().value(OutboxState::Cancelled), 2);
    }

    void releaseIsAllOrNothingAndStampsTheChange()
    {
        Outbox outbox(m_db);
        const qint64 id = makeBroadcast(outbox, 3);
        const QList<OutboxRow> rows = outbox.queue().claimDue(m_profileId, 3, 1000, kLease).value();
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        QVERIFY(outbox.queue().release(rows, 2000, kLease.owner).isOk());
        const QList<OutboxRow> back = outbox.reads().rows(id, OutboxState::RetryWait).value();
        QCOMPARE(back.size(), 3);
        for (const OutboxRow& r : back) {
            QCOMPARE(r.attempts, 0); // a row put back did not use an attempt
            QVERIFY(r.updatedAtMs >= before); // the activity view sees the change
        }
        // Written in one transaction: a failure halfway leaves every row as it was. Make the third update fail.
        const QList<OutboxRow> again = outbox.queue().claimDue(m_profileId, 3, 2000, kLease).value();
        QSqlQuery trigger(m_db.connection());
        if (m_db.isPostgres()) {
            QVERIFY(trigger.exec(
                u"CREATE FUNCTION refuse() RETURNS trigger AS $$ BEGIN IF NEW.id = %1 THEN "
                "RAISE EXCEPTION 'refused'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql"_s.arg(again.at(2).id)));
            QVERIFY(trigger.exec(u"CREATE TRIGGER refuse BEFORE UPDATE OF next_attempt_at ON outbox FOR EACH ROW "
                                 "EXECUTE FUNCTION refuse()"_s));
        } else {
            QVERIFY(trigger.exec(u"CREATE TRIGGER refuse BEFORE UPDATE OF next_attempt_at ON outbox WHEN NEW.id = %1 "
                                 "BEGIN SELECT RAISE(ABORT, 'refused'); END"_s.arg(again.at(2).id)));
        }
        QVERIFY(!outbox.queue().release(again, 3000, kLease.owner).isOk());
        QCOMPARE(outbox.broadcasts().counts(id).value().value(OutboxState::Sending), 3);
    }

    // A broadcast that cannot be read right now is not remembered as an empty message: the next row reads again.
    void aFailedReadOfTheMessageIsNotKept()
    {
        Outbox outbox(m_db);
        const qint64 id = makeBroadcast(outbox, 2);
        const QList<OutboxRow> rows = outbox.queue().claimDue(m_profileId, 2, 1000, kLease).value();
        RowMessages messages(outbox);
        QSqlQuery q(m_db.connection());
        QVERIFY(q.exec(u"ALTER TABLE broadcasts RENAME TO broadcasts_away"_s));
        QVERIFY(!messages.messageFor(rows.at(0)).isOk());
        QVERIFY(q.exec(u"ALTER TABLE broadcasts_away RENAME TO broadcasts"_s));
        const Result<OutgoingMessage> message = messages.messageFor(rows.at(1));
        QVERIFY2(message.isOk(), qPrintable(message.error()));
        QCOMPARE(message.value().text, u"Hello"_s);
        QCOMPARE(message.value().to, rows.at(1).recipient);
        Q_UNUSED(id)
    }

    // Every change to a row stamps updated_at, so the activity view (which reads only what changed) sees it.
    void everyChangeIsStamped()
    {
        Outbox outbox(m_db);
        const qint64 id = makeBroadcast(outbox, 3);
        outbox.queue().claimDue(m_profileId, 3, 1000, kLease);
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        QCOMPARE(outbox.queue().expireLeases(20'000'000, u"stopped"_s).value(), 3);
        QCOMPARE(outbox.reads().updatedSince(id, before, 1 << 30, 100).value().size(), 3);
        const QList<OutboxRow> rows = outbox.reads().rows(id, OutboxState::Unconfirmed).value();
        QTest::qWait(5);
        const qint64 resolved = QDateTime::currentMSecsSinceEpoch();
        QVERIFY(outbox.unconfirmed().resolve(rows.at(0).id, Outbox::Resolution::Accepted, u"wamid.x"_s).isOk());
        QVERIFY(outbox.unconfirmed().resolve(rows.at(1).id, Outbox::Resolution::Resend).isOk());
        QVERIFY(outbox.unconfirmed().resolve(rows.at(2).id, Outbox::Resolution::Drop).isOk());
        QCOMPARE(outbox.reads().updatedSince(id, resolved, 1 << 30, 100).value().size(), 3);
        // Reads are bounded: a caller asks for a page of changes, never all of them at once.
        QCOMPARE(outbox.reads().updatedSince(id, before, 1 << 30, 2).value().size(), 2);
        QCOMPARE(outbox.reads().rows(OutboxState::Accepted, 0).value().size(), 0);
    }

    // 100,000 rows are written on a thread of their own, with progress; Cancel leaves nothing behind.
    void aLargeBroadcastIsWrittenOffThreadAndCanBeCancelled()
    {
        QList<Recipient> many;
        for (int i = 0; i < 100'000; ++i)
            many.append({u"+1415%1"_s.arg(2000000 + i), {}});
        OutgoingMessage m;
        m.text = u"Hello"_s;
        BroadcastWriteJob written(m_db.path(), m_profileId, m, many, {});
        QSignalSpy progress(&written, &BroadcastWriteJob::progressed);
        std::optional<Result<qint64>> done;
        connect(&written, &BroadcastWriteJob::finished, this, [&done](const Result<qint64>& r) { done = r; });
        written.start();
        QTRY_VERIFY_WITH_TIMEOUT(done.has_value(), 60000);
        const Result<qint64> id = *done;
        QVERIFY2(id.isOk(), qPrintable(id.error()));
        QVERIFY(progress.size() >= 10); // a step every few thousand rows
        QCOMPARE(progress.last().at(0).toInt(), 100'000);
        Outbox outbox(m_db);
        QCOMPARE(outbox.broadcasts().counts(id.value()).value().value(OutboxState::Queued), 100'000);
        QCOMPARE(outbox.broadcasts().find(id.value()).value().state, Broadcast::State::Running);

        BroadcastWriteJob cancelled(m_db.path(), m_profileId, m, many, {});
        std::optional<Result<qint64>> cancelledDone;
        connect(&cancelled, &BroadcastWriteJob::finished, this,
            [&cancelledDone](const Result<qint64>& r) { cancelledDone = r; });
        connect(&cancelled, &BroadcastWriteJob::progressed, &cancelled, &BroadcastWriteJob::cancel);
        cancelled.start();
        QTRY_VERIFY_WITH_TIMEOUT(cancelledDone.has_value(), 60000);
        QVERIFY(!cancelledDone->isOk());
        QVERIFY(cancelledDone->error().contains(u"cancelled"_s));
        QCOMPARE(outbox.broadcasts().list().value().size(), 1);
        QSqlQuery q(m_db.connection());
        QVERIFY(q.exec(u"SELECT COUNT(*) FROM outbox"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 100'000);
    }

    void retryFailedRequeuesAndFinishes()
    {
        Outbox outbox(m_db);
        const qint64 id = makeBroadcast(outbox, 1);
        const OutboxRow row = outbox.queue().claimDue(m_profileId, 1, 1000, kLease).value().first();
        ProviderError policy;
        policy.errorClass = ErrorClass::PolicyBlocked;
        QVERIFY(outbox.queue()
                    .record({{row, m_profileId, {}, policy, RetryPolicy().decide(policy, 1, 0, 1000, 0.5), 1000, 0}},
                        kLease.owner)
                    .isOk());
        QVERIFY(outbox.broadcasts().finishCompleted().isOk());
        QCOMPARE(outbox.broadcasts().find(id).value().state, Broadcast::State::Finished);
        QVERIFY(outbox.broadcasts().retryFailed(id).isOk());
        QCOMPARE(outbox.broadcasts().find(id).value().state, Broadcast::State::Running);
        const OutboxRow again = outbox.queue().claimDue(m_profileId, 1, 1000, kLease).value().first();
        QCOMPARE(again.id, row.id);
        QCOMPARE(again.attempts, 1);
    }

    // The owner cancels a broadcast, then asks for its failures again: only those go out; what was cancelled stays.
    void retryFailedAfterCancellingSendsOnlyTheFailures()
    {
        Outbox outbox(m_db);
        const qint64 id = makeBroadcast(outbox, 3);
        const OutboxRow row = outbox.queue().claimDue(m_profileId, 1, 1000, kLease).value().first();
        ProviderError policy;
        policy.errorClass = ErrorClass::PolicyBlocked;
        QVERIFY(outbox.queue()
                    .record({{row, m_profileId, {}, policy, RetryPolicy().decide(policy, 1, 0, 1000, 0.5), 1000, 0}},
                        kLease.owner)
                    .isOk());
        QVERIFY(outbox.broadcasts().cancel(id).isOk());
        QCOMPARE(outbox.broadcasts().counts(id).value().value(OutboxState::Cancelled), 2);
        QVERIFY(outbox.broadcasts().retryFailed(id).isOk());
        QCOMPARE(outbox.broadcasts().find(id).value().state, Broadcast::State::Running);
        const QList<OutboxRow> due = outbox.queue().claimDue(m_profileId, 10, 1000, kLease).value();
        QCOMPARE(due.size(), 1);
        QCOMPARE(due.first().id, row.id);
        QCOMPARE(outbox.broadcasts().counts(id).value().value(OutboxState::Cancelled), 2);
    }

private:
    qint64 makeBroadcast(Outbox& outbox, int n)
    {
        QList<Recipient> recipients;
        for (int i = 0; i < n; ++i)
            recipients.append({u"+1415555%1"_s.arg(i, 4, 10, QChar(u'0')), {}});
        OutgoingMessage m;
        m.text = u"Hello"_s;
        return outbox.broadcasts().create(m_profileId, m, recipients).value();
    }

    QTemporaryDir m_dir;
    int m_counter = 0;
    Database m_db;
    const ProviderRegistry m_registry = ProviderRegistry::builtin();
    qint64 m_profileId = 0;
};

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
