// tandem-cli migrate plan | run | status | undo: moving a sender's number and pending broadcasts to another sender.
#include "clicontext.h"
#include "tandemclitext.h"

#include "migration/migrationplan.h"
#include "migration/sendermove.h"
#include "migration/templatecopyjob.h"
#include "model/webhookpaths.h"
#include "providers/messagingprovider.h"
#include "providers/providerregistry.h"
#include "templates/templatecatalogue.h"
#include "webhooks/publicurl.h"
#include "webhooks/webhookroute.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {
// Exit code of `migrate run` while the move waits for the owner (the test message has not been confirmed).
constexpr int kWaitingForOwner = 2;

struct Senders
{
    Profile from;
    Profile to;
};

std::optional<Senders> senders(CliContext& context, bool needsTarget)
{
    if (context.arguments.size() != 1) {
        context.fail(
            TandemCliText::tr("Name the sender that moves: migrate plan|run|register|status|undo SENDER --to NEW."));
        return std::nullopt;
    }
    Result<Profile> from = context.profiles.findByName(context.arguments.first());
    if (!from.isOk()) {
        // Archived by its move (under another name): the move remembers the name it had.
        const Result<std::optional<SenderMove::Record>> moved
            = SenderMove(context.database, context.registry).latestNamed(context.arguments.first());
        if (moved.isOk() && moved.value())
            from = context.profiles.find(moved.value()->fromId);
    }
    if (!from.isOk()) {
        context.fail(from.error());
        return std::nullopt;
    }
    Senders s {from.value(), {}};
    if (!needsTarget)
        return s;
    if (!context.parser.isSet(u"to"_s)) {
        context.fail(TandemCliText::tr("Name the sender it moves to with --to (set it up first with profile add)."));
        return std::nullopt;
    }
    const Result<Profile> to = context.profiles.findByName(context.parser.value(u"to"_s));
    if (!to.isOk()) {
        context.fail(to.error());
        return std::nullopt;
    }
    s.to = to.value();
    return s;
}

QJsonObject moveJson(const SenderMove::Record& r)
{
    return {{u"id"_s, r.id}, {u"from"_s, r.fromId}, {u"to"_s, r.toId}, {u"state"_s, SenderMove::stateName(r.state)},
        {u"moved_broadcasts"_s, r.movedBroadcasts}, {u"moved_messages"_s, r.movedRows}};
}

void printPlan(CliContext& context, const MigrationPlan& plan)
{
    QTextStream& out = context.out();
    out << TandemCliText::tr("Moving \"%1\" to \"%2\"").arg(plan.from.name, plan.to.name) << Qt::endl;
    out << TandemCliText::tr("WhatsApp carries over by itself:") << Qt::endl;
    for (const QString& s : plan.carriedOver)
        out << u"  - "_s << s << Qt::endl;
    out << TandemCliText::tr("Stays behind:") << Qt::endl;
    for (const QString& s : plan.leftBehind)
        out << u"  - "_s << s << Qt::endl;
    out << TandemCliText::tr("What you do, in order:") << Qt::endl;
    int n = 0;
    for (const MigrationPlan::OwnerStep& s : plan.ownerSteps) {
        out << u"  %1. "_s.arg(++n) << s.title << Qt::endl << u"     "_s << s.explanation << Qt::endl;
        if (!s.link.isEmpty())
            out << u"     "_s << s.link << Qt::endl;
    }
    out << TandemCliText::tr("What Tandem changes:") << Qt::endl;
    for (const QString& s : plan.tandemChanges)
        out << u"  - "_s << s << Qt::endl;
    const ProviderDescriptor* from = context.registry.find(plan.from.kind);
    const ProviderDescriptor* to = context.registry.find(plan.to.kind);
    const QString fromName = from ? from->displayName : plan.from.name;
    const QString toName = to ? to->displayName : plan.to.name;
    for (const MigrationPlan::PendingBroadcast& b : plan.broadcasts) {
        const QString name = b.title.isEmpty() ? QString::number(b.id) : u"%1 \"%2\""_s.arg(b.id).arg(b.title);
        out << TandemCliText::tr("Broadcast %1 (%2): ").arg(name, b.state)
            << (b.problem.isEmpty() ? TandemCliText::tr("%n message(s) move", "", b.waiting)
                           + (b.newTemplateKey.isEmpty() ? QString()
                                                         : TandemCliText::tr(", as template %1").arg(b.newTemplateKey))
                                    : b.problem)
            << Qt::endl;
        out << u"  "_s << MigrationPlan::describe(b.dryRun, fromName, toName) << Qt::endl;
    }
}

void plan(CliContext& context)
{
    const std::optional<Senders> s = senders(context, true);
    if (!s)
        return;
    const Result<MigrationPlan> p = MigrationPlanner(context.database, context.registry).plan(s->from.id, s->to.id);
    if (!p.isOk())
        return context.fail(p.error());
    if (context.parser.isSet(u"json"_s))
        context.printJson(p.value().toJson());
    else
        printPlan(context, p.value());
    context.finish(p.value().ready() ? 0 : 1);
}

// The steps after the owner's confirmation, each stored as it is done: a stop anywhere resumes here.
void moveAndArchive(CliContext& context, qint64 moveId)
{
    SenderMove move(context.database, context.registry);
    const Result<SenderMove::Record> moved = move.moveBroadcasts(moveId);
    if (!moved.isOk())
        return context.fail(moved.error());
    context.out() << TandemCliText::tr("Moved %n broadcast(s)", "", moved.value().movedBroadcasts)
                  << TandemCliText::tr(" with %n message(s) not sent yet.", "", moved.value().movedRows) << Qt::endl;
    const Result<SenderMove::Record> done = move.finish(moveId);
    if (!done.isOk())
        return context.fail(done.error());
    context.out() << TandemCliText::tr("Archived the old sender with its history. Until the new sender sends, "
                                       "`migrate undo` takes it all back.")
                  << Qt::endl;
    if (context.parser.isSet(u"json"_s))
        context.printJson(moveJson(done.value()));
    context.finish(0);
}

// Submits the templates the move needs at the new sender (TemplateCopyJob), then stops: WhatsApp reviews them, and
// `templates sync` on the new sender brings the decision before the move goes on.
void createTemplates(CliContext& context, const Senders& s, const QStringList& keys)
{
    withProvider(context, s.to.name, [&context, s, keys](MessagingProvider* provider, const Profile& to) {
        auto catalogue = std::make_shared<TemplateCatalogue>(context.database);
        auto* job = new TemplateCopyJob(*catalogue, *provider, context.registry, s.from, to, &context.scope);
        QObject::connect(
            job, &TemplateCopyJob::finished, qApp, [&context, catalogue, to](const TemplateCopyJob::Outcome& outcome) {
                for (const QString& line : outcome.notes + outcome.problems)
                    context.err() << line << Qt::endl;
                if (outcome.copied)
                    context.out() << TandemCliText::tr("Copied %n approved template(s) to \"%1\"'s account; run this "
                                                       "again to go on.",
                        "", outcome.submitted)
                                         .arg(to.name)
                                  << Qt::endl;
                else
                    context.out() << TandemCliText::tr("Submitted %n template(s) for WhatsApp's review at \"%1\". "
                                                       "Once approved (`templates sync \"%1\"`), run this again.",
                        "", outcome.submitted)
                                         .arg(to.name)
                                  << Qt::endl;
                if (context.parser.isSet(u"json"_s))
                    context.printJson({{u"submitted"_s, outcome.submitted}, {u"copied"_s, outcome.copied},
                        {u"problems"_s, QJsonArray::fromStringList(outcome.problems)}});
                context.finish(outcome.problems.isEmpty() ? kWaitingForOwner : 1);
            });
        job->start(keys);
    });
}

void run(CliContext& context)
{
    const std::optional<Senders> s = senders(context, true);
    if (!s)
        return;
    if (context.parser.isSet(u"create-templates"_s)) {
        const Result<MigrationPlan> p = MigrationPlanner(context.database, context.registry).plan(s->from.id, s->to.id);
        if (!p.isOk())
            return context.fail(p.error());
        if (const QStringList missing = TemplateCopyJob::missingKeys(p.value()); !missing.isEmpty())
            return createTemplates(context, *s, missing);
    }
    SenderMove move(context.database, context.registry);
    const Result<SenderMove::Record> opened = move.open(s->from.id, s->to.id);
    if (!opened.isOk())
        return context.fail(opened.error());
    SenderMove::Record record = opened.value();
    if (record.state == SenderMove::State::Planned) {
        if (!context.parser.isSet(u"number-works"_s)) {
            const Result<MigrationPlan> p
                = MigrationPlanner(context.database, context.registry).plan(s->from.id, s->to.id);
            if (p.isOk())
                printPlan(context, p.value());
            context.out() << TandemCliText::tr("Nothing moved yet. Once the number works at the new provider, send "
                                               "a test message from \"%1\"; when it arrived, run this again with "
                                               "--number-works.")
                                 .arg(s->to.name)
                          << Qt::endl;
            return context.finish(kWaitingForOwner);
        }
        const Result<SenderMove::Record> confirmed = move.confirmNumberWorks(record.id);
        if (!confirmed.isOk())
            return context.fail(confirmed.error());
        record = confirmed.value();
    }
    if (record.state != SenderMove::State::Confirmed)
        return moveAndArchive(context, record.id); // resumed after the broadcasts moved
    const ProviderDescriptor* descriptor = context.registry.find(s->to.kind);
    const QString publicUrl = PublicUrl::normalized(context.parser.value(u"public-url"_s)).toString();
    if (!descriptor || !descriptor->capabilities.webhookOverride || publicUrl.isEmpty()) {
        if (descriptor && descriptor->capabilities.webhookOverride)
            context.out() << TandemCliText::tr("Point the new number's webhooks at the receiver with `webhooks "
                                               "point \"%1\" --public-url URL` (or give --public-url here).")
                                 .arg(s->to.name)
                          << Qt::endl;
        return moveAndArchive(context, record.id);
    }
    const qint64 moveId = record.id;
    const Profile to = s->to;
    // One keychain read gives both the provider's token and the key the webhook carries.
    ProfileJob* secrets = context.profileService.loadSecrets(to);
    QObject::connect(secrets, &ProfileJob::finished, &context.scope,
        [&context, moveId, publicUrl, descriptor, to](const ProfileOutcome& outcome) {
            const Result<MessagingProvider*> made = outcome.status.isOk()
                ? context.providers.create(outcome.profile, outcome.secrets, &context.network)
                : Result<MessagingProvider*>(outcome.status);
            if (!made.isOk())
                return context.fail(made.error());
            MessagingProvider* provider = made.value();
            provider->setParent(&context.scope);
            const QString url
                = WebhookPaths::join(publicUrl, WebhookRoute::pathFor(descriptor->capabilities.webhooks, to.id));
            ProviderJob* job = provider->setWebhook(url, outcome.secrets.value(u"verify_token"_s));
            QObject::connect(
                job, &ProviderJob::finished, &context.scope, [&context, moveId, url](const ProviderResult& result) {
                    if (!result.isOk())
                        return context.fail(result.error.explanation);
                    context.out() << TandemCliText::tr("The new number's webhooks now go to %1.").arg(url) << Qt::endl;
                    moveAndArchive(context, moveId);
                });
        });
}

void status(CliContext& context)
{
    const std::optional<Senders> s = senders(context, false);
    if (!s)
        return;
    const Result<std::optional<SenderMove::Record>> latest
        = SenderMove(context.database, context.registry).latest(s->from.id);
    if (!latest.isOk())
        return context.fail(latest.error());
    if (!latest.value())
        return context.fail(TandemCliText::tr("\"%1\" has never moved.").arg(s->from.name));
    if (context.parser.isSet(u"json"_s))
        context.printJson(moveJson(*latest.value()));
    else
        context.out() << SenderMove::stateName(latest.value()->state) << Qt::endl;
    context.finish(0);
}

// Registers the new sender's number for sending (Meta's Cloud API), with the two-step verification PIN read from
// standard input: arguments end up in shell history and the process list.
void registerNumber(CliContext& context)
{
    const std::optional<Senders> s = senders(context, true);
    if (!s)
        return;
    const ProviderDescriptor* descriptor = context.registry.find(s->to.kind);
    if (!descriptor || !descriptor->capabilities.numberRegistration)
        return context.fail(TandemCliText::tr("%1 registers numbers in its own console; Tandem cannot do it.")
                                .arg(descriptor ? descriptor->displayName : s->to.kind));
    if (isatty(fileno(stdin)))
        context.err() << TandemCliText::tr("The number's new two-step verification PIN (6 digits), then Enter:")
                      << Qt::endl;
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly))
        return context.fail(TandemCliText::tr("Could not read standard input."));
    const QString pin = QString::fromUtf8(input.readLine()).trimmed();
    withProvider(context, s->to.name, [&context, pin](MessagingProvider* provider, const Profile& to) {
        QObject::connect(provider->registerNumber(pin), &ProviderJob::finished, qApp,
            [&context, provider, to](const ProviderResult& registered) {
                if (!registered.isOk())
                    return context.fail(registered.error.explanation);
                // Then the account's webhooks, so the number's reports and customers' messages reach Tandem.
                QObject::connect(provider->subscribeToAccount(), &ProviderJob::finished, qApp,
                    [&context, to](const ProviderResult& subscribed) {
                        if (!subscribed.isOk())
                            return context.fail(subscribed.error.explanation);
                        context.out() << TandemCliText::tr("The number of \"%1\" is registered for sending. Keep the "
                                                           "PIN: WhatsApp asks for it when the number moves again.")
                                             .arg(to.name)
                                      << Qt::endl;
                        context.finish(0);
                    });
            });
    });
}

void undo(CliContext& context)
{
    const std::optional<Senders> s = senders(context, false);
    if (!s)
        return;
    SenderMove move(context.database, context.registry);
    const Result<std::optional<SenderMove::Record>> latest = move.latest(s->from.id);
    if (!latest.isOk())
        return context.fail(latest.error());
    if (!latest.value())
        return context.fail(TandemCliText::tr("\"%1\" has never moved.").arg(s->from.name));
    const Result<SenderMove::Record> undone = move.undo(latest.value()->id);
    if (!undone.isOk())
        return context.fail(undone.error());
    context.out()
        << TandemCliText::tr("The move is undone: \"%1\" sends its broadcasts again.").arg(undone.value().fromName)
        << Qt::endl;
    context.finish(0);
}
} // namespace

void runMigrateCommand(CliContext& context, const QString& subcommand)
{
    if (subcommand == u"plan"_s)
        return plan(context);
    if (subcommand == u"run"_s)
        return run(context);
    if (subcommand == u"status"_s)
        return status(context);
    if (subcommand == u"undo"_s)
        return undo(context);
    if (subcommand == u"register"_s)
        return registerNumber(context);
    context.fail(TandemCliText::tr("migrate needs a command: plan, run, register, status or undo."));
}
