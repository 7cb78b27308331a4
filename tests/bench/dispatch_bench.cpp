// dispatch_bench: how fast the real outbox sends. Starts `tandem-cli sandbox` as a separate process, creates a
// broadcast in an SQLite file, dispatches it through Outbox + Dispatcher, and prints messages per second, p50/p99
// request latency, peak RSS, the longest event-loop stall (a 5 ms timer's worst lateness) and, for paced runs,
// the busiest one-second window the sandbox counted and the pace kept from the first answer to the last, and the CPU
// this process spent per message (user + system, from getrusage: the sandbox runs in its own process, so this is
// Tandem's side alone). With --tls the sandbox serves HTTPS with a certificate made at start, which this process trusts
// as TANDEM_EXTRA_CA would. With --http2 the other end is tests/endpoints/h2endpoint.mjs (Node) instead, over HTTPS
// offering HTTP/2 and HTTP/1.1 as Meta's Graph API does; --http1-only is the same endpoint offering HTTP/1.1 alone,
// for a side-by-side. The last line is one JSON object.
//   dispatch_bench [--messages N] [--rate R] [--latency-ms L] [--in-flight K] [--tls] [--http2 | --http1-only]
//                  [--provider twilio]
#include "outbox/dispatcher.h"
#include "outbox/senderleases.h"
#include "profiles/profilerepository.h"
#include "profiles/profileservice.h"
#include "providers/providerregistry.h"
#include "sandbox/sandboxaccounts.h"
#include "secrets/memorysecretstore.h"
#include "storage/database.h"
#include "util/extraca.h"

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
#include "sandboxprocess.h"

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
        {u"tls"_s, u"Talk HTTPS to the sandbox."_s},
        {u"http2"_s, u"Send to the Node endpoint over HTTPS, offering HTTP/2 and HTTP/1.1."_s},
        {u"http1-only"_s, u"Send to the Node endpoint over HTTPS, offering HTTP/1.1 only."_s},
        {u"provider"_s, u"meta_cloud or twilio."_s, u"KIND"_s, u"meta_cloud"_s},
        {u"cli"_s, u"Path of tandem-cli."_s, u"PATH"_s, QStringLiteral(TANDEM_CLI_PATH)}});
    parser.addHelpOption();
    parser.process(app);
    const int messages = parser.value(u"messages"_s).toInt();
    const double rate = parser.value(u"rate"_s).toDouble();
    QTextStream out(stdout);

    QProcess sandbox;
    const bool node = parser.isSet(u"http2"_s) || parser.isSet(u"http1-only"_s);
    const bool tls = parser.isSet(u"tls"_s) || node;
    QStringList sandboxArguments = {u"--latency-ms"_s, parser.value(u"latency-ms"_s)};
    SandboxAddress address;
    if (node) {
        sandboxArguments << u"--port"_s << u"0"_s << u"--meta-token"_s
                         << QString::fromUtf16(SandboxAccounts::metaAccessToken) << u"--twilio-sid"_s
                         << QString::fromUtf16(SandboxAccounts::twilioAccountSid) << u"--twilio-token"_s
                         << QString::fromUtf16(SandboxAccounts::twilioAuthToken);
        if (parser.isSet(u"http1-only"_s))
            sandboxArguments << u"--http1-only"_s;
        address = startEndpoint(
            sandbox, u"node"_s, QStringList {QStringLiteral(TANDEM_H2_ENDPOINT)} + sandboxArguments, true);
    } else {
        if (tls)
            sandboxArguments << u"--tls"_s;
        address = startSandbox(sandbox, parser.value(u"cli"_s), sandboxArguments);
    }
    if (address.baseUrl.isEmpty()) {
        out << "the sandbox did not start" << Qt::endl;
        return 1;
    }
    const QString base = address.baseUrl;
    if (tls && !ExtraCa::trust(address.certificate).isOk()) {
        out << "the sandbox's certificate could not be trusted" << Qt::endl;
        return 1;
    }

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
    const bool twilio = parser.value(u"provider"_s) == u"twilio"_s;
    p.kind = twilio ? u"twilio"_s : u"meta_cloud"_s;
    if (twilio)
        p.settings = {
            {u"account_sid"_s, QString::fromUtf16(SandboxAccounts::twilioAccountSid)}, {u"from"_s, u"+14155238886"_s}};
    else
        p.settings = {{u"phone_number_id"_s, QString::fromUtf16(SandboxAccounts::metaPhoneNumberId)}};
    p.settings.insert(u"default_region"_s, u"US"_s);
    p.settings.insert(u"api_base"_s, base);
    p.settings.insert(u"rate_per_second"_s, QString::number(rate));
    const qint64 profileId = profiles.create(p).value().id;
    if (twilio)
        secrets.write(
            SecretStore::profileKey(profileId, u"auth_token"_s), QString::fromUtf16(SandboxAccounts::twilioAuthToken));
    else
        secrets.write(SecretStore::profileKey(profileId, u"access_token"_s),
            QString::fromUtf16(SandboxAccounts::metaAccessToken));
    QCoreApplication::processEvents();

    Outbox outbox(db);
    QList<Recipient> recipients;
    recipients.reserve(messages);
    for (int i = 0; i < messages; ++i)
        recipients.append({u"+1415"_s + QString::number(2000000 + i), {}});
    OutgoingMessage message;
    message.text = u"Our spring sale starts today"_s;
    // Free text to customers who wrote outside Tandem: every row passes Admission's last look, which is measured too.
    OutboxBroadcastOptions outsideTandem;
    outsideTandem.ignoreWindow = true;
    const qint64 broadcastId = outbox.broadcasts().create(profileId, message, recipients, outsideTandem).value();
    recipients.clear();
    recipients.squeeze();

    SenderPool pool(profiles, service, registry, &RateLimiter::steadyClock);
    SenderLeases leases(db);
    Dispatcher::Options options;
    options.maxInFlight = parser.value(u"in-flight"_s).toInt();
    Dispatcher dispatcher(outbox, leases, pool, db, options);
    std::vector<qint64> latencies;
    latencies.reserve(size_t(messages));
    QElapsedTimer wall;
    // The pace kept while sending: from the first answer to the last, leaving out start-up (loading the sender,
    // the first connections) and the end (the last answers, noticing the broadcast finished).
    qint64 firstAnswerMs = -1;
    qint64 lastAnswerMs = 0;
    QObject::connect(&dispatcher, &Dispatcher::requestFinished, [&](qint64 ms) {
        latencies.push_back(ms);
        lastAnswerMs = wall.elapsed();
        if (firstAnswerMs < 0)
            firstAnswerMs = lastAnswerMs;
    });

    double cpuBefore = 0;
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
        if (outbox.broadcasts().find(broadcastId).value().state == Broadcast::State::Finished)
            app.quit();
    });
    cpuBefore = cpuMs();
    wall.start();
    stallClock.start();
    stallTimer.start(5);
    finished.start(50);
    dispatcher.start();
    app.exec();
    const double seconds = wall.elapsed() / 1000.0;
    const double cpu = cpuMs() - cpuBefore;
    stallTimer.stop();

    const QHash<OutboxState, int> counts = outbox.broadcasts().counts(broadcastId).value();
    const QJsonObject stats = fetchJson(base + u"/_sandbox/stats"_s);
    sandbox.terminate();
    sandbox.waitForFinished(5000);

    QJsonObject result {{u"mode"_s, rate > 0 ? u"paced"_s : u"unpaced"_s}, {u"messages"_s, messages},
        {u"accepted"_s, counts.value(OutboxState::Accepted)}, {u"seconds"_s, seconds},
        {u"msgs_per_s"_s, qRound(messages / seconds * 10) / 10.0}, {u"p50_ms"_s, percentile(latencies, 0.50)},
        {u"p99_ms"_s, percentile(latencies, 0.99)}, {u"peak_rss_mb"_s, peakRssMb()}, {u"max_stall_ms"_s, maxStall},
        {u"max_stall_at_ms"_s, maxStallAt}, {u"latency_ms"_s, parser.value(u"latency-ms"_s).toInt()},
        {u"in_flight"_s, options.maxInFlight}, {u"tls"_s, tls}, {u"provider"_s, p.kind},
        {u"endpoint"_s,
            !node                          ? u"sandbox"_s
                : parser.isSet(u"http2"_s) ? u"node h2+http/1.1"_s
                                           : u"node http/1.1"_s},
        {u"protocols"_s, stats.value(u"byProtocol"_s)}, {u"connections"_s, stats.value(u"connections"_s)},
        {u"cpu_ms_per_msg"_s, qRound(cpu / messages * 1000) / 1000.0},
        {u"cpu_pct_of_core"_s, qRound(cpu / (seconds * 1000) * 1000) / 10.0}};
    if (rate > 0) {
        result.insert(u"rate"_s, rate);
        result.insert(u"max_window"_s, stats.value(u"max_per_second"_s).toInt());
        result.insert(u"rate_achieved_pct"_s, qRound(messages / seconds / rate * 1000) / 10.0);
        const double sendingSeconds = (lastAnswerMs - firstAnswerMs) / 1000.0;
        if (sendingSeconds > 0)
            result.insert(u"steady_rate_pct"_s, qRound((messages - 1) / sendingSeconds / rate * 1000) / 10.0);
    }
    out << QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Compact)) << Qt::endl;
    return counts.value(OutboxState::Accepted) == messages ? 0 : 1;
}
