// tandem-cli templates sync | list | show | create | lint
#include "clicontext.h"
#include "tandemclitext.h"

#include "providers/messagingprovider.h"
#include "templates/templatecatalogue.h"
#include "templates/templatelinter.h"
#include "templates/templatesync.h"
#include "templates/twiliocontent.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {
QJsonObject summary(const MessageTemplate& t)
{
    QJsonObject o {
        {u"name"_s, t.name}, {u"language"_s, t.language}, {u"status"_s, t.status}, {u"category"_s, t.category}};
    if (t.style == TemplateStyle::ContentSid)
        o.insert(u"content_sid"_s, t.providerId);
    if (!t.rejectionReason.isEmpty())
        o.insert(u"rejection_reason"_s, t.rejectionReason);
    if (!t.isApproved())
        o.insert(u"why_not"_s, t.unusableReason());
    return o;
}

Result<QJsonObject> readDefinition(CliContext& context)
{
    const QString path = context.parser.value(u"file"_s);
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly))
        return Result<QJsonObject>::failure(
            TandemCliText::tr("Give the template's JSON with --file T.json (could not read \"%1\").").arg(path));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (!document.isObject())
        return Result<QJsonObject>::failure(
            TandemCliText::tr("%1 is not a JSON object: %2").arg(path, error.errorString()));
    return document.object();
}

// Prints the problems; true when there is no error.
bool report(CliContext& context, const QList<TemplateLinter::Problem>& problems)
{
    if (context.parser.isSet(u"json"_s)) {
        QJsonArray array;
        for (const TemplateLinter::Problem& p : problems)
            array.append(QJsonObject {{u"severity"_s, p.error ? u"error"_s : u"warning"_s}, {u"where"_s, p.where},
                {u"message"_s, p.message}});
        context.printJson({{u"ok"_s, !TemplateLinter::hasErrors(problems)}, {u"problems"_s, array}});
    } else {
        for (const TemplateLinter::Problem& p : problems)
            (p.error ? context.err() : context.out())
                << (p.error ? TandemCliText::tr("error") : TandemCliText::tr("warning")) << u" ("_s << p.where
                << u"): "_s << p.message << Qt::endl;
        if (problems.isEmpty())
            context.out() << TandemCliText::tr("No problems found.") << Qt::endl;
    }
    return !TemplateLinter::hasErrors(problems);
}

void sync(CliContext& context, const QString& name)
{
    withProvider(context, name, [&context](MessagingProvider* provider, const Profile& profile) {
        const ProviderDescriptor* descriptor = context.registry.find(profile.kind);
        auto catalogue = std::make_shared<TemplateCatalogue>(context.database);
        auto* job = new TemplateSync(*catalogue, *provider,
            descriptor ? descriptor->capabilities : ProviderCapabilities {}, profile.id, &context.scope);
        QObject::connect(
            job, &TemplateSync::finished, qApp, [&context, catalogue](const TemplateSync::Outcome& outcome) {
                if (!outcome.status.isOk())
                    return context.fail(outcome.status.error());
                context.printJson({{u"templates"_s, outcome.templates}, {u"pages"_s, outcome.pages}});
                context.finish(0);
            });
        job->start();
    });
}

void list(CliContext& context, const QString& name, const QString& only)
{
    const Result<Profile> profile = context.profiles.findByName(name);
    if (!profile.isOk())
        return context.fail(profile.error());
    const Result<QList<MessageTemplate>> templates = TemplateCatalogue(context.database).list(profile.value().id);
    if (!templates.isOk())
        return context.fail(templates.error());
    QJsonArray array;
    for (const MessageTemplate& t : templates.value()) {
        if (!only.isEmpty() && t.name != only && t.providerId != only)
            continue;
        if (!only.isEmpty() && context.parser.isSet(u"lang"_s) && t.language != context.parser.value(u"lang"_s))
            continue;
        array.append(only.isEmpty() ? summary(t) : t.toJson());
    }
    if (!only.isEmpty() && array.isEmpty())
        return context.fail(TandemCliText::tr("\"%1\" has no template %2 (sync first?).").arg(name, only));
    if (context.parser.isSet(u"json"_s) || !only.isEmpty()) {
        context.printJson({{u"templates"_s, array}});
    } else {
        if (array.isEmpty())
            context.out() << TandemCliText::tr("No templates: run templates sync \"%1\" first.").arg(name) << Qt::endl;
        for (const QJsonValue& v : array) {
            const QJsonObject o = v.toObject();
            context.out() << o.value(u"name"_s).toString() << u"  "_s << o.value(u"language"_s).toString() << u"  "_s
                          << o.value(u"status"_s).toString() << u"  "_s << o.value(u"category"_s).toString()
                          << (o.contains(u"why_not"_s) ? u"  ("_s + o.value(u"why_not"_s).toString() + u')' : QString())
                          << Qt::endl;
        }
    }
    context.finish(0);
}

void create(CliContext& context, const QString& name)
{
    const Result<QJsonObject> definition = readDefinition(context);
    if (!definition.isOk())
        return context.fail(definition.error());
    const QList<TemplateLinter::Problem> problems = TemplateLinter::lint(definition.value());
    if (TemplateLinter::hasErrors(problems)) {
        report(context, problems);
        return context.finish(1);
    }
    const QJsonObject metaDefinition = definition.value();
    withProvider(context, name, [&context, metaDefinition](MessagingProvider* provider, const Profile& profile) {
        const ProviderDescriptor* descriptor = context.registry.find(profile.kind);
        const ProviderCapabilities capabilities = descriptor ? descriptor->capabilities : ProviderCapabilities {};
        const bool content = capabilities.templateStyle == TemplateStyle::ContentSid;
        if (capabilities.templateRequestsPerHour > 0) {
            const Result<bool> allowed = TemplateCatalogue(context.database)
                                             .takeRequests(profile.id, 1, QDateTime::currentMSecsSinceEpoch(), true);
            if (allowed.isOk() && !allowed.value())
                return context.fail(
                    TandemCliText::tr("This hour's %1 template requests to Meta are used up; try again in an hour.")
                        .arg(TemplateCatalogue::kRequestsPerHour));
        }
        ProviderJob* job = provider->createTemplate(content ? twilioContentFrom(metaDefinition) : metaDefinition);
        QObject::connect(job, &ProviderJob::finished, qApp,
            [&context, profile, metaDefinition, content](const ProviderResult& result) {
                if (!result.isOk())
                    return context.fail(result.error.explanation);
                // In the catalogue at once, waiting for review; the next sync (or Meta's webhook) has the decision.
                MessageTemplate t = MessageTemplate::fromMeta(metaDefinition, profile.id);
                t.provider = profile.kind;
                t.style = content ? TemplateStyle::ContentSid : TemplateStyle::NamedWithLanguage;
                t.providerId = result.messageId;
                t.status = result.status.isEmpty() ? u"pending"_s : result.status;
                TemplateCatalogue(context.database).upsert(t);
                context.printJson({{u"id"_s, result.messageId}, {u"status"_s, t.status}, {u"name"_s, t.name},
                    {u"language"_s, t.language}});
                context.finish(0);
            });
    });
}
} // namespace

void runTemplatesCommand(CliContext& context, const QString& subcommand)
{
    if (subcommand == u"lint"_s) {
        const Result<QJsonObject> definition = readDefinition(context);
        if (!definition.isOk())
            return context.fail(definition.error());
        return context.finish(report(context, TemplateLinter::lint(definition.value())) ? 0 : 1);
    }
    if (context.arguments.isEmpty())
        return context.fail(TandemCliText::tr(
            "templates needs a sender: templates sync|list|create NAME, templates show NAME TEMPLATE."));
    const QString sender = context.arguments.first();
    if (subcommand == u"sync"_s)
        return sync(context, sender);
    if (subcommand == u"list"_s)
        return list(context, sender, QString());
    if (subcommand == u"show"_s && context.arguments.size() == 2)
        return list(context, sender, context.arguments.at(1));
    if (subcommand == u"create"_s)
        return create(context, sender);
    context.fail(TandemCliText::tr("templates needs a command: sync, list, show, create or lint."));
}
