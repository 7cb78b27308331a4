// What a broadcast achieved and what it cost, against a broadcast whose every row is known: the funnel, failures
// and skips by reason, replies and STOPs within a week, Tandem's estimate (Meta's free messages at nothing) beside
// Twilio's reported price, the recipients behind a bar, and the same figures per day and sender. SQLite and
// PostgreSQL.
#include "analytics/broadcastreport.h"
#include "analytics/periodreport.h"
#include "fakes/sandboxprofiles.h"
#include "fakes/sendingharness.h"
#include "fakes/testdatabase.h"
#include "pricing/comparisondata.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 kHourMs = 3600LL * 1000;

QList<Recipient> recipients(int n)
{
    QList<Recipient> list;
    for (int i = 0; i < n; ++i)
        list.append({u"+1415555%1"_s.arg(i, 4, 10, QChar(u'0')), {}});
    return list;
}

QString phone(int i)
{
    return u"+1415555%1"_s.arg(i, 4, 10, QChar(u'0'));
}
} // namespace

class TestAnalytics : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        QVERIFY(m_h.open(testDatabase(m_dir, u"analytics-%1"_s.arg(++m_counter))));
        Profile twilio = twilioSandboxProfile(QUrl(u"http://127.0.0.1:9"_s));
        m_sender = m_h.addProfile(twilio, twilioSandboxSecrets());
        OutgoingMessage m;
        m.text = u"Doors open at nine"_s;
        // Twenty customers: every row's estimate is North America's utility price plus Twilio's fee.
        m_broadcast = m_h.outbox->broadcasts().create(m_sender, m, recipients(20), {}).value();
        // Sent a day ago, at 10:00 local time.
        m_sentAt = QDateTime(QDate::currentDate().addDays(-1), QTime(10, 0)).toMSecsSinceEpoch();
        // 0-3 read, 4-9 delivered, 10-13 accepted, 14-15 failed (two codes), 16 skipped, 17 cancelled, 18-19 queued.
        setState(0, 4, u"read"_s);
        setState(4, 10, u"delivered"_s);
        setState(10, 14, u"accepted"_s);
        setState(14, 15, u"failed"_s, u"63016"_s, u"Undeliverable"_s);
        setState(15, 16, u"failed"_s, u"63024"_s, u"Invalid recipient"_s);
        setState(16, 17, u"skipped"_s, u"opted_out"_s, u"Opted out"_s);
        setState(17, 18, u"cancelled"_s);
        // Twilio reported its price for three of them ("-0.00840" is how Twilio writes a charge).
        exec(u"UPDATE outbox SET price = '-0.00840', price_unit = 'USD' WHERE recipient IN ('%1', '%2', '%3')"_s.arg(
            phone(0), phone(1), phone(4)));
        // Replies: 0 and 4 wrote back within a week, 1 sent STOP, 5 wrote before the broadcast (does not count),
        // 6 wrote eight days later (does not count).
        inbound(0, m_sentAt + 2 * kHourMs, u""_s);
        inbound(4, m_sentAt + 30 * kHourMs, u""_s);
        inbound(1, m_sentAt + 1 * kHourMs, u"stop"_s);
        inbound(5, m_sentAt - 5 * kHourMs, u""_s);
        inbound(6, m_sentAt + 8 * 24 * kHourMs, u""_s);
    }
    void cleanup()
    {
        m_h.close();
    }

    void theFunnelOfAKnownBroadcast()
    {
        const BroadcastReport r = BroadcastReports(m_h.db).report(m_broadcast).value();
        QCOMPARE(r.total, 20);
        QCOMPARE(r.sent, 14); // read 4 + delivered 6 + accepted 4
        QCOMPARE(r.delivered, 10);
        QCOMPARE(r.read, 4);
        QCOMPARE(r.replied, 3); // 0, 1 (STOP is a reply too) and 4
        QCOMPARE(r.optedOutAfter, 1);
        QCOMPARE(r.failed, 2);
        QCOMPARE(r.skipped, 1);
        QCOMPARE(r.cancelled, 1);
        QCOMPARE(r.waiting, 2);
        QCOMPARE(r.failedBy.size(), 2);
        QCOMPARE(r.skippedBy.size(), 1);
        QCOMPARE(r.skippedBy.first().code, u"opted_out"_s);
        // 14 sent × (0.0034 + 0.005), the service price in North America plus Twilio's fee.
        QVERIFY2(qAbs(r.estimatedCostUsd - 14 * 0.0084) < 1e-9, qPrintable(QString::number(r.estimatedCostUsd)));
        QVERIFY(qAbs(r.reportedCostUsd - 3 * 0.0084) < 1e-9);
        QCOMPARE(r.reportedRows, 3);
        QVERIFY(qAbs(r.costPerDelivered() - 14 * 0.0084 / 10) < 1e-9);
    }

    void messagesMetaSaysAreFreeCostNothing()
    {
        exec(u"UPDATE outbox SET billable = 0 WHERE recipient IN ('%1', '%2')"_s.arg(phone(0), phone(4)));
        const BroadcastReport r = BroadcastReports(m_h.db).report(m_broadcast).value();
        QVERIFY(qAbs(r.estimatedCostUsd - 12 * 0.0084) < 1e-9);
    }

    void theRecipientsBehindABar()
    {
        BroadcastReports reports(m_h.db);
        QCOMPARE(reports.recipients(m_broadcast, FunnelStage::Read).value(),
            (QStringList {phone(0), phone(1), phone(2), phone(3)}));
        QCOMPARE(reports.recipients(m_broadcast, FunnelStage::Replied).value(),
            (QStringList {phone(0), phone(1), phone(4)}));
        QCOMPARE(reports.recipients(m_broadcast, FunnelStage::Failed).value(), (QStringList {phone(14), phone(15)}));
        QCOMPARE(reports.recipients(m_broadcast, FunnelStage::Queued).value().size(), 20);
    }

    void figuresPerDayAndSender()
    {
        PeriodReports::Query query;
        query.from = QDate::currentDate().addDays(-7);
        query.to = QDate::currentDate();
        const QList<PeriodFigures> days = PeriodReports(m_h.db).figures(query).value();
        // The broadcast's day, and the day of the late reply (which fell within the range, or not).
        const QDate sentDay = QDate::currentDate().addDays(-1);
        auto on = [&](const QDate& day) {
            for (const PeriodFigures& f : days) {
                if (f.start == day)
                    return f;
            }
            return PeriodFigures {};
        };
        const PeriodFigures f = on(sentDay);
        QCOMPARE(f.profileId, m_sender);
        QCOMPARE(f.sent, 14);
        QCOMPARE(f.delivered, 10);
        QCOMPARE(f.read, 4);
        QCOMPARE(f.failed, 2);
        QVERIFY(qAbs(f.estimatedCostUsd - 14 * 0.0084) < 1e-9);
        QVERIFY(qAbs(f.deliveryRate() - 10.0 / 14) < 1e-9);
        // Messages customers wrote count on the day they came: 5 at 05:00, 1 at 11:00 and 0 at 12:00 that day.
        QCOMPARE(f.replies, 3);
        // By month, every day of the range lands in one or two months, and the counts add up.
        query.granularity = PeriodReports::Granularity::Month;
        int sent = 0;
        const QList<PeriodFigures> months = PeriodReports(m_h.db).figures(query).value();
        for (const PeriodFigures& m : months) {
            QCOMPARE(m.start.day(), 1);
            sent += m.sent;
        }
        QCOMPARE(sent, 14);
        const QList<BroadcastReport::Reason> failures = PeriodReports(m_h.db).failures(query).value();
        QCOMPARE(failures.size(), 2);
    }

    // Days older than a week are worked out once and kept: the same figures as the rows give, read from the kept
    // ones afterwards (a row changed after that no longer moves them), while recent days stay live.
    void settledDaysAreKept()
    {
        const qint64 longAgo = QDateTime(QDate::currentDate().addDays(-20), QTime(9, 0)).toMSecsSinceEpoch();
        exec(u"UPDATE outbox SET claimed_at = %1 WHERE recipient IN ('%2', '%3', '%4')"_s.arg(longAgo).arg(
            phone(0), phone(1), phone(14)));
        PeriodReports::Query query;
        query.from = QDate::currentDate().addDays(-30);
        query.to = QDate::currentDate();
        auto on = [](const QList<PeriodFigures>& all, const QDate& day) {
            for (const PeriodFigures& f : all) {
                if (f.start == day)
                    return f;
            }
            return PeriodFigures {};
        };
        const QDate old = QDate::currentDate().addDays(-20);
        const PeriodFigures first = on(PeriodReports(m_h.db).figures(query).value(), old);
        QCOMPARE(first.sent, 2); // 0 and 1 read
        QCOMPARE(first.read, 2);
        QCOMPARE(first.failed, 1); // 14
        QSqlQuery kept(m_h.db.connection());
        QVERIFY(kept.exec(u"SELECT COUNT(*) FROM report_days_done"_s) && kept.next());
        QVERIFY(kept.value(0).toInt() >= 20); // every settled day of the range, with messages or not
        // A settled day's row changes: the kept figures stand. Yesterday's change shows at once.
        exec(u"UPDATE outbox SET state = 'failed' WHERE recipient = '%1'"_s.arg(phone(0)));
        exec(u"UPDATE outbox SET state = 'failed' WHERE recipient = '%1'"_s.arg(phone(2)));
        const QList<PeriodFigures> again = PeriodReports(m_h.db).figures(query).value();
        QCOMPARE(on(again, old).read, 2);
        QCOMPARE(on(again, QDate::currentDate().addDays(-1)).failed, 2); // 15, and 2 now
    }

    // "What would this have cost on the other provider?": last month's messages, each at Meta's price for its
    // market and kind, through each provider's fee.
    void lastMonthThroughEachProvider()
    {
        const QDate today = QDate::currentDate();
        const QDate lastMonth = QDate(today.year(), today.month(), 1).addMonths(-1);
        const qint64 midLastMonth = QDateTime(lastMonth.addDays(14), QTime(12, 0)).toMSecsSinceEpoch();
        // The ten delivered or read rows went out last month; 14 (failed) too, which costs nothing.
        exec(u"UPDATE outbox SET claimed_at = %1 WHERE state IN ('read', 'delivered') OR recipient = '%2'"_s
                 .arg(midLastMonth)
                 .arg(phone(14)));
        const ComparisonData prices = ComparisonData::builtin().takeValue();
        const OwnMonth own = PeriodReports(m_h.db).lastMonth(prices, today).value();
        QCOMPARE(own.month, lastMonth);
        QCOMPARE(own.messages, 10);
        QVERIFY(qAbs(own.metaUsd - 10 * 0.0034) < 1e-9); // Twilio's fee taken off its own estimates
        QVERIFY(qAbs(own.byProvider.value(u"twilio"_s) - 10 * 0.0084) < 1e-9);
        QVERIFY(qAbs(own.byProvider.value(u"meta_cloud"_s) - 10 * 0.0034) < 1e-9);
        QVERIFY(qAbs(own.byProvider.value(u"360dialog"_s) - 10 * 0.0034) < 1e-9);
        QVERIFY(PeriodReports(m_h.db).lastMonth(prices, today.addMonths(3)).value().isEmpty());
    }

private:
    void exec(const QString& sql)
    {
        QSqlQuery q(m_h.db.connection());
        QVERIFY2(q.exec(sql), qPrintable(sql));
    }
    void setState(int from, int to, const QString& state, const QString& code = u""_s, const QString& why = u""_s)
    {
        for (int i = from; i < to; ++i) {
            QSqlQuery q(m_h.db.connection());
            q.prepare(u"UPDATE outbox SET state = ?, claimed_at = ?, error_code = ?, error_explanation = ? "
                      "WHERE recipient = ? AND broadcast_id = ?"_s);
            q.addBindValue(state);
            q.addBindValue(state == u"cancelled"_s ? qint64(0) : m_sentAt);
            q.addBindValue(code);
            q.addBindValue(why);
            q.addBindValue(phone(i));
            q.addBindValue(m_broadcast);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
    }
    void inbound(int who, qint64 at, const QString& keyword)
    {
        QSqlQuery q(m_h.db.connection());
        q.prepare(u"INSERT INTO inbound_messages (profile_id, provider, provider_message_id, from_phone, body, "
                  "received_at, keyword) VALUES (?, 'twilio', ?, ?, 'hi', ?, ?)"_s);
        q.addBindValue(m_sender);
        q.addBindValue(u"SM%1-%2"_s.arg(who).arg(at));
        q.addBindValue(phone(who));
        q.addBindValue(at);
        q.addBindValue(keyword);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }

    QTemporaryDir m_dir;
    int m_counter = 0;
    SendingHarness m_h;
    qint64 m_sender = 0;
    qint64 m_broadcast = 0;
    qint64 m_sentAt = 0;
};

QTEST_GUILESS_MAIN(TestAnalytics)
#include "tst_analytics.moc"
