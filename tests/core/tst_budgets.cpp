// Budgets that hold, over real HTTP to the sandbox: each row is queued with its estimated price (Meta's rate card for
// the number's market plus the provider's fee), a broadcast pauses at its budget with the reason and goes on when the
// owner raises it, and a sender's monthly budget stops every broadcast of the sender. Nobody gets a message twice.
#include "fakes/outsidetandem.h"
#include "fakes/sandboxprofiles.h"
#include "fakes/sendingharness.h"
#include "fakes/testdatabase.h"
#include "outbox/budgets.h"
#include "outbox/dispatcher.h"
#include "sandbox/sandboxserver.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
// United States numbers: Meta's "North America" market.
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

// Free text is a service message, charged at the market's utility price since 2026-10-01: North America's is
// $0.0034 in resources/rate-card.json (Meta's card of 2026-01-01); Twilio adds $0.005 a message.
constexpr double kMetaPerMessage = 0.0034;
constexpr double kTwilioPerMessage = 0.0034 + 0.005;
} // namespace

class TestBudgets : public QObject
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
        QVERIFY(m_h.open(testDatabase(m_dir, u"budgets-%1"_s.arg(++m_counter))));
    }
    void cleanup()
    {
        m_h.close();
    }

    void eachRowIsQueuedWithItsPrice()
    {
        const qint64 meta = addProfile(metaSandboxProfile(m_sandbox.baseUrl()), metaSandboxSecrets());
        const qint64 twilio = addProfile(twilioSandboxProfile(m_sandbox.baseUrl()), twilioSandboxSecrets());
        const qint64 viaMeta = m_h.outbox->broadcasts().create(meta, text(), recipients(2), outsideTandem()).value();
        const qint64 viaTwilio
            = m_h.outbox->broadcasts().create(twilio, text(), recipients(2), outsideTandem()).value();
        // A marketing template to Brazil: $0.0625 on Meta's card.
        OutgoingMessage offer;
        offer.kind = OutgoingMessage::Kind::Template;
        offer.templateName = u"spring_sale"_s;
        offer.languageCode = u"pt_BR"_s;
        OutboxBroadcastOptions marketing;
        marketing.category = u"marketing"_s;
        const qint64 toBrazil
            = m_h.outbox->broadcasts().create(meta, offer, {{u"+5511912345678"_s, {}}}, marketing).value();
        QCOMPARE(estimates(viaMeta), (QList<double> {kMetaPerMessage, kMetaPerMessage}));
        QCOMPARE(estimates(viaTwilio), (QList<double> {kTwilioPerMessage, kTwilioPerMessage}));
        QCOMPARE(estimates(toBrazil), QList<double> {0.0625});
    }

    void aBroadcastPausesAtItsBudgetAndGoesOnWhenRaised()
    {
        const qint64 meta = addProfile(metaSandboxProfile(m_sandbox.baseUrl()), metaSandboxSecrets());
        OutboxBroadcastOptions options = outsideTandem();
        options.budgetUsd = 0.10; // 29 × 0.0034 = 0.0986 fits; the 30th would make 0.102
        const qint64 id = m_h.outbox->broadcasts().create(meta, text(), recipients(100), options).value();
        Dispatcher dispatcher(*m_h.outbox, *m_h.leases, *m_h.pool, m_h.db, quick());
        QSignalSpy paused(&dispatcher, &Dispatcher::pausedAtBudget);
        dispatcher.start();
        QTRY_COMPARE_WITH_TIMEOUT(m_h.outbox->broadcasts().find(id).value().state, Broadcast::State::Paused, 10000);
        QTRY_COMPARE(dispatcher.inFlight(), 0);
        QTest::qWait(300); // nothing more goes out while it is paused
        QCOMPARE(m_sandbox.state().acceptedTotal(), 29);
        QCOMPARE(m_h.outbox->broadcasts().counts(id).value().value(OutboxState::Accepted), 29);
        const QString reason = m_h.outbox->broadcasts().find(id).value().pauseReason;
        QVERIFY2(reason.contains(u"budget"_s) && reason.contains(u"0.10"_s), qPrintable(reason));
        QCOMPARE(paused.count(), 1);
        const Budgets::Standing standing = Budgets(m_h.db).broadcast(id).value();
        QVERIFY(qAbs(standing.committed - 29 * kMetaPerMessage) < 1e-9);
        QVERIFY(qAbs(standing.queued - 71 * kMetaPerMessage) < 1e-9);

        // Resuming without raising it pauses again at once; raised, the rest go out, each once.
        QVERIFY(m_h.outbox->broadcasts().resume(id).isOk());
        QTRY_COMPARE_WITH_TIMEOUT(m_h.outbox->broadcasts().find(id).value().state, Broadcast::State::Paused, 5000);
        QCOMPARE(m_sandbox.state().acceptedTotal(), 29);
        QVERIFY(Budgets(m_h.db).setBroadcastBudget(id, 1.00).isOk());
        QVERIFY(m_h.outbox->broadcasts().resume(id).isOk());
        QTRY_COMPARE_WITH_TIMEOUT(m_h.outbox->broadcasts().find(id).value().state, Broadcast::State::Finished, 10000);
        QCOMPARE(m_h.outbox->broadcasts().counts(id).value().value(OutboxState::Accepted), 100);
        for (const Recipient& r : recipients(100))
            QCOMPARE(m_sandbox.state().acceptedFor(r.phone), 1);
    }

    void aSendersMonthlyBudgetStopsAllItsBroadcasts()
    {
        const qint64 meta = addProfile(metaSandboxProfile(m_sandbox.baseUrl()), metaSandboxSecrets());
        QVERIFY(Budgets(m_h.db).setMonthlyBudget(meta, 0.05).isOk()); // 14 × 0.0034 = 0.0476; 15 would pass it
        const qint64 first = m_h.outbox->broadcasts().create(meta, text(), recipients(10), outsideTandem()).value();
        Dispatcher dispatcher(*m_h.outbox, *m_h.leases, *m_h.pool, m_h.db, quick());
        dispatcher.start();
        QTRY_COMPARE_WITH_TIMEOUT(
            m_h.outbox->broadcasts().find(first).value().state, Broadcast::State::Finished, 10000);
        const qint64 second
            = m_h.outbox->broadcasts().create(meta, text(), recipients(10, 10), outsideTandem()).value();
        QTRY_COMPARE_WITH_TIMEOUT(m_h.outbox->broadcasts().find(second).value().state, Broadcast::State::Paused, 10000);
        QTRY_COMPARE(dispatcher.inFlight(), 0);
        QTest::qWait(300);
        QCOMPARE(m_sandbox.state().acceptedTotal(), 14);
        const QString reason = m_h.outbox->broadcasts().find(second).value().pauseReason;
        QVERIFY2(reason.contains(u"sender"_s) && reason.contains(u"0.05"_s), qPrintable(reason));
        const Budgets::Standing month = Budgets(m_h.db).senderMonth(meta, QDateTime::currentDateTime()).value();
        QVERIFY(qAbs(month.committed - 14 * kMetaPerMessage) < 1e-9);
        // Another sender is not held by this one's budget.
        const qint64 other = addProfile(metaSandboxProfile(m_sandbox.baseUrl()), metaSandboxSecrets());
        const qint64 third = m_h.outbox->broadcasts().create(other, text(), recipients(5, 40), outsideTandem()).value();
        QTRY_COMPARE_WITH_TIMEOUT(
            m_h.outbox->broadcasts().find(third).value().state, Broadcast::State::Finished, 10000);
    }

private:
    QList<double> estimates(qint64 broadcastId)
    {
        QSqlQuery q(m_h.db.connection());
        q.prepare(u"SELECT cost_estimate FROM outbox WHERE broadcast_id = ? ORDER BY id"_s);
        q.addBindValue(broadcastId);
        QList<double> result;
        if (q.exec()) {
            while (q.next())
                result << std::round(q.value(0).toDouble() * 1e6) / 1e6;
        }
        return result;
    }

    static Dispatcher::Options quick()
    {
        Dispatcher::Options options;
        options.retry.baseDelayMs = 20;
        options.idlePollMs = 50;
        return options;
    }

    qint64 addProfile(Profile p, const QHash<QString, QString>& secrets)
    {
        p.name += u" %1"_s.arg(++m_profilesMade);
        p.settings.insert(u"rate_per_second"_s, u"0"_s);
        return m_h.addProfile(p, secrets);
    }

    SandboxServer m_sandbox;
    QTemporaryDir m_dir;
    int m_counter = 0;
    int m_profilesMade = 0;
    SendingHarness m_h;
};

QTEST_GUILESS_MAIN(TestBudgets)
#include "tst_budgets.moc"
