// analytics_bench: the Results screen's queries over a large history: N outbox rows (default 1,000,000: 200
// broadcasts of 5,000 from 10 senders over 90 days) and M inbound messages (default 50,000), in a fresh SQLite file
// or a PostgreSQL database (--db postgresql://…, emptied first). Each query runs three times: the first run (which
// may work out the settled days' figures once) and the slowest of the two after it are reported. Goal: any chart's
// data in 200 ms or less. With --settle-first, the last twelve months' settled days are worked out first, as the
// window does on its read thread when it starts (settle_ms), and the first runs are what the owner's first look at
// Results then costs. Prints one JSON line.
//   analytics_bench [--rows N] [--inbound M] [--db URL] [--settle-first]
#include "analytics/broadcastreport.h"
#include "analytics/periodreport.h"
#include "storage/database.h"
#include "storage/writetransaction.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <functional>

using namespace Qt::StringLiterals;

namespace {
constexpr int kSenders = 10;
constexpr int kPerBroadcast = 5000;
constexpr qint64 kDayMs = 24LL * 3600 * 1000;

bool exec(QSqlDatabase db, const QString& sql)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    QTextStream(stderr) << q.lastError().text() << Qt::endl;
    return false;
}

QString phone(int customer)
{
    return u"+1415%1"_s.arg(2000000 + customer);
}

// Writes the history in batches of multi-row INSERTs, one transaction per batch.
bool fill(Database& database, int rows, int inbound, qint64 now)
{
    QSqlDatabase db = database.connection();
    QRandomGenerator random(42);
    for (int s = 1; s <= kSenders; ++s) {
        if (!exec(db,
                u"INSERT INTO profiles (name, whatsapp_provider, created_at, updated_at) VALUES "
                "('Sender %1', '%2', '2026-01-01', '2026-01-01')"_s.arg(s)
                    .arg(s % 2 ? u"twilio"_s : u"meta_cloud"_s)))
            return false;
    }
    const int broadcasts = qMax(1, rows / kPerBroadcast);
    const QStringList states = {u"read"_s, u"read"_s, u"read"_s, u"delivered"_s, u"delivered"_s, u"sent"_s,
        u"accepted"_s, u"failed"_s, u"skipped"_s, u"read"_s};
    const QStringList codes = {u"131026"_s, u"131049"_s, u"131047"_s, u"63016"_s, u"131000"_s};
    for (int b = 0; b < broadcasts; ++b) {
        const int sender = 1 + b % kSenders;
        const qint64 sentAt = now - qint64(random.bounded(90)) * kDayMs - random.bounded(int(kDayMs / 1000)) * 1000LL;
        if (!exec(db,
                u"INSERT INTO broadcasts (profile_id, message, state, created_at, title) VALUES "
                "(%1, '{}', 'finished', '2026-01-01', 'Broadcast %2')"_s.arg(sender)
                    .arg(b + 1)))
            return false;
        WriteTransaction transaction(db);
        for (int start = 0; start < kPerBroadcast; start += 500) {
            QString sql = u"INSERT INTO outbox (broadcast_id, profile_id, recipient, state, claimed_at, error_code, "
                          "error_explanation, cost_estimate, price) VALUES "_s;
            for (int i = start; i < start + 500; ++i) {
                const QString state = states.at(random.bounded(int(states.size())));
                const bool failed = state == u"failed"_s;
                sql += u"(%1, %2, '%3', '%4', %5, '%6', '%7', %8, '%9'),"_s.arg(b + 1)
                           .arg(sender)
                           .arg(phone(i))
                           .arg(state)
                           .arg(sentAt + i * 20)
                           .arg(failed ? codes.at(random.bounded(int(codes.size()))) : QString())
                           .arg(failed ? u"Undeliverable"_s : QString())
                           .arg(0.0034 + (sender % 2 ? 0.005 : 0))
                           .arg(sender % 2 && state != u"failed"_s ? u"-0.00840"_s : QString());
            }
            sql.chop(1);
            if (!exec(db, sql))
                return false;
        }
        if (!transaction.commit().isOk())
            return false;
    }
    WriteTransaction transaction(db);
    for (int start = 0; start < inbound; start += 500) {
        QString sql = u"INSERT INTO inbound_messages (profile_id, provider, provider_message_id, from_phone, body, "
                      "received_at, keyword) VALUES "_s;
        for (int i = start; i < qMin(inbound, start + 500); ++i)
            sql += u"(%1, 'twilio', 'SM%2', '%3', 'hi', %4, '%5'),"_s.arg(1 + i % kSenders)
                       .arg(i)
                       .arg(phone(random.bounded(kPerBroadcast)))
                       .arg(now - qint64(random.bounded(90 * 24 * 60)) * 60000)
                       .arg(i % 40 == 0 ? u"stop"_s : QString());
        sql.chop(1);
        if (!exec(db, sql))
            return false;
    }
    if (!transaction.commit().isOk())
        return false;
    return exec(db, u"ANALYZE"_s);
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"tandem.*.debug=false"_s);
    QCommandLineParser parser;
    parser.addOption({u"rows"_s, u"Outbox rows."_s, u"N"_s, u"1000000"_s});
    parser.addOption({u"inbound"_s, u"Inbound messages."_s, u"M"_s, u"50000"_s});
    parser.addOption({u"db"_s, u"A PostgreSQL URL (its tables are emptied); default: a new SQLite file."_s, u"URL"_s});
    parser.addOption({u"settle-first"_s, u"Work out the settled days first, as the window does when it starts."_s});
    parser.process(app);
    const int rows = parser.value(u"rows"_s).toInt();
    const int inbound = parser.value(u"inbound"_s).toInt();

    QTemporaryDir dir;
    Database database;
    const QString address = parser.isSet(u"db"_s) ? parser.value(u"db"_s) : dir.filePath(u"analytics.sqlite"_s);
    if (const Status opened = database.open(address); !opened.isOk()) {
        QTextStream(stderr) << opened.error() << Qt::endl;
        return 1;
    }
    if (database.isPostgres()) {
        for (const QString& table : {u"inbound_messages"_s, u"outbox"_s, u"broadcasts"_s, u"profiles"_s})
            exec(database.connection(), u"DELETE FROM %1"_s.arg(table));
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QElapsedTimer filling;
    filling.start();
    if (!fill(database, rows, inbound, now))
        return 1;
    const double fillSeconds = filling.elapsed() / 1000.0;

    PeriodReports periods(database);
    BroadcastReports reports(database);
    const QDate today = QDate::currentDate();
    PeriodReports::Query month {today.addDays(-29), today, std::nullopt, PeriodReports::Granularity::Day};
    PeriodReports::Query year {today.addMonths(-11), today, std::nullopt, PeriodReports::Granularity::Month};
    PeriodReports::Query oneSender {today.addDays(-29), today, qint64(3), PeriodReports::Granularity::Week};
    const qint64 broadcast = qMax(1, rows / kPerBroadcast / 2); // one in the middle of the history
    const QList<std::pair<QString, std::function<bool()>>> queries = {
        {u"days_30_all_senders"_s,
            [&] {
                return periods.figures(month).isOk();
            }},
        {u"months_12_all_senders"_s,
            [&] {
                return periods.figures(year).isOk();
            }},
        {u"weeks_one_sender"_s,
            [&] {
                return periods.figures(oneSender).isOk();
            }},
        {u"failures_30_days"_s,
            [&] {
                return periods.failures(month).isOk();
            }},
        {u"broadcast_funnel"_s,
            [&] {
                return reports.report(broadcast).isOk();
            }},
        {u"broadcast_replied_recipients"_s,
            [&] {
                return reports.recipients(broadcast, FunnelStage::Replied).isOk();
            }},
    };
    double settleMs = -1;
    if (parser.isSet(u"settle-first"_s)) {
        QElapsedTimer timer;
        timer.start();
        if (!periods.settle(QDate(today.year(), today.month(), 1).addMonths(-11), today).isOk()) {
            QTextStream(stderr) << "settling failed" << Qt::endl;
            return 1;
        }
        settleMs = timer.nsecsElapsed() / 1e6;
    }
    // The first run of each query may work out and keep the settled days' figures (once for the whole history);
    // the two runs after it are what the screen costs from then on. Both are reported.
    QJsonObject first;
    QJsonObject timings;
    double slowest = 0;
    double slowestFirst = 0;
    for (const auto& [name, run] : queries) {
        double worst = 0;
        for (int i = 0; i < 3; ++i) {
            QElapsedTimer timer;
            timer.start();
            if (!run()) {
                QTextStream(stderr) << name << " failed" << Qt::endl;
                return 1;
            }
            const double ms = timer.nsecsElapsed() / 1e6;
            if (i == 0) {
                first.insert(name, qRound(ms * 10) / 10.0);
                slowestFirst = qMax(slowestFirst, ms);
            } else {
                worst = qMax(worst, ms);
            }
        }
        timings.insert(name, qRound(worst * 10) / 10.0);
        slowest = qMax(slowest, worst);
    }
    QJsonObject result {{u"backend"_s, database.isPostgres() ? u"postgresql"_s : u"sqlite"_s}, {u"rows"_s, rows},
        {u"inbound"_s, inbound}, {u"fill_seconds"_s, fillSeconds}, {u"first_query_ms"_s, first},
        {u"slowest_first_ms"_s, qRound(slowestFirst * 10) / 10.0}, {u"query_ms"_s, timings},
        {u"slowest_ms"_s, qRound(slowest * 10) / 10.0}, {u"goal_ms"_s, 200}, {u"goal_met"_s, slowest <= 200}};
    if (settleMs >= 0)
        result.insert(u"settle_ms"_s, qRound(settleMs * 10) / 10.0);
    QTextStream(stdout) << QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Compact)) << Qt::endl;
    return 0;
}
