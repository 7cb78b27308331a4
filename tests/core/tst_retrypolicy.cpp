// The outbox state machine: every class of error -> next state, attempt count, next attempt time; and the rule
// that status reports only move a row forward.
#include "outbox/pollschedule.h"
#include "outbox/retrypolicy.h"

#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(ErrorClass)
Q_DECLARE_METATYPE(OutboxState)

class TestRetryPolicy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Twilio is asked a minute after acceptance, then after 5 and 30 minutes, 2, 6, 12 and 24 hours, and daily
    // until three days have passed; with a callback, only an hour later in case it was lost.
    void statusQuestionsBackOffForThreeDays()
    {
        const PollSchedule schedule;
        const qint64 minute = 60 * 1000;
        const qint64 accepted = 1'000'000;
        QCOMPARE(schedule.firstAt(accepted, false), accepted + minute);
        QCOMPARE(schedule.firstAt(accepted, true), accepted + 60 * minute);
        qint64 now = schedule.firstAt(accepted, false);
        QList<qint64> waits;
        for (int polls = 1; polls < 20; ++polls) {
            const qint64 next = schedule.nextAt(polls, accepted, now);
            if (next == 0)
                break;
            waits << (next - now) / minute;
            now = next;
        }
        // 1 + 5 + 30 + 120 + 360 + 720 = 1236 minutes, then days until 4320 minutes (3 days) after acceptance; the
        // last question comes exactly then.
        QCOMPARE(waits.mid(0, 7), (QList<qint64> {5, 30, 120, 360, 720, 1440, 1440}));
        QCOMPARE(now, accepted + 3 * 24 * 60 * minute);
        QCOMPARE(schedule.nextAt(int(waits.size()) + 1, accepted, now), 0);
        // Everything scales with the first wait (tests and impatient owners).
        PollSchedule quick;
        quick.firstMs = 100;
        QCOMPARE(quick.nextAt(1, 0, 100), 600);
    }

    void decide_data()
    {
        QTest::addColumn<ErrorClass>("errorClass");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("retryAfter");
        QTest::addColumn<int>("attempts");
        QTest::addColumn<int>("throttles"); // rate-limit answers in a row before this one
        QTest::addColumn<double>("random");
        QTest::addColumn<OutboxState>("state");
        QTest::addColumn<qint64>("delayMs"); // after now (1,000,000); -1: not a retry
        QTest::addColumn<bool>("pause");
        // base 1 s, doubling, ±20 % jitter: random 0.5 is the middle, 0 the low end, ~1 the high end.
        QTest::newRow("accepted") << ErrorClass::None << QString() << -1 << 1 << 0 << 0.5 << OutboxState::Accepted
                                  << qint64(-1) << false;
        QTest::newRow("transient, 1st") << ErrorClass::Transient << u"http-503"_s << -1 << 1 << 0 << 0.5
                                        << OutboxState::RetryWait << qint64(1000) << false;
        QTest::newRow("transient, 2nd, low jitter") << ErrorClass::Transient << u"http-503"_s << -1 << 2 << 0 << 0.0
                                                    << OutboxState::RetryWait << qint64(1600) << false;
        QTest::newRow("transient, 3rd, high jitter") << ErrorClass::Transient << u"http-500"_s << -1 << 3 << 0 << 0.75
                                                     << OutboxState::RetryWait << qint64(4400) << false;
        QTest::newRow("transient, last attempt") << ErrorClass::Transient << u"http-500"_s << -1 << 6 << 0 << 0.5
                                                 << OutboxState::Failed << qint64(-1) << false;
        QTest::newRow("rate limited, Retry-After wins") << ErrorClass::RateLimited << u"20429"_s << 30 << 1 << 0 << 0.5
                                                        << OutboxState::RetryWait << qint64(30000) << false;
        QTest::newRow("rate limited, backoff wins") << ErrorClass::RateLimited << u"20429"_s << 1 << 1 << 3 << 0.5
                                                    << OutboxState::RetryWait << qint64(8000) << false;
        QTest::newRow("pair limit 4^0") << ErrorClass::RateLimited << u"131056"_s << -1 << 1 << 0 << 0.9
                                        << OutboxState::RetryWait << qint64(1000) << false;
        QTest::newRow("pair limit 4^2") << ErrorClass::RateLimited << u"131056"_s << -1 << 1 << 2 << 0.1
                                        << OutboxState::RetryWait << qint64(16000) << false;
        // A rate limit is the provider asking to slow down: it never runs out of attempts, the wait is capped.
        QTest::newRow("rate limited, never fails") << ErrorClass::RateLimited << u"130429"_s << -1 << 6 << 40 << 0.5
                                                   << OutboxState::RetryWait << qint64(300000) << false;
        QTest::newRow("no answer after sending waits as unconfirmed")
            << ErrorClass::Ambiguous << u"network-no-answer"_s << -1 << 1 << 0 << 0.5 << OutboxState::Unconfirmed
            << qint64(-1) << false;
        QTest::newRow("authentication pauses") << ErrorClass::Authentication << u"190"_s << -1 << 1 << 0 << 0.5
                                               << OutboxState::Queued << qint64(-1) << true;
        QTest::newRow("outside window") << ErrorClass::OutsideWindow << u"131047"_s << -1 << 1 << 0 << 0.5
                                        << OutboxState::Failed << qint64(-1) << false;
        QTest::newRow("invalid recipient") << ErrorClass::InvalidRecipient << u"131026"_s << -1 << 1 << 0 << 0.5
                                           << OutboxState::Failed << qint64(-1) << false;
        QTest::newRow("template") << ErrorClass::TemplateProblem << u"132001"_s << -1 << 1 << 0 << 0.5
                                  << OutboxState::Failed << qint64(-1) << false;
        QTest::newRow("opted out") << ErrorClass::OptedOut << u"21610"_s << -1 << 1 << 0 << 0.5 << OutboxState::Failed
                                   << qint64(-1) << false;
        QTest::newRow("policy") << ErrorClass::PolicyBlocked << u"130472"_s << -1 << 1 << 0 << 0.5
                                << OutboxState::Failed << qint64(-1) << false;
        QTest::newRow("invalid request") << ErrorClass::InvalidRequest << u"131009"_s << -1 << 1 << 0 << 0.5
                                         << OutboxState::Failed << qint64(-1) << false;
        QTest::newRow("unknown") << ErrorClass::Unknown << u"999"_s << -1 << 1 << 0 << 0.5 << OutboxState::Failed
                                 << qint64(-1) << false;
    }
    void decide()
    {
        QFETCH(ErrorClass, errorClass);
        QFETCH(QString, code);
        QFETCH(int, retryAfter);
        QFETCH(int, attempts);
        QFETCH(int, throttles);
        QFETCH(double, random);
        QFETCH(OutboxState, state);
        QFETCH(qint64, delayMs);
        QFETCH(bool, pause);
        ProviderError error;
        error.errorClass = errorClass;
        error.code = code;
        error.retryAfterSeconds = retryAfter;
        const RetryDecision d = RetryPolicy().decide(error, attempts, throttles, 1'000'000, random);
        QCOMPARE(d.state, state);
        QCOMPARE(d.pauseBroadcast, pause);
        if (delayMs >= 0)
            QCOMPARE(d.nextAttemptAtMs - 1'000'000, delayMs);
    }

    void backoffIsCapped()
    {
        RetryPolicy policy;
        policy.maxAttempts = 40;
        ProviderError error;
        error.errorClass = ErrorClass::Transient;
        const RetryDecision d = policy.decide(error, 30, 0, 0, 0.5);
        QCOMPARE(d.nextAttemptAtMs, qint64(5 * 60 * 1000));
    }

    void statusNeverMovesBackwards_data()
    {
        QTest::addColumn<OutboxState>("from");
        QTest::addColumn<OutboxState>("to");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("accepted -> delivered") << OutboxState::Accepted << OutboxState::Delivered << true;
        QTest::newRow("accepted -> sent") << OutboxState::Accepted << OutboxState::Sent << true;
        QTest::newRow("sent -> delivered") << OutboxState::Sent << OutboxState::Delivered << true;
        QTest::newRow("delivered -> sent (late callback)") << OutboxState::Delivered << OutboxState::Sent << false;
        QTest::newRow("sent -> failed (63016 after sending)") << OutboxState::Sent << OutboxState::Failed << true;
        QTest::newRow("delivered -> failed") << OutboxState::Delivered << OutboxState::Failed << false;
        QTest::newRow("delivered -> read") << OutboxState::Delivered << OutboxState::Read << true;
        QTest::newRow("accepted -> read (read at once)") << OutboxState::Accepted << OutboxState::Read << true;
        QTest::newRow("read -> delivered (late callback)") << OutboxState::Read << OutboxState::Delivered << false;
        QTest::newRow("delivered -> accepted") << OutboxState::Delivered << OutboxState::Accepted << false;
        QTest::newRow("accepted -> failed (async failure)") << OutboxState::Accepted << OutboxState::Failed << true;
        QTest::newRow("unconfirmed -> delivered (report settles it)")
            << OutboxState::Unconfirmed << OutboxState::Delivered << true;
        QTest::newRow("failed -> delivered") << OutboxState::Failed << OutboxState::Delivered << false;
        QTest::newRow("cancelled -> accepted") << OutboxState::Cancelled << OutboxState::Accepted << false;
        QTest::newRow("read -> failed") << OutboxState::Read << OutboxState::Failed << false;
    }
    void statusNeverMovesBackwards()
    {
        QFETCH(OutboxState, from);
        QFETCH(OutboxState, to);
        QFETCH(bool, allowed);
        QCOMPARE(outboxMayAdvance(from, to), allowed);
    }

    void stateNamesRoundTrip()
    {
        QCOMPARE(allOutboxStates().size(), 11);
        for (OutboxState s : allOutboxStates())
            QCOMPARE(outboxStateFromName(outboxStateName(s)), s);
        QCOMPARE(outboxStateName(OutboxState::RetryWait), u"retry_wait"_s);
        QCOMPARE(outboxStateName(OutboxState::Skipped), u"skipped"_s);
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
