// tandem-cli broadcast start | status | pause | resume | cancel | retry-failed | unconfirmed, and outbox run
#include "clicontext.h"
#include "tandemclitext.h"
#include "webhooks/publicurl.h"

#include "model/customerwindow.h"
#include "outbox/budgets.h"
#include "outbox/outbox.h"
#include "outbox/recipientlist.h"
#include "pricing/messagecost.h"
#include "providers/messagingprovider.h"
#include "worker/outboxworker.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QSysInfo>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {
OutboxWorker::Options workerOptions(const QCommandLineParser& parser)
{
    OutboxWorker::Options options;
    if (parser.isSet(u"max-in-flight"_s))
        options.dispatcher.maxInFlight = qMax(1, parser.value(u"max-in-flight"_s).toInt());
    if (parser.isSet(u"lease-ms"_s)) {
        // Servers and tests: how soon another worker takes over from one that died.
        options.dispatcher.leaseMs = qMax(500, parser.value(u"lease-ms"_s).toInt());
        options.dispatcher.heartbeatMs = qMax(100, options.dispatcher.leaseMs / 5);
    }
    if (parser.isSet(u"reconcile-after-ms"_s))
        options.reconciler.graceMs = qMax(0, parser.value(u"reconcile-after-ms"_s).toInt());
    options.reconciler.pollMs = qMin(options.reconciler.pollMs, qMax(200, int(options.reconciler.graceMs / 2)));
    options.transferTimeoutMs = qMax(0, parser.value(u"timeout-ms"_s).toInt());
    options.receiverUrl = PublicUrl::normalized(parser.value(u"public-url"_s)).toString();
    if (parser.isSet(u"status-poll-ms"_s)) {
        // Tests and impatient owners: the whole schedule shrinks with the first wait.
        options.poller.schedule.firstMs = qMax(100, parser.value(u"status-poll-ms"_s).toInt());
        options.poller.checkEveryMs = int(qMin<qint64>(1000, qMax<qint64>(50, options.poller.schedule.firstMs / 4)));
    }
    options.dispatcher.holder = QCoreApplication::translate("tandem-cli", "%1, tandem-cli (pid %2)")
                                    .arg(QSysInfo::machineHostName())
                                    .arg(QCoreApplication::applicationPid());
    return options;
}

QJsonObject statusJson(Outbox& outbox, qint64 id)
{
    const Result<Broadcast> b = outbox.broadcasts().find(id);
    const Result<QHash<OutboxState, int>> counts = outbox.broadcasts().counts(id);
    QJsonObject countsJson;
    int total = 0;
    for (OutboxState s : allOutboxStates()) {
        countsJson.insert(outboxStateName(s), counts.isOk() ? counts.value().value(s) : 0);
        total += counts.isOk() ? counts.value().value(s) : 0;
    }
    return {{u"id"_s, id}, {u"state"_s, b.isOk() ? Broadcast::stateName(b.value().state) : QString()},
        {u"pause_reason"_s, b.isOk() ? b.value().pauseReason : QString()}, {u"total"_s, total},
        {u"counts"_s, countsJson}};
}

QString progressLine(const QJsonObject& status)
{
    const QJsonObject c = status.value(u"counts"_s).toObject();
    QHash<OutboxState, int> counts;
    for (OutboxState s : allOutboxStates())
        counts.insert(s, c.value(outboxStateName(s)).toInt());
    const int taken = outboxReached(counts, outboxProgress(OutboxState::Accepted));
    int waiting = 0;
    for (OutboxState s : allOutboxStates())
        waiting += outboxPending(s) ? counts.value(s) : 0;
    return TandemCliText::tr("broadcast %1 %2: %3/%4 done, %5 accepted, %6 failed, %7 skipped, %8 waiting to retry")
        .arg(status.value(u"id"_s).toInteger())
        .arg(status.value(u"state"_s).toString())
        .arg(status.value(u"total"_s).toInt() - waiting)
        .arg(status.value(u"total"_s).toInt())
        .arg(taken)
        .arg(counts.value(OutboxState::Failed))
        .arg(counts.value(OutboxState::Skipped))
        .arg(counts.value(OutboxState::RetryWait));
}

Outbox& outboxFor(CliContext& context)
{
    static Outbox outbox(context.database);
    return outbox;
}

qint64 broadcastId(CliContext& context)
{
    return context.arguments.value(0).toLongLong();
}

// A broadcast Admission and the budgets let through, with what start() reports of it.
struct Queued
{
    qint64 senderId = 0;
    OutgoingMessage message;
    QList<Recipient> admitted;
    Outbox::BroadcastOptions options;
    double estimate = 0;
    QJsonArray rejected;
    QJsonArray leftOut;
};

// Writes the broadcast to the outbox and, with --wait, sends it to the end.
void queue(CliContext& context, const Queued& queued)
{
    Outbox& outbox = outboxFor(context);
    const Result<qint64> id
        = outbox.broadcasts().create(queued.senderId, queued.message, queued.admitted, queued.options);
    if (!id.isOk())
        return context.fail(id.error());
    context.printJson({{u"broadcast_id"_s, id.value()}, {u"recipients"_s, int(queued.admitted.size())},
        {u"estimated_cost_usd"_s, queued.estimate}, {u"rejected"_s, queued.rejected}, {u"left_out"_s, queued.leftOut}});
    if (!context.parser.isSet(u"wait"_s))
        return context.finish(0);

    OutboxWorker& worker = workerFor(context);
    worker.start();
    auto* ticker = new QTimer(&context.scope);
    QObject::connect(ticker, &QTimer::timeout, qApp, [&context, &outbox, &worker, id = id.value(), ticker] {
        const QJsonObject status = statusJson(outbox, id);
        context.err() << progressLine(status) << Qt::endl;
        const QString state = status.value(u"state"_s).toString();
        if (state == u"running"_s)
            return;
        ticker->stop();
        if (state == u"paused"_s)
            context.err() << TandemCliText::tr("Paused: %1").arg(status.value(u"pause_reason"_s).toString())
                          << Qt::endl;
        QObject::connect(&worker, &OutboxWorker::stopped, qApp,
            [&context, state] { context.finish(state == u"finished"_s ? 0 : 2); });
        worker.stop();
    });
    ticker->start(500);
}

void start(CliContext& context)
{
    const Result<Profile> profile = context.profiles.findByName(context.parser.value(u"profile"_s));
    if (!profile.isOk())
        return context.fail(profile.error());
    QFile file(context.parser.value(u"recipients"_s));
    if (!file.open(QIODevice::ReadOnly))
        return context.fail(TandemCliText::tr("Cannot read %1: %2").arg(file.fileName(), file.errorString()));
    // Here --var values are templates filled from each row's columns: --var 1={name}.
    const Result<OutgoingMessage> message = messageFromOptions(context.parser, false);
    if (!message.isOk())
        return context.fail(message.error());
    const Result<RecipientList> list = RecipientList::fromCsv(
        file.readAll(), message.value().variables, profile.value().setting(u"default_region"_s));
    if (!list.isOk())
        return context.fail(list.error());
    QJsonArray rejected;
    for (const RecipientList::Rejected& r : list.value().rejected) {
        context.err() << TandemCliText::tr("line %1: %2").arg(r.line).arg(r.reason) << Qt::endl;
        rejected.append(QJsonObject {{u"line"_s, r.line}, {u"reason"_s, r.reason}});
    }
    // Who may receive it is Admission's to say, as in the window: opt-outs, the 24-hour window for free text
    // (--ignore-window when they wrote outside Tandem), and a template the sender's account can send.
    QList<MessageTemplate> catalogue;
    const Admission::Message rules = admissionMessage(context, profile.value(), message.value(), &catalogue);
    const int given = int(message.value().variables.size())
        - (message.value().variables.contains(OutgoingMessage::kHeaderVariable) ? 1 : 0);
    const QStringList blockers = Admission::blockers(rules, given, catalogue);
    if (!blockers.isEmpty()) {
        context.printJson({{u"status"_s, u"refused"_s}, {u"blockers"_s, QJsonArray::fromStringList(blockers)}});
        return context.fail(blockers.join(u'\n'));
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const Result<ConsentFacts> facts
        = ConsentFacts::load(context.database.connection(), now.addSecs(-CustomerWindow::kSeconds - 60));
    if (!facts.isOk())
        return context.fail(facts.error());
    const Admission::Decision decision = Admission::decide(rules, list.value().recipients, facts.value(), now);
    QHash<LeftOut::Reason, int> perReason;
    for (const LeftOut& l : decision.leftOut)
        ++perReason[l.reason];
    for (LeftOut::Reason reason : LeftOut::all()) {
        if (perReason.value(reason) > 0)
            context.err()
                << TandemCliText::tr("%1 left out: %2").arg(perReason.value(reason)).arg(LeftOut::explanation(reason))
                << Qt::endl;
    }
    if (decision.admitted.isEmpty()) {
        context.printJson({{u"status"_s, u"refused"_s}, {u"recipients"_s, 0}, {u"rejected"_s, rejected},
            {u"left_out"_s, leftOutJson(decision.leftOut)}});
        return context.fail(TandemCliText::tr("Nobody on the list may receive this message."));
    }
    // What it will cost, against the budgets (the broadcast's own --budget, the sender's month), as the window's
    // pre-flight does it.
    std::optional<double> budget;
    if (context.parser.isSet(u"budget"_s)) {
        bool ok = false;
        budget = context.parser.value(u"budget"_s).toDouble(&ok);
        if (!ok || *budget < 0)
            return context.fail(TandemCliText::tr("--budget takes an amount in US dollars, like 25 or 12.50."));
    }
    const Result<MessageCost> cost = MessageCost::forSender(
        context.database, profile.value().id, message.value().isTemplate() ? rules.category : MessageCategory::Service);
    if (!cost.isOk())
        return context.fail(cost.error());
    QStringList phones;
    for (const Recipient& r : decision.admitted)
        phones << r.phone;
    const double estimate = cost.value().total(phones);
    const Result<QString> refusal = Budgets(context.database).refusalToStart(profile.value().id, estimate, budget, now);
    if (!refusal.isOk())
        return context.fail(refusal.error());
    if (!refusal.value().isEmpty()) {
        context.printJson(
            {{u"status"_s, u"refused"_s}, {u"estimated_cost_usd"_s, estimate}, {u"reason"_s, refusal.value()}});
        return context.fail(refusal.value());
    }
    Outbox::BroadcastOptions options;
    options.category = messageCategoryName(rules.category);
    options.ignoreWindow = rules.ignoreWindow;
    options.budgetUsd = budget;
    Queued queued {profile.value().id, message.value(), decision.admitted, options, estimate, rejected,
        leftOutJson(decision.leftOut)};
    if (!context.parser.isSet(u"media-file"_s))
        return queue(context, queued);
    // The file goes to the sender once, before the broadcast exists; its rows then carry the upload's id.
    withProvider(context, profile.value().name, [&context, queued](MessagingProvider* provider, const Profile&) {
        withUploadedMedia(context, provider, queued.message, [&context, queued](const OutgoingMessage& ready) mutable {
            queued.message = ready;
            queue(context, queued);
        });
    });
}

void changeState(CliContext& context, const QString& command)
{
    Outbox& outbox = outboxFor(context);
    const qint64 id = broadcastId(context);
    if (!outbox.broadcasts().find(id).isOk())
        return context.fail(outbox.broadcasts().find(id).error());
    Status s = Status::success();
    if (command == u"pause"_s)
        s = outbox.broadcasts().pause(id, TandemCliText::tr("Paused by the owner."));
    else if (command == u"resume"_s)
        s = outbox.broadcasts().resume(id);
    else if (command == u"cancel"_s)
        s = outbox.broadcasts().cancel(id);
    else
        s = outbox.broadcasts().retryFailed(id);
    if (!s.isOk())
        return context.fail(s.error());
    context.printJson(statusJson(outbox, id));
    context.finish(0);
}

void unconfirmed(CliContext& context)
{
    Outbox& outbox = outboxFor(context);
    const qint64 id = broadcastId(context);
    if (!outbox.broadcasts().find(id).isOk())
        return context.fail(outbox.broadcasts().find(id).error());
    const bool resend = context.parser.isSet(u"resend"_s);
    const bool drop = context.parser.isSet(u"drop"_s);
    if (resend && drop)
        return context.fail(TandemCliText::tr("Choose --resend or --drop, not both."));
    const Result<QList<OutboxRow>> rows = outbox.reads().rows(id, OutboxState::Unconfirmed);
    if (!rows.isOk())
        return context.fail(rows.error());
    // --row N settles one row; without it, every unconfirmed row of the broadcast.
    const qint64 only = context.parser.value(u"row"_s).toLongLong();
    const auto resolution = resend ? Outbox::Resolution::Resend : Outbox::Resolution::Drop;
    QJsonArray list;
    for (const OutboxRow& r : rows.value()) {
        if (only != 0 && r.id != only)
            continue;
        list.append(QJsonObject {{u"row"_s, r.id}, {u"to"_s, r.recipient}, {u"reason"_s, r.unconfirmedReason}});
        if (resend || drop) {
            const Status s = outbox.unconfirmed().resolve(r.id, resolution);
            if (!s.isOk())
                return context.fail(s.error());
        }
    }
    if (only != 0 && list.isEmpty())
        return context.fail(TandemCliText::tr("Row %1 of broadcast %2 is not unconfirmed.").arg(only).arg(id));
    context.printJson({{u"broadcast_id"_s, id}, {u"unconfirmed"_s, list},
        {u"action"_s,
            resend     ? u"resend"_s
                : drop ? u"drop"_s
                       : u"none"_s}});
    context.finish(0);
}
} // namespace

OutboxWorker& workerFor(CliContext& context)
{
    static OutboxWorker* worker = nullptr;
    if (worker)
        return *worker;
    worker = new OutboxWorker(
        context.database, context.registry, context.profileService, workerOptions(context.parser), &context.scope);
    QObject::connect(worker, &OutboxWorker::failedToRecord, qApp, [&context](const QString& error) {
        context.err() << TandemCliText::tr("Database: %1").arg(error) << Qt::endl;
    });
    QObject::connect(worker, &OutboxWorker::settled, qApp, [&context](int confirmed, int resent) {
        if (confirmed > 0)
            context.err() << TandemCliText::tr(
                "%n unanswered message(s) were found at the provider: accepted.", nullptr, confirmed)
                          << Qt::endl;
        if (resent > 0)
            context.err() << TandemCliText::tr(
                "%n unanswered message(s) had not reached the provider: sent once more.", nullptr, resent)
                          << Qt::endl;
    });
    return *worker;
}

void runBroadcastCommand(CliContext& context, const QString& subcommand)
{
    if (subcommand == u"start"_s)
        return start(context);
    if (subcommand == u"status"_s) {
        Outbox& outbox = outboxFor(context);
        if (!outbox.broadcasts().find(broadcastId(context)).isOk())
            return context.fail(outbox.broadcasts().find(broadcastId(context)).error());
        const QJsonObject status = statusJson(outbox, broadcastId(context));
        if (context.parser.isSet(u"json"_s))
            context.printJson(status);
        else
            context.out() << progressLine(status) << Qt::endl;
        return context.finish(0);
    }
    if (QStringList {u"pause"_s, u"resume"_s, u"cancel"_s, u"retry-failed"_s}.contains(subcommand))
        return changeState(context, subcommand);
    if (subcommand == u"unconfirmed"_s)
        return unconfirmed(context);
    context.fail(
        TandemCliText::tr("Unknown broadcast command \"%1\". Use start, status, pause, resume, cancel, retry-failed or "
                          "unconfirmed.")
            .arg(subcommand));
}

void runOutboxWorker(CliContext& context)
{
    OutboxWorker& worker = workerFor(context);
    // SIGINT/SIGTERM: claim nothing more, wait for the requests in flight, record them, then exit.
    onTerminationSignal([&context, &worker] {
        QObject::connect(&worker, &OutboxWorker::stopped, qApp, [&context] { context.finish(0); });
        worker.stop();
    });
    context.err() << TandemCliText::tr("Sending what the outbox holds; stop with Ctrl+C.") << Qt::endl;
    worker.start();
}
