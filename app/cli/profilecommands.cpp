// tandem-cli profile list | show | add | set | remove | verify
#include "clicontext.h"
#include "tandemclitext.h"

#include "providers/messagingprovider.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {
// "key=value" arguments; the first '=' splits.
Result<QVariantMap> parseAssignments(const QStringList& assignments)
{
    QVariantMap values;
    for (const QString& assignment : assignments) {
        const qsizetype eq = assignment.indexOf(u'=');
        if (eq <= 0)
            return Result<QVariantMap>::failure(TandemCliText::tr("\"%1\" is not key=value.").arg(assignment));
        values.insert(assignment.left(eq).trimmed(), assignment.mid(eq + 1));
    }
    return values;
}

// Secrets come as key=value lines on standard input, so they never show in the process list or shell history.
Result<QHash<QString, QString>> readSecrets(CliContext& context)
{
    QHash<QString, QString> secrets;
    if (!context.parser.isSet(u"secrets-stdin"_s))
        return secrets;
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly))
        return Result<QHash<QString, QString>>::failure(TandemCliText::tr("Could not read standard input."));
    const QStringList lines = QString::fromUtf8(input.readAll()).split(u'\n');
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const qsizetype eq = line.indexOf(u'=');
        if (eq <= 0)
            return Result<QHash<QString, QString>>::failure(
                TandemCliText::tr("Line %1 of standard input is not key=value.").arg(i + 1));
        secrets.insert(line.left(eq).trimmed(), line.mid(eq + 1).trimmed());
    }
    return secrets;
}

// --set must never carry a secret: arguments end up in shell history and the process list.
Status refuseSecretsInArguments(const ProviderDescriptor& descriptor, const QVariantMap& settings)
{
    for (auto it = settings.cbegin(); it != settings.cend(); ++it) {
        const ConfigField* field = descriptor.field(it.key());
        if (!field)
            return Status::failure(TandemCliText::tr("%1 has no setting \"%2\". Its settings are: %3.")
                                       .arg(descriptor.displayName, it.key(), [&] {
                                           QStringList keys;
                                           for (const ConfigField& f : descriptor.fields)
                                               keys << f.key;
                                           return keys.join(u", "_s);
                                       }()));
        if (field->isSecret())
            return Status::failure(TandemCliText::tr("%1 is a secret: give it on standard input with --secrets-stdin "
                                                     "(a line \"%2=…\"), never as an argument.")
                                       .arg(field->label, field->key));
    }
    return Status::success();
}

QJsonObject profileJson(const Profile& p)
{
    return {{u"id"_s, p.id}, {u"name"_s, p.name}, {u"provider"_s, p.kind},
        {u"settings"_s, QJsonObject::fromVariantMap(p.settings)}, {u"created_at"_s, p.createdAt.toString(Qt::ISODate)},
        {u"verified_at"_s, p.verifiedAt.isValid() ? p.verifiedAt.toString(Qt::ISODate) : QString()},
        {u"verified_ok"_s, p.verifiedOk}, {u"verification"_s, p.verificationSummary}};
}

QString senderOf(const Profile& p)
{
    const QString from = p.setting(u"from"_s);
    if (!from.isEmpty())
        return from;
    if (!p.setting(u"messaging_service_sid"_s).isEmpty())
        return p.setting(u"messaging_service_sid"_s);
    return p.setting(u"phone_number_id"_s);
}

// Ends the command when the job is done: the job's error, or the line `done` makes of the outcome.
void reportWhenDone(CliContext& context, ProfileJob* job, std::function<QString(const ProfileOutcome&)> done)
{
    QObject::connect(job, &ProfileJob::finished, qApp, [&context, done](const ProfileOutcome& outcome) {
        if (!outcome.status.isOk())
            return context.fail(outcome.status.error());
        context.out() << done(outcome) << Qt::endl;
        context.finish(0);
    });
}

void list(CliContext& context)
{
    const Result<QList<Profile>> profiles = context.profiles.list();
    if (!profiles.isOk())
        return context.fail(profiles.error());
    if (context.parser.isSet(u"json"_s)) {
        QJsonArray array;
        for (const Profile& p : profiles.value())
            array.append(profileJson(p));
        context.printJson({{u"profiles"_s, array}});
    } else if (profiles.value().isEmpty()) {
        context.out() << TandemCliText::tr(
            "No WhatsApp sender set up yet. Add one with: tandem-cli profile add --name NAME "
            "--provider twilio|meta_cloud|360dialog --set key=value … --secrets-stdin")
                      << Qt::endl;
    } else {
        for (const Profile& p : profiles.value()) {
            const QString check = !p.verifiedAt.isValid() ? TandemCliText::tr("not checked yet")
                : p.verifiedOk ? TandemCliText::tr("verified %1").arg(p.verifiedAt.toString(Qt::ISODate))
                               : TandemCliText::tr("check failed %1").arg(p.verifiedAt.toString(Qt::ISODate));
            context.out() << p.name << u'\t' << p.kind << u'\t' << senderOf(p) << u'\t' << check << Qt::endl;
        }
    }
    context.finish(0);
}

void show(CliContext& context)
{
    if (context.arguments.isEmpty())
        return context.fail(TandemCliText::tr("Name the sender: tandem-cli profile show NAME"));
    const Result<Profile> found = context.profiles.findByName(context.arguments.first());
    if (!found.isOk())
        return context.fail(found.error());
    ProfileJob* job = context.profileService.loadSecrets(found.value());
    QObject::connect(job, &ProfileJob::finished, qApp, [&context](const ProfileOutcome& outcome) {
        if (!outcome.status.isOk())
            return context.fail(outcome.status.error());
        QJsonObject secrets;
        if (const ProviderDescriptor* d = context.registry.find(outcome.profile.kind)) {
            for (const QString& key : d->secretKeys())
                secrets.insert(key, outcome.secrets.value(key).isEmpty() ? u"unset"_s : u"set"_s);
        }
        QJsonObject json = profileJson(outcome.profile);
        json.insert(u"secrets"_s, secrets);
        if (context.parser.isSet(u"json"_s)) {
            context.printJson(json);
        } else {
            context.out() << outcome.profile.name << u" ("_s << outcome.profile.kind << u")"_s << Qt::endl;
            for (auto it = outcome.profile.settings.cbegin(); it != outcome.profile.settings.cend(); ++it)
                context.out() << u"  "_s << it.key() << u" = "_s << it.value().toString() << Qt::endl;
            for (auto it = secrets.begin(); it != secrets.end(); ++it)
                context.out() << u"  "_s << it.key() << u": "_s << it.value().toString() << u" (keychain)"_s
                              << Qt::endl;
        }
        context.finish(0);
    });
}

void add(CliContext& context)
{
    Profile profile;
    profile.name = context.parser.value(u"name"_s);
    profile.kind = context.parser.value(u"provider"_s);
    const ProviderDescriptor* descriptor = context.registry.find(profile.kind);
    if (!descriptor)
        return context.fail(
            TandemCliText::tr("Choose a provider with --provider: %1.").arg(context.registry.kinds().join(u", "_s)));
    const Result<QVariantMap> settings = parseAssignments(context.parser.values(u"set"_s));
    if (!settings.isOk())
        return context.fail(settings.error());
    const Status allowed = refuseSecretsInArguments(*descriptor, settings.value());
    if (!allowed.isOk())
        return context.fail(allowed.error());
    profile.settings = settings.value();
    for (const ConfigField& field : descriptor->fields) {
        if (!field.isSecret() && !field.defaultValue.isEmpty() && !profile.settings.contains(field.key))
            profile.settings.insert(field.key, field.defaultValue);
    }
    const Result<QHash<QString, QString>> secrets = readSecrets(context);
    if (!secrets.isOk())
        return context.fail(secrets.error());
    ProfileJob* job = context.profileService.create(profile, secrets.value());
    reportWhenDone(context, job, [](const ProfileOutcome& outcome) {
        return TandemCliText::tr("Added sender \"%1\" (%2).").arg(outcome.profile.name, outcome.profile.kind);
    });
}

void set(CliContext& context)
{
    if (context.arguments.isEmpty())
        return context.fail(TandemCliText::tr("Name the sender: tandem-cli profile set NAME --set key=value"));
    Result<Profile> found = context.profiles.findByName(context.arguments.first());
    if (!found.isOk())
        return context.fail(found.error());
    Profile profile = found.value();
    const ProviderDescriptor* descriptor = context.registry.find(profile.kind);
    const Result<QVariantMap> settings = parseAssignments(context.parser.values(u"set"_s));
    if (!settings.isOk())
        return context.fail(settings.error());
    const Status allowed = refuseSecretsInArguments(*descriptor, settings.value());
    if (!allowed.isOk())
        return context.fail(allowed.error());
    for (auto it = settings.value().cbegin(); it != settings.value().cend(); ++it) {
        if (it.value().toString().isEmpty())
            profile.settings.remove(it.key());
        else
            profile.settings.insert(it.key(), it.value());
    }
    const Result<QHash<QString, QString>> secrets = readSecrets(context);
    if (!secrets.isOk())
        return context.fail(secrets.error());
    ProfileJob* job = context.profileService.update(profile, secrets.value());
    reportWhenDone(context, job, [](const ProfileOutcome& outcome) {
        return TandemCliText::tr("Updated sender \"%1\".").arg(outcome.profile.name);
    });
}

void remove(CliContext& context)
{
    if (context.arguments.isEmpty())
        return context.fail(TandemCliText::tr("Name the sender: tandem-cli profile remove NAME"));
    const Result<Profile> found = context.profiles.findByName(context.arguments.first());
    if (!found.isOk())
        return context.fail(found.error());
    ProfileJob* job = context.profileService.remove(found.value().id);
    reportWhenDone(context, job, [](const ProfileOutcome& outcome) {
        return TandemCliText::tr("Removed sender \"%1\" and its keychain entries.").arg(outcome.profile.name);
    });
}

void verify(CliContext& context)
{
    if (context.arguments.isEmpty())
        return context.fail(TandemCliText::tr("Name the sender: tandem-cli profile verify NAME"));
    withProvider(context, context.arguments.first(), [&context](MessagingProvider* provider, const Profile& profile) {
        ProviderJob* job = provider->verifyCredentials();
        QObject::connect(job, &ProviderJob::finished, qApp, [&context, profile](const ProviderResult& result) {
            QJsonObject json {{u"profile"_s, profile.name}, {u"status"_s, result.isOk() ? u"ok"_s : u"error"_s}};
            QString summary;
            if (result.isOk()) {
                json.insert(u"details"_s, QJsonObject::fromVariantMap(result.details));
                QStringList parts;
                for (auto it = result.details.cbegin(); it != result.details.cend(); ++it) {
                    if (!it.value().toString().isEmpty())
                        parts << it.value().toString();
                }
                summary = parts.join(u", "_s);
            } else {
                const QJsonObject error = providerErrorToJson(result.error);
                for (auto it = error.begin(); it != error.end(); ++it)
                    json.insert(it.key(), it.value());
                summary = result.error.explanation;
            }
            context.profiles.recordVerification(profile.id, result.isOk(), summary, verifiedNumber(result));
            context.printJson(json);
            context.finish(result.isOk() ? 0 : 1);
        });
    });
}
} // namespace

void runProfileCommand(CliContext& context, const QString& subcommand)
{
    if (subcommand == u"list"_s)
        return list(context);
    if (subcommand == u"show"_s)
        return show(context);
    if (subcommand == u"add"_s)
        return add(context);
    if (subcommand == u"set"_s)
        return set(context);
    if (subcommand == u"remove"_s)
        return remove(context);
    if (subcommand == u"verify"_s)
        return verify(context);
    context.fail(TandemCliText::tr("Unknown profile command \"%1\". Use list, show, add, set, remove or verify.")
                     .arg(subcommand));
}
