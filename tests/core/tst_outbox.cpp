// The persistent queue: rows exist before sending, claims are bounded and committed, outcomes are recorded with
// every attempt, paused broadcasts are not claimed, cancel and retry-failed do what they say, and rows left in
// flight become unconfirmed.
#include "outbox/outbox.h"
#include "providers/providerregistry.h"
#include "storage/database.h"
#include "storage/profilerepository.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestOutbox : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        QVERIFY(m_db.open(m_dir.filePath(u"outbox-%1.sqlite"_s.arg(++m_counter))).isOk());
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
        const Result<qint64> id = outbox.createBroadcast(m_profileId, m, recipients);
        QVERIFY2(id.isOk(), qPrintable(id.error()));
        const QHash<OutboxState, int> counts = outbox.counts(id.value()).value();
        QCOMPARE(counts.value(OutboxState::Queued), 2);
        QCOMPARE(outbox.broadcast(id.value()).value().message.text, u"Hi"_s);
        QCOMPARE(outbox.broadcast(id.value()).value().state, Broadcast::State::Running);
    }

    void claimsAreBoundedAndCommitted()
    {
        Outbox outbox(m_db);
        const qint64 id = makeBroadcast(outbox, 10);
        const QList<OutboxRow> first = outbox.claimDue(m_profileId, 4, 1000).value();
        QCOMPARE(first.size(), 4);
        for (const OutboxRow& r : first) {
            QCOMPARE(r.state, OutboxState::Sending);
            QCOMPARE(r.attempts, 1);
        }
        QCOMPARE(outbox.counts(id).value().value(OutboxState::Sending), 4); // visible to another connection now
        QCOMPARE(outbox.claimDue(m_profileId, 100, 1000).value().size(), 6);
        QVERIFY(outbox.claimDue(m_profileId, 100, 1000).value().isEmpty());
    }

    void recordsOutcomesAndAttempts()
    {
        Outbox outbox(m_db);
        const qint64 id = makeBroadcast(outbox, 3);
        const QList<OutboxRow> rows = outbox.claimDue(m_profileId, 3, 1000).value();
        RetryPolicy policy;
        QList<Outbox::Completion> done;
        Outbox::Completion ok {rows.at(0), m_profileId, u"wamid.1"_s, {}, policy.decide({}, 1, 1000, 0.5), 1000, 0};
        ProviderError busy;
        busy.errorClass = ErrorClass::Transient;
        busy.code = u"http-503"_s;
        Outbox::Completion later {rows.at(1), m_profileId, {}, busy, policy.decide(busy, 1, 1000, 0.5), 1000, 0};
        ProviderError window;
        window.errorClass = ErrorClass::OutsideWindow;
        window.code = u"131047"_s;
        window.explanation = u"More than 24 hours"_s;
        Outbox::Completion failed {rows.at(2), m_profileId, {}, window, policy.decide(window, 1, 1000, 0.5), 1000, 0};
        QVERIFY(outbox.record({ok, later, failed}).isOk());

        const QHash<OutboxState, int> counts = outbox.counts(id).value();
        QCOMPARE(counts.value(OutboxState::Accepted), 1);
        QCOMPARE(counts.value(OutboxState::RetryWait), 1);
        QCOMPARE(counts.value(OutboxState::Failed), 1);
        const OutboxRow failedRow = outbox.rows(id, OutboxState::Failed).value().first();
        QCOMPARE(failedRow.errorClass, u"outside_window"_s);
        QCOMPARE(failedRow.errorCode, u"131047"_s);
        QCOMPARE(failedRow.errorExplanation, u"More than 24 hours"_s);
        QCOMPARE(outbox.rows(id, OutboxState::Accepted).value().first().providerMessageId, u"wamid.1"_s);

        // Not due before its time; due after it.
        QVERIFY(outbox.claimDue(m_profileId, 10, 1500).value().isEmpty());
        QCOMPARE(outbox.claimDue(m_profileId, 10, 2000).value().first().attempts, 2);

        QSqlQuery q(m_db.connection());
        QVERIFY(q.exec(u"SELECT COUNT(*) FROM outbox_attempts"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 3);
    }

    void pausedBroadcastsWaitAndCancelStopsTheRest()
    {
        Outbox outbox(m_db);
        const qint64 id = makeBroadcast(outbox, 5);
        QVERIFY(outbox.pause(id, u"Paused by the owner."_s).isOk());
        QVERIFY(outbox.claimDue(m_profileId, 10, 1000).value().isEmpty());
        QCOMPARE(outbox.broadcast(id).value().pauseReason, u"Paused by the owner."_s);
        QVERIFY(outbox.resume(id).isOk());
        QCOMPARE(outbox.claimDue(m_profileId, 2, 1000).value().size(), 2);
        QVERIFY(outbox.cancel(id).isOk());
        const QHash<OutboxState, int> counts = outbox.counts(id).value();
        QCOMPARE(counts.value(OutboxState::Cancelled), 3);
        QCOMPARE(counts.value(OutboxState::Sending), 2); // already on their way: their outcome is still recorded
        QCOMPARE(outbox.broadcast(id).value().state, Broadcast::State::Cancelled);
    }

    void inFlightRowsBecomeUnconfirmedAndAreNotResentSilently()
    {
        Outbox outbox(m_db);
        const qint64 id = makeBroadcast(outbox, 4);
        outbox.claimDue(m_profileId, 3, 1000);
        QCOMPARE(outbox.markInFlightUnconfirmed().value(), 3);
        QVERIFY(outbox.claimDue(m_profileId, 10, 5000).value().size() == 1); // only the row never claimed
        const QList<OutboxRow> unconfirmed = outbox.rows(id, OutboxState::Unconfirmed).value();
        QCOMPARE(unconfirmed.size(), 3);
        QVERIFY(outbox.resolveUnconfirmed(unconfirmed.at(0).id, false, u"SMabc"_s).isOk());
        QVERIFY(outbox.resolveUnconfirmed(unconfirmed.at(1).id, true).isOk());
        QVERIFY(outbox.resolveUnconfirmed(unconfirmed.at(2).id, false).isOk());
        const QHash<OutboxState, int> counts = outbox.counts(id).value();
        QCOMPARE(counts.value(OutboxState::Accepted), 1);
        QCOMPARE(counts.value(OutboxState::Queued), 1);
        QCOMPARE(counts.value(OutboxState::Cancelled), 1);
    }

    void retryFailedRequeuesAndFinishes()
    {
        Outbox outbox(m_db);
        const qint64 id = makeBroadcast(outbox, 1);
        const OutboxRow row = outbox.claimDue(m_profileId, 1, 1000).value().first();
        ProviderError policy;
        policy.errorClass = ErrorClass::PolicyBlocked;
        QVERIFY(outbox.record({{row, m_profileId, {}, policy, RetryPolicy().decide(policy, 1, 1000, 0.5), 1000, 0}})
                    .isOk());
        QVERIFY(outbox.finishCompleted().isOk());
        QCOMPARE(outbox.broadcast(id).value().state, Broadcast::State::Finished);
        QVERIFY(outbox.retryFailed(id).isOk());
        QCOMPARE(outbox.broadcast(id).value().state, Broadcast::State::Running);
        const OutboxRow again = outbox.claimDue(m_profileId, 1, 1000).value().first();
        QCOMPARE(again.id, row.id);
        QCOMPARE(again.attempts, 1);
    }

private:
    qint64 makeBroadcast(Outbox& outbox, int n)
    {
        QList<Recipient> recipients;
        for (int i = 0; i < n; ++i)
            recipients.append({u"+1415555%1"_s.arg(i, 4, 10, QChar(u'0')), {}});
        OutgoingMessage m;
        m.text = u"Hello"_s;
        return outbox.createBroadcast(m_profileId, m, recipients).value();
    }

    QTemporaryDir m_dir;
    int m_counter = 0;
    Database m_db;
    const ProviderRegistry m_registry = ProviderRegistry::builtin();
    qint64 m_profileId = 0;
};

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
