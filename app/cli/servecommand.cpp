// tandem-cli serve: the headless Tandem for a small server. It sends the outbox (every sender whose token this
// machine's keychain holds), asks Twilio about statuses and replies where no webhook comes, and runs the webhook
// receiver, until SIGTERM. It logs to standard output, one line per event, for journald or docker logs.
#include "clicontext.h"
#include "tandemclitext.h"

#include "util/logsafe.h"
#include "webhooks/publicurl.h"
#include "webhooks/webhookserver.h"
#include "worker/outboxworker.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLoggingCategory>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {
void logLine(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    static const char* const kLevels[] = {"debug", "warning", "critical", "fatal", "info"};
    const QByteArray line = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8() + ' '
        + kLevels[qBound(0, int(type), 4)] + ' ' + QByteArray(context.category ? context.category : "default") + ": "
        + logSafe(message, 4000).toUtf8() + '\n'; // one event, one line, whatever it quotes
    fwrite(line.constData(), 1, size_t(line.size()), stdout);
    fflush(stdout);
}
} // namespace

void runServe(CliContext& context)
{
    qInstallMessageHandler(logLine);
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(u"tandem.*.debug=false\ntandem.*.info=true"_s);
    WebhookServer::Options options;
    const QString publicUrl = PublicUrl::normalized(context.parser.value(u"public-url"_s)).toString();
    options.publicUrl = QUrl(publicUrl);
    const QHostAddress bind(context.parser.isSet(u"bind"_s) ? context.parser.value(u"bind"_s) : u"0.0.0.0"_s);
    if (bind.isNull())
        return context.fail(TandemCliText::tr("--bind takes an IP address, such as 127.0.0.1 or 0.0.0.0."));
    auto* receiver
        = new WebhookServer(context.database, context.registry, context.profileService, options, &context.scope);
    const quint16 asked = quint16(context.parser.value(u"port"_s).toUInt());
    const quint16 port = receiver->start(context.parser.isSet(u"port"_s) ? asked : 8080, bind);
    if (port == 0)
        return context.fail(TandemCliText::tr("The receiver could not listen on port %1 (in use, or not allowed).")
                                .arg(context.parser.isSet(u"port"_s) ? asked : 8080));
    OutboxWorker& worker = workerFor(context);
    QObject::connect(receiver, &WebhookServer::received, qApp, [](int statuses, int messages) {
        qInfo("%d status report(s), %d customer message(s) stored", statuses, messages);
    });
    QObject::connect(&worker, &OutboxWorker::received, qApp,
        [](int messages) { qInfo("%d customer message(s) fetched from Twilio", messages); });
    // SIGTERM: no new connections, claims nothing more, waits for the requests in flight, records them, exits.
    onTerminationSignal([&context, &worker, receiver] {
        qInfo("stopping: finishing the requests in flight");
        receiver->stop();
        QObject::connect(&worker, &OutboxWorker::stopped, qApp, [&context] {
            qInfo("stopped");
            context.finish(0);
        });
        worker.stop();
    });
    qInfo("Tandem serving %s: receiver on %s port %u%s; GET /healthz answers while it runs",
        qPrintable(context.database.path()), qPrintable(bind.toString()), unsigned(port),
        publicUrl.isEmpty() ? ", no --public-url: Twilio statuses and replies are fetched" : "");
    worker.start();
}
