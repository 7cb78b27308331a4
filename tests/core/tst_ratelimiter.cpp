// The token bucket and Meta's pair limit, on a clock the test moves by hand.
#include "outbox/ratelimiter.h"

#include <QTest>

class TestRateLimiter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void bucketAllowsTheRateOnAverage()
    {
        qint64 now = 0;
        RateLimiter limiter(80, [&now] { return now; });
        // A full bucket holds one message plus 5 ms' worth (1.4 at 80/s), then nothing.
        int sent = 0;
        while (limiter.tryTake())
            ++sent;
        QCOMPARE(sent, 1);
        qint64 wait = 0;
        QVERIFY(!limiter.tryTake(&wait));
        QCOMPARE(wait, qint64(8)); // 0.4 left: 0.6 × 1000 / 80 = 7.5, rounded up
        // Over the next ten seconds, exactly 80 a second.
        sent = 0;
        for (now = 1; now <= 10'000; ++now) {
            while (limiter.tryTake())
                ++sent;
        }
        QVERIFY2(sent >= 799 && sent <= 800, qPrintable(QString::number(sent))); // 80/s × 10 s, give or take rounding
    }

    void availableCountsWholeTokens()
    {
        qint64 now = 0;
        RateLimiter limiter(1000, [&now] { return now; });
        QCOMPARE(limiter.available(), 21); // one plus 20 ms' worth at this pace
        for (int i = 0; i < 21; ++i)
            limiter.tryTake();
        qint64 wait = 0;
        QCOMPARE(limiter.available(&wait), 0);
        QCOMPARE(wait, qint64(1));
        now = 3;
        QCOMPARE(limiter.available(), 3);
        now = 100'000;
        QCOMPARE(limiter.available(), 21); // never more than the burst
    }

    // A fast sender whose checks come late (a busy thread, a coarse timer) keeps its pace, and still no second,
    // wherever it starts, holds more than the rate.
    void lateChecksKeepThePaceAndNoSecondGoesOver()
    {
        qint64 now = 0;
        RateLimiter limiter(1000, [&now] { return now; });
        QList<qint64> sentAt;
        for (now = 0; now < 10'000; now += (now / 7) % 3 == 0 ? 15 : 4) {
            while (limiter.tryTake())
                sentAt << now;
        }
        QVERIFY2(sentAt.size() >= 9'850, qPrintable(QString::number(sentAt.size())));
        for (qsizetype i = 995; i < sentAt.size(); ++i)
            QVERIFY2(sentAt[i] - sentAt[i - 995] >= 1000, qPrintable(QString::number(sentAt[i])));
    }

    void noOneSecondWindowGoesOverTheRate()
    {
        qint64 now = 0;
        RateLimiter limiter(1000, [&now] { return now; });
        QList<int> perSecond(5, 0);
        for (now = 0; now < 5000; ++now) {
            while (limiter.tryTake())
                ++perSecond[int(now / 1000)];
        }
        for (int n : perSecond)
            QVERIFY2(n >= 990 && n <= 995, qPrintable(QString::number(n)));
    }

    void zeroMeansUnlimited()
    {
        RateLimiter limiter(0, [] { return qint64(0); });
        for (int i = 0; i < 100'000; ++i)
            QVERIFY(limiter.tryTake());
        QVERIFY(limiter.available() > 100'000);
    }

    void slowRatesStillSendOneAtATime()
    {
        qint64 now = 0;
        RateLimiter limiter(1.0 / 3.0, [&now] { return now; }); // the Twilio sandbox: 1 per 3 s
        QVERIFY(limiter.tryTake());
        qint64 wait = 0;
        QVERIFY(!limiter.tryTake(&wait)); // no burst: the sandbox would answer 63018
        QVERIFY2(wait >= 2990 && wait <= 3000, qPrintable(QString::number(wait)));
        now = wait - 1;
        QVERIFY(!limiter.tryTake());
        now = wait;
        QVERIFY(limiter.tryTake());
    }

    void pairLimitIsPerRecipient()
    {
        qint64 now = 0;
        PairLimiter pairs(6000, [&now] { return now; });
        QVERIFY(pairs.tryTake(QStringLiteral("+14155550100")));
        QVERIFY(pairs.tryTake(QStringLiteral("+14155550101")));
        qint64 wait = 0;
        QVERIFY(!pairs.tryTake(QStringLiteral("+14155550100"), &wait));
        QCOMPARE(wait, qint64(6000));
        now = 5999;
        QVERIFY(!pairs.tryTake(QStringLiteral("+14155550100"), &wait));
        QCOMPARE(wait, qint64(1));
        now = 6000;
        QVERIFY(pairs.tryTake(QStringLiteral("+14155550100")));
    }

    void pairLimitForgetsRecipientsWhoseIntervalIsOver()
    {
        qint64 now = 0;
        PairLimiter pairs(6000, [&now] { return now; });
        for (int i = 0; i < 10'000; ++i)
            QVERIFY(pairs.tryTake(QString::number(14155550000LL + i)));
        QCOMPARE(pairs.remembered(), qsizetype(10'000));
        now = 6000; // their six seconds are over: a broadcast to 100,000 people does not keep 100,000 entries
        QVERIFY(pairs.tryTake(QStringLiteral("+1")));
        QCOMPARE(pairs.remembered(), qsizetype(1));
    }

    // The provider said "too many requests": half the pace at once, then back to the setting over half a minute.
    void throttleHalvesThePaceAndRecovers()
    {
        qint64 now = 0;
        RateLimiter limiter(80, [&now] { return now; });
        QCOMPARE(limiter.rate(), 80.0);
        limiter.throttle();
        QCOMPARE(limiter.rate(), 40.0);
        limiter.throttle(); // the answers to what was already sent say the same: one slow-down a second
        QCOMPARE(limiter.rate(), 40.0);
        now = 1000;
        limiter.available();
        QVERIFY2(qAbs(limiter.rate() - (40.0 + 80.0 / 30.0)) < 0.01, qPrintable(QString::number(limiter.rate())));
        limiter.throttle();
        QVERIFY(limiter.rate() < 22);
        now = 40'000;
        limiter.available();
        QCOMPARE(limiter.rate(), 80.0);
        QCOMPARE(limiter.setting(), 80.0);
        // Messages over a second follow the pace: about 40 in the second after a throttle.
        now = 100'000;
        limiter.available();
        limiter.throttle();
        int sent = 0;
        for (; now < 101'000; ++now) {
            while (limiter.tryTake())
                ++sent;
        }
        QVERIFY2(sent >= 40 && sent <= 43, qPrintable(QString::number(sent)));
    }

    void anUnlimitedSenderThatIsThrottledFindsItsPace()
    {
        qint64 now = 0;
        RateLimiter limiter(0, [&now] { return now; });
        limiter.throttle();
        QCOMPARE(limiter.rate(), 50.0);
        now = 30'000; // doubling every 3 s: unlimited again
        limiter.available();
        QCOMPARE(limiter.rate(), 0.0);
    }
};

QTEST_GUILESS_MAIN(TestRateLimiter)
#include "tst_ratelimiter.moc"
