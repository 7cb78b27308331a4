// tandem-cli: everything Tandem does, from a terminal or a script, through the same core as the window.
#include "clicontext.h"
#include "tandemclitext.h"

#include "sandbox/sandboxserver.h"
#include "secrets/keychainsecretstore.h"
#include "util/extraca.h"
#include "util/language.h"
#include "webhooks/publicurl.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSocketNotifier>
#include <QTemporaryDir>

#include <functional>

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace {
std::function<void()> signalHandler = [] {
    QCoreApplication::exit(0);
};

#ifdef Q_OS_WIN
// Ctrl+C, Ctrl+Break and closing the console end the event loop cleanly. Windows calls this on a thread of its
// own, so the handler is queued to the application's thread.
BOOL WINAPI onConsoleEvent(DWORD event)
{
    if (event != CTRL_C_EVENT && event != CTRL_BREAK_EVENT && event != CTRL_CLOSE_EVENT)
        return FALSE;
    QMetaObject::invokeMethod(
        qApp, [] { signalHandler(); }, Qt::QueuedConnection);
    return TRUE;
}

void quitOnSignals()
{
    SetConsoleCtrlHandler(onConsoleEvent, TRUE);
}
#else
int signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[1], &byte, 1);
}

// SIGINT and SIGTERM end the event loop cleanly (the self-pipe trick: no Qt calls inside the handler).
void quitOnSignals()
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return;
    auto* notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, qApp);
    QObject::connect(notifier, &QSocketNotifier::activated, qApp, [] {
        char byte;
        [[maybe_unused]] const auto read = ::read(signalPipe[0], &byte, 1);
        signalHandler();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
}
#endif

} // namespace

void onTerminationSignal(std::function<void()> handler)
{
    signalHandler = std::move(handler);
}

namespace {
void addOptions(QCommandLineParser& parser)
{
    parser.setApplicationDescription(TandemCliText::tr(
        "Tandem's command line: set up WhatsApp senders (Twilio, Meta's Cloud API or 360dialog) and send messages.\n\n"
        "Commands:\n"
        "  profile list [--json]                 the senders set up in the database\n"
        "  profile show NAME [--json]            one sender's settings (secrets only as set/unset)\n"
        "  profile add --name N --provider twilio|meta_cloud|360dialog --set key=value … [--secrets-stdin]\n"
        "  profile set NAME --set key=value … [--secrets-stdin]\n"
        "  profile verify NAME                   check the credentials with the provider\n"
        "  profile remove NAME                   remove the sender and its keychain entries\n"
        "  send --profile N --to NUMBER (--text T | (--media-url U | --media-file F) [--caption C] |\n"
        "       --template NAME --lang CODE [--var 1=value …] | --content-sid HX… [--var 1=value …])\n"
        "  broadcast start --profile N --recipients FILE.csv (--text T | --media-url U | --media-file F |\n"
        "       --template NAME --lang CODE | --content-sid HX…) [--var 1={column} …] [--budget USD] [--wait]\n"
        "                                        one message to every row with a phone column; refused when its\n"
        "                                        cost would pass a budget. --media-file is uploaded to the sender\n"
        "                                        once (Meta, 360dialog) and sent to everyone by its id\n"
        "  broadcast status ID [--json] | pause ID | resume ID | cancel ID | retry-failed ID\n"
        "  broadcast unconfirmed ID [--resend | --drop] [--row N]   sent, but no answer came: the provider may\n"
        "                                        or may not have them; resend or drop them (one row or all)\n"
        "  outbox run [--lease-ms MS] [--public-url URL]   send what the outbox holds until Ctrl+C / SIGTERM;\n"
        "                                        several may share a database (one sends for each sender at a\n"
        "                                        time). Twilio statuses come to --public-url's receiver, or\n"
        "                                        are polled without it\n"
        "  serve [--port N] [--bind ADDR] [--public-url URL]   the headless Tandem for a server: sends the\n"
        "                                        outbox, runs the webhook receiver and asks Twilio where no\n"
        "                                        webhook comes; logs to stdout; until SIGTERM (port 8080)\n"
        "  db copy --from PATH.sqlite --to postgresql://user@host/tandem   move a desk's data to a shared\n"
        "                                        database (PostgreSQL's password: PGPASSWORD or ~/.pgpass)\n"
        "  webhooks serve [--port N] [--bind ADDR] [--public-url URL]   the receiver for delivery reports and\n"
        "                                        customers' messages, until Ctrl+C / SIGTERM (port 8080)\n"
        "  webhooks urls --public-url URL [--json]   the addresses to give Twilio and Meta, per sender\n"
        "  webhooks test PROFILE --public-url URL   send a signed test report there and check it arrived\n"
        "  webhooks point PROFILE --public-url URL   have Meta or 360dialog send this number's webhooks there\n"
        "  migrate plan SENDER --to NEW [--json]   moving the sender's number and pending broadcasts to NEW (a\n"
        "                                        sender of another provider): what moves, what you do, what is "
        "missing\n"
        "  migrate run SENDER --to NEW [--number-works] [--public-url URL]   the move, step by step; stops until\n"
        "                                        --number-works says the test message arrived; resumes where it was;\n"
        "                                        --create-templates first submits the templates NEW lacks\n"
        "  migrate register SENDER --to NEW      register NEW's number for sending (Meta) with the 6-digit PIN\n"
        "                                        read from standard input\n"
        "  migrate status SENDER [--json] | undo SENDER   where the move is; take it back until NEW sends\n"
        "  rates show [--country XX] [--json]    Meta's price per message by market, with the date of each\n"
        "  rates import FILE.csv [--effective YYYY-MM-DD]   update the prices from the rate card Meta publishes\n"
        "  budget set SENDER USD|none            the sender's budget for each month (budget show SENDER)\n"
        "  budget set --broadcast ID USD|none    one broadcast's budget (budget show --broadcast ID)\n"
        "  report broadcast ID [--json|--csv]    sent, delivered, read, replied, failed by reason, and the cost\n"
        "  report costs --from DATE --to DATE [--sender N] [--by day|week|month] [--json|--csv] [--ask-meta]\n"
        "  templates sync NAME                   read the sender's templates from its account into Tandem\n"
        "  templates list NAME [--json] | show NAME TEMPLATE [--lang CODE]   the catalogue, with statuses\n"
        "  templates lint --file T.json [--json] check Meta's create-template JSON before submitting it\n"
        "  templates create NAME --file T.json   lint, then submit for WhatsApp's review (Twilio: as Content)\n"
        "  inbox list [--json]                   customers who wrote, newest first, with unread counts\n"
        "  inbox show NUMBER [--json]            one customer's messages both ways, and their 24-hour window\n"
        "  contacts import FILE [--region XX] [--json]   CSV with a phone column; bad rows reported by line\n"
        "  contacts export FILE                  every contact as CSV that import reads back\n"
        "  contacts opt-in NUMBER --reason TEXT  subscribe a customer who opted out again (kept with your reason)\n"
        "  sandbox [--port N] [--latency-ms L] [--tls]   a local practice copy of both providers' APIs\n\n"
        "Secrets (auth_token, api_key_secret, access_token, app_secret, verify_token, api_key) are read as\n"
        "key=value "
        "lines from standard input with --secrets-stdin and kept only in the system keychain."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(u"command"_s,
        TandemCliText::tr(
            "profile, send, broadcast, outbox, serve, webhooks, inbox, templates, contacts, migrate, rates, budget, "
            "report, db or sandbox"));
    parser.addOptions({
        {u"db"_s,
            TandemCliText::tr(
                "The database: a file, or postgresql://user@host:5432/tandem for one shared by several computers "
                "(default: $TANDEM_DB, then a file in the application-data folder)."),
            u"PATH|URL"_s},
        {u"from"_s, TandemCliText::tr("db copy: the database to copy from; report costs: the first day (YYYY-MM-DD)."),
            u"PATH|URL|DATE"_s},
        {u"file"_s, TandemCliText::tr("templates lint/create: the template as Meta's create-template JSON."),
            u"FILE"_s},
        {u"json"_s, TandemCliText::tr("Print JSON.")},
        {u"name"_s, TandemCliText::tr("The sender's name."), u"NAME"_s},
        {u"provider"_s, TandemCliText::tr("twilio, meta_cloud or 360dialog."), u"KIND"_s},
        {u"set"_s, TandemCliText::tr("A non-secret setting, key=value (repeatable)."), u"KEY=VALUE"_s},
        {u"secrets-stdin"_s, TandemCliText::tr("Read secrets as key=value lines from standard input.")},
        {u"profile"_s, TandemCliText::tr("The sender to send with."), u"NAME"_s},
        {u"to"_s,
            TandemCliText::tr("The recipient's number, best with + and country code; migrate: the sender to move to; "
                              "report costs: the last day (YYYY-MM-DD)."),
            u"NUMBER"_s},
        {u"budget"_s, TandemCliText::tr("broadcast start: the most it may cost, in US dollars."), u"USD"_s},
        {u"broadcast"_s, TandemCliText::tr("budget: the broadcast whose budget to set or show."), u"ID"_s},
        {u"effective"_s, TandemCliText::tr("rates import: when the file's prices take effect, if it does not say."),
            u"YYYY-MM-DD"_s},
        {u"country"_s, TandemCliText::tr("rates show: one country's market and prices."), u"XX"_s},
        {u"sender"_s, TandemCliText::tr("report costs: only this sender."), u"NAME"_s},
        {u"by"_s, TandemCliText::tr("report costs: day (default), week or month."), u"PERIOD"_s},
        {u"ask-meta"_s,
            TandemCliText::tr("report costs: first ask Meta what the days cost (its pricing analytics) for each "
                              "sender that can say.")},
        {u"csv"_s, TandemCliText::tr("Print CSV.")},
        {u"number-works"_s, TandemCliText::tr("migrate run: the test message from the new sender arrived.")},
        {u"create-templates"_s,
            TandemCliText::tr("migrate run: first submit, at the new sender, the templates the waiting broadcasts "
                              "need and it lacks.")},
        {u"text"_s, TandemCliText::tr("Send this text."), u"TEXT"_s},
        {u"media-url"_s, TandemCliText::tr("Send the media at this public link."), u"URL"_s},
        {u"media-file"_s,
            TandemCliText::tr("Send this file from this computer: uploaded once to the sender (Meta or 360dialog)."),
            u"FILE"_s},
        {u"media-type"_s, TandemCliText::tr("image (default), document, video or audio."), u"TYPE"_s},
        {u"caption"_s, TandemCliText::tr("A caption for the media."), u"TEXT"_s},
        {u"template"_s, TandemCliText::tr("Send this approved Meta template."), u"NAME"_s},
        {u"lang"_s, TandemCliText::tr("The template's language code, e.g. en_US."), u"CODE"_s},
        {u"header-text"_s, TandemCliText::tr("The template header's text variable."), u"TEXT"_s},
        {u"header-image"_s, TandemCliText::tr("The template header's image link."), u"URL"_s},
        {u"content-sid"_s, TandemCliText::tr("Send this Twilio Content template."), u"HX…"_s},
        {u"var"_s, TandemCliText::tr("A template variable, name=value (repeatable)."), u"NAME=VALUE"_s},
        {u"port"_s, TandemCliText::tr("sandbox: the port to listen on (default: a free one)."), u"N"_s},
        {u"latency-ms"_s, TandemCliText::tr("sandbox: delay every answer by this long."), u"MS"_s},
        {u"tls"_s,
            TandemCliText::tr(
                "sandbox: serve HTTPS with a certificate made at start (trusted through TANDEM_EXTRA_CA).")},
        {u"region"_s,
            TandemCliText::tr("contacts import: the country of numbers written without a country code, e.g. DE."),
            u"XX"_s},
        {u"recipients"_s, TandemCliText::tr("broadcast: a CSV file with a phone column."), u"FILE"_s},
        {u"wait"_s, TandemCliText::tr("broadcast start: send now and show progress until done.")},
        {u"resend"_s, TandemCliText::tr("broadcast unconfirmed: send them again.")},
        {u"drop"_s, TandemCliText::tr("broadcast unconfirmed: do not send them again.")},
        {u"row"_s, TandemCliText::tr("broadcast unconfirmed: only this row (see the list)."), u"N"_s},
        {u"lease-ms"_s,
            TandemCliText::tr(
                "outbox run: how long a claim stays ours without a heartbeat; another worker takes over after it "
                "(default 30000)."),
            u"MS"_s},
        {u"reconcile-after-ms"_s,
            TandemCliText::tr(
                "How long after an unanswered send Tandem asks Twilio whether it arrived (default 20000)."),
            u"MS"_s},
        {u"max-in-flight"_s, TandemCliText::tr("How many requests may be under way at once (default 48)."), u"N"_s},
        {u"timeout-ms"_s, TandemCliText::tr("Give up on a provider request after this long without progress."),
            u"MS"_s},
        {u"ignore-window"_s,
            TandemCliText::tr(
                "send, broadcast start: send free text even though the customer has not written in the last 24 "
                "hours here (they wrote to you outside Tandem). Never past an opt-out.")},
        {u"reason"_s, TandemCliText::tr("contacts opt-in: why they may get messages again (kept with the change)."),
            u"TEXT"_s},
        {u"public-url"_s,
            TandemCliText::tr(
                "The webhook receiver's public address (its \"/\"), as Twilio and Meta reach it: behind a proxy or "
                "tunnel, the address they sign."),
            u"URL"_s},
        {u"bind"_s, TandemCliText::tr("webhooks serve: the address to listen on (default 0.0.0.0, every address)."),
            u"ADDR"_s},
        {u"status-poll-ms"_s,
            TandemCliText::tr(
                "outbox run: first ask Twilio for a message's status this long after it was accepted (default "
                "60000); later questions come 5, 30, 120, … times as late."),
            u"MS"_s},
    });
}

int runSandbox(QCommandLineParser& parser)
{
    SandboxServer sandbox;
    sandbox.state().setLatencyMs(parser.value(u"latency-ms"_s).toInt());
    QTemporaryDir certificates;
    QString certificate;
    if (parser.isSet(u"tls"_s)) {
        const Result<QString> made = sandbox.enableTls(certificates.path());
        if (!made.isOk()) {
            QTextStream(stderr) << made.error() << Qt::endl;
            return 1;
        }
        certificate = made.value();
    }
    if (sandbox.start(quint16(parser.value(u"port"_s).toUInt())) == 0) {
        QTextStream(stderr)
            << TandemCliText::tr("The sandbox could not listen on port %1.").arg(parser.value(u"port"_s)) << Qt::endl;
        return 1;
    }
    QTextStream(stdout) << TandemCliText::tr("Tandem sandbox listening on %1 (open it in a browser for the example "
                                             "credentials). Stop it with Ctrl+C.")
                               .arg(sandbox.baseUrl().toString())
                        << Qt::endl;
    if (!certificate.isEmpty())
        QTextStream(stdout)
            << TandemCliText::tr("Its certificate: %1 (trust it with TANDEM_EXTRA_CA=%1)").arg(certificate) << Qt::endl;
    quitOnSignals();
    return QCoreApplication::exec();
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    // Debug lines (every request) are for developers: QT_LOGGING_RULES=tandem.*=true shows them.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(u"tandem.*.debug=false"_s);
    QCoreApplication::setOrganizationName(u"Tandem"_s);
    QCoreApplication::setApplicationName(u"Tandem"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(TANDEM_VERSION));

    Language::install(app); // the owner's language, as the app's; --json output is the same in every language

    QCommandLineParser parser;
    addOptions(parser);
    parser.process(app);
    const Status trusted = ExtraCa::trustFromEnvironment();
    if (!trusted.isOk()) {
        QTextStream(stderr) << trusted.error() << Qt::endl;
        return 1;
    }
    const Status trustedSaved = ExtraCa::trustSaved(); // chosen in the app's preferences
    if (!trustedSaved.isOk())
        QTextStream(stderr) << trustedSaved.error() << Qt::endl;
    QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        parser.showHelp(1);
    const QString command = positional.takeFirst();
    if (command == u"sandbox"_s)
        return runSandbox(parser);
    // Every command that takes the receiver's public address checks it the same way: an address Tandem cannot read
    // exactly would make every genuine Twilio callback fail its signature later, with no word why.
    if (parser.isSet(u"public-url"_s)) {
        const QString problem = PublicUrl::problem(parser.value(u"public-url"_s));
        if (!problem.isEmpty()) {
            QTextStream(stderr) << TandemCliText::tr("--public-url is not usable: %1").arg(problem) << Qt::endl;
            return 1;
        }
    }
    // db copy opens its two databases itself.
    const bool copying = command == u"db"_s;

    Database database;
    const Status opened = copying ? Status::success() : database.open(Database::resolvePath(parser.value(u"db"_s)));
    if (!opened.isOk()) {
        QTextStream(stderr) << opened.error() << Qt::endl;
        return 1;
    }
    const ProviderRegistry registry = ProviderRegistry::builtin();
    ProfileRepository profiles(database, registry);
    KeychainSecretStore secrets(copying ? QString() : database.identity());
    ProfileService profileService(profiles, registry, secrets);
    const ProviderFactory providers(profileService, registry);
    QNetworkAccessManager network;
    auto scope = std::make_unique<QObject>();
    CliContext context {parser, {}, database, registry, profiles, secrets, profileService, providers, network, *scope};

    if (command == u"profile"_s) {
        if (positional.isEmpty()) {
            context.fail(TandemCliText::tr("profile needs a command: list, show, add, set, remove or verify."));
        } else {
            const QString subcommand = positional.takeFirst();
            context.arguments = positional;
            runProfileCommand(context, subcommand);
        }
    } else if (command == u"broadcast"_s) {
        if (positional.isEmpty()) {
            context.fail(TandemCliText::tr(
                "broadcast needs a command: start, status, pause, resume, cancel, retry-failed or unconfirmed."));
        } else {
            const QString subcommand = positional.takeFirst();
            context.arguments = positional;
            runBroadcastCommand(context, subcommand);
        }
    } else if (command == u"contacts"_s && !positional.isEmpty()) {
        const QString subcommand = positional.takeFirst();
        context.arguments = positional;
        runContactsCommand(context, subcommand);
    } else if (command == u"outbox"_s && positional.value(0) == u"run"_s) {
        quitOnSignals();
        runOutboxWorker(context);
    } else if (copying && !positional.isEmpty()) {
        runDatabaseCommand(context, positional.takeFirst());
    } else if (command == u"serve"_s) {
        quitOnSignals();
        runServe(context);
    } else if (command == u"templates"_s && !positional.isEmpty()) {
        const QString subcommand = positional.takeFirst();
        context.arguments = positional;
        runTemplatesCommand(context, subcommand);
    } else if (command == u"inbox"_s && !positional.isEmpty()) {
        const QString subcommand = positional.takeFirst();
        context.arguments = positional;
        runInboxCommand(context, subcommand);
    } else if (command == u"webhooks"_s && !positional.isEmpty()) {
        quitOnSignals();
        const QString subcommand = positional.takeFirst();
        context.arguments = positional;
        runWebhooksCommand(context, subcommand);
    } else if ((command == u"rates"_s || command == u"budget"_s || command == u"report"_s) && !positional.isEmpty()) {
        const QString subcommand = positional.takeFirst();
        context.arguments = positional;
        if (command == u"rates"_s)
            runRatesCommand(context, subcommand);
        else if (command == u"budget"_s)
            runBudgetCommand(context, subcommand);
        else
            runReportCommand(context, subcommand);
    } else if (command == u"migrate"_s && !positional.isEmpty()) {
        const QString subcommand = positional.takeFirst();
        context.arguments = positional;
        runMigrateCommand(context, subcommand);
    } else if (command == u"send"_s) {
        context.arguments = positional;
        runSendCommand(context);
    } else {
        context.fail(TandemCliText::tr("Unknown command \"%1\". See tandem-cli --help.").arg(command));
    }
    const int status = QCoreApplication::exec();
    scope.reset(); // while the application, and with it Qt's TLS backend, still exists
    return status;
}
