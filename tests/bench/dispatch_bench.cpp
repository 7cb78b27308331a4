// dispatch_bench: how fast the real outbox sends. Starts `tandem-cli sandbox` as a separate process, creates a
// broadcast in an SQLite file, dispatches it through Outbox + Dispatcher, and prints messages per second, p50/p99
// request latency, peak RSS, the longest event-loop stall (a 5 ms timer's worst lateness) and, for paced runs,
// the busiest one-second window the sandbox counted. The last line is one JSON object.
//   dispatch_bench [--messages N] [--rate R] [--latency-ms L] [--in-flight K]
#include "outbox/dispatcher.h"
#include "outbox/senderleases.h"
#include "profiles/profileservice.h"
#include "providers/providerregistry.h"
#include "sandbox/sandboxaccounts.h"
#include "secrets/memorysecretstore.h"
#include "storage/database.h"
#include "storage/profilerepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>

#include "measure.h"

using namespace Qt::StringLiterals;

namespace {
QJsonObject fetchJson(const QString& url)
{
    QNetworkAccessManager network;
    QNetworkReply* reply = network.get(QNetworkRequest(QUrl(url)));
    QEventLoop loop; // a benchmark tool, not product code
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    return QJsonDocument::fromJson(reply->readAll()).object();
}

double percentile(std::vector<qint64>& values, double p)
{
    if (values.empty())
        return 0;
    const size_t index = std::min(values.size() - 1, size_t(p * double(values.size())));
    std::nth_element(values.begin(), values.begin() + qsizetype(index), values.end());
    return double(values[index]);
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"tandem.*.debug=false\ntandem.sandbox.info=false"_s);
    QCommandLineParser parser;
    parser.addOptions({{u"messages"_s, u"How many recipients."_s, u"N"_s, u"20000"_s},
        {u"rate"_s, u"Messages per second; 0 sends unpaced."_s, u"R"_s, u"0"_s},
        {u"latency-ms"_s, u"Sandbox answer delay."_s, u"L"_s, u"0"_s},
        {u"in-flight"_s, u"Requests under way at once."_s, u"K"_s, u"48"_s},
        {u"cli"_s, u"Path of tandem-cli."_s, u"PATH"_s, QStringLiteral(TANDEM_CLI_PATH)}});
    parser.addHelpOption();
    parser.process(app);
    const int messages = parser.value(u"messages"_s).toInt();
    const double rate = parser.value(u"rate"_s).toDouble();
    QTextStream out(stdout);

    QProcess sandbox;
    sandbox.setProgram(parser.value(u"cli"_s));
    sandbox.setArguments({u"sandbox"_s, u"--port"_s, u"0"_s, u"--latency-ms"_s, parser.value(u"latency-ms"_s)});
    sandbox.start();
    const QRegularExpression listening(u"listening on (http://127\\.0\\.0\\.1:[0-9]+)"_s);
    QByteArray banner;
    while (!listening.match(QString::fromUtf8(banner)).hasMatch()) {
        if (!sandbox.waitForReadyRead(10000)) {
            out << "the sandbox did not start" << Qt::endl;
            return 1;
        }
        banner += sandbox.readAllStandardOutput();
    }
    const QString base = listening.match(QString::fromUtf8(banner)).captured(1);

    QTemporaryDir dir;
    Database db;
    if (!db.open(dir.filePath(u"bench.sqlite"_s)).isOk())
        return 1;
    const ProviderRegistry registry = ProviderRegistry::builtin();
    ProfileRepository profiles(db, registry);
    MemorySecretStore secrets;
    ProfileService service(profiles, registry, secrets);
    Profile p;
    p.name = u"Bench"_s;
    p.kind = u"meta_cloud"_s;
    p.settings = {{u"phone_number_id"_s, QString::fromUtf16(SandboxAccounts::metaPhoneNumberId)},
        {u"default_region"_s, u"US"_s}, {u"api_base"_s, base}, {u"rate_per_second"_s, QString::number(rate)}};
    const qint64 profileId = profiles.create(p).value().id;
    secrets.write(
        SecretStore::profileKey(profileId, u"access_token"_s), QString::fromUtf16(SandboxAccounts::metaAccessToken));
    QCoreApplication::processEvents();

    Outbox outbox(db);
    QList<Recipient> recipients;
    recipients.reserve(messages);
    for (int i = 0; i < messages; ++i)
        recipients.append({u"+1415"_s + QString::number(2000000 + i), {}});
    OutgoingMessage message;
    message.text = u"Our spring sale starts today"_s;
    const qint64 broadcastId = outbox.createBroadcast(profileId, message, recipients).value();
    recipients.clear();
    recipients.squeeze();

    SenderPool pool(profiles, service, registry, &RateLimiter::steadyClock);
    SenderLeases leases(db);
    Dispatcher::Options options;
    options.maxInFlight = parser.value(u"in-flight"_s).toInt();
    Dispatcher dispatcher(outbox, leases, pool, options);
    std::vector<qint64> latencies;
    latencies.reserve(size_t(messages));
    QObject::connect(&dispatcher, &Dispatcher::requestFinished, [&latencies](qint64 ms) { latencies.push_back(ms); });

    QElapsedTimer wall;
    // The longest stall: how late a 5 ms timer fires at worst.
    qint64 maxStall = 0;
    qint64 maxStallAt = 0;
    QElapsedTimer stallClock;
    QTimer stallTimer;
    stallTimer.setTimerType(Qt::PreciseTimer);
    QObject::connect(&stallTimer, &QTimer::timeout, [&] {
        const qint64 late = stallClock.restart() - 5;
        if (late > maxStall) {
            maxStall = late;
            maxStallAt = wall.elapsed();
        }
    });

    QTimer finished;
    QObject::connect(&finished, &QTimer::timeout, [&] {
        if (outbox.broadcast(broadcastId).value().state == Broadcast::State::Finished)
            app.quit();
    });
    wall.start();
    stallClock.start();
    stallTimer.start(5);
    finished.start(50);
    dispatcher.start();
    app.exec();
    const double seconds = wall.elapsed() / 1000.0;
    stallTimer.stop();

    const QHash<OutboxState, int> counts = outbox.counts(broadcastId).value();
    const QJsonObject stats = fetchJson(base + u"/_sandbox/stats"_s);
    sandbox.terminate();
    sandbox.waitForFinished(5000);

    QJsonObject result {{u"mode"_s, rate > 0 ? u"paced"_s : u"unpaced"_s}, {u"messages"_s, messages},
        {u"accepted"_s, counts.value(OutboxState::Accepted)}, {u"seconds"_s, seconds},
        {u"msgs_per_s"_s, qRound(messages / seconds * 10) / 10.0}, {u"p50_ms"_s, percentile(latencies, 0.50)},
        {u"p99_ms"_s, percentile(latencies, 0.99)}, {u"peak_rss_mb"_s, peakRssMb()}, {u"max_stall_ms"_s, maxStall},
        {u"max_stall_at_ms"_s, maxStallAt}, {u"latency_ms"_s, parser.value(u"latency-ms"_s).toInt()},
        {u"in_flight"_s, options.maxInFlight}};
    if (rate > 0) {
        result.insert(u"rate"_s, rate);
        result.insert(u"max_window"_s, stats.value(u"max_per_second"_s).toInt());
        result.insert(u"rate_achieved_pct"_s, qRound(messages / seconds / rate * 1000) / 10.0);
    }
    out << QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Compact)) << Qt::endl;
    return counts.value(OutboxState::Accepted) == messages ? 0 : 1;
}
