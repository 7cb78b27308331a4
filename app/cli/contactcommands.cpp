// tandem-cli contacts import FILE [--region XX] [--json] | contacts export FILE | contacts opt-in NUMBER --reason …
#include "clicontext.h"
#include "tandemclitext.h"

#include "contacts/contactexporter.h"
#include "contacts/contactimporter.h"
#include "contacts/contactrepository.h"
#include "phone/phonenumbers.h"
#include "util/whoami.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace {
void importContacts(CliContext& context)
{
    QFile file(context.arguments.value(0));
    if (!file.open(QIODevice::ReadOnly))
        return context.fail(TandemCliText::tr("Cannot read %1: %2").arg(file.fileName(), file.errorString()));
    const QString region = context.parser.isSet(u"region"_s) ? context.parser.value(u"region"_s).toUpper() : QString();
    ContactImporter importer(context.database, region);
    const Result<ContactImporter::Report> report = importer.import(file.readAll());
    if (!report.isOk())
        return context.fail(report.error());
    const ContactImporter::Report& r = report.value();
    if (context.parser.isSet(u"json"_s)) {
        QJsonArray rejected;
        for (const ContactImporter::Rejected& line : r.rejected)
            rejected.append(QJsonObject {{u"line"_s, line.line}, {u"reason"_s, line.reason}});
        context.printJson({{u"imported"_s, r.imported}, {u"merged"_s, r.merged},
            {u"rejected_count"_s, int(r.rejected.size())}, {u"rejected"_s, rejected}});
    } else {
        context.out() << TandemCliText::tr("%1 imported, %2 merged, %3 rejected")
                             .arg(r.imported)
                             .arg(r.merged)
                             .arg(r.rejected.size())
                      << Qt::endl;
        for (const ContactImporter::Rejected& line : r.rejected)
            context.out() << TandemCliText::tr("line %1: %2").arg(line.line).arg(line.reason) << Qt::endl;
    }
    context.finish(0);
}

void exportToFile(CliContext& context)
{
    QSaveFile file(context.arguments.value(0));
    if (context.arguments.isEmpty() || !file.open(QIODevice::WriteOnly))
        return context.fail(TandemCliText::tr("Cannot write %1: %2").arg(file.fileName(), file.errorString()));
    ContactRepository contacts(context.database);
    const Result<int> written = exportContacts(contacts, file);
    if (!written.isOk() || !file.commit())
        return context.fail(written.isOk() ? file.errorString() : written.error());
    context.out() << TandemCliText::tr("%1 contacts written to %2").arg(written.value()).arg(file.fileName())
                  << Qt::endl;
    context.finish(0);
}
} // namespace

// Subscribes an opted-out customer again: the only way back in besides their own START, recorded with the reason.
void optIn(CliContext& context)
{
    const QString number = context.arguments.value(0);
    const QString region = context.parser.isSet(u"region"_s) ? context.parser.value(u"region"_s).toUpper() : QString();
    const Result<QString> phone = normalizePhoneNumber(number, region.isEmpty() ? u"ZZ"_s : region);
    ContactRepository contacts(context.database);
    const Result<std::optional<Contact>> found = contacts.findByPhone(phone.isOk() ? phone.value() : number);
    if (!found.isOk())
        return context.fail(found.error());
    if (!found.value())
        return context.fail(TandemCliText::tr("There is no contact %1.").arg(phone.isOk() ? phone.value() : number));
    const Result<bool> done
        = contacts.optIn(found.value()->id, context.parser.value(u"reason"_s), whoAmI(u"tandem-cli"_s));
    if (!done.isOk())
        return context.fail(done.error());
    context.printJson({{u"contact"_s, found.value()->phone}, {u"opted_in"_s, done.value()},
        {u"explanation"_s,
            done.value() ? TandemCliText::tr("They may get messages again; your reason is kept with the change.")
                         : TandemCliText::tr("They had not opted out: nothing changed.")}});
    context.finish(0);
}

void runContactsCommand(CliContext& context, const QString& subcommand)
{
    if (context.arguments.isEmpty())
        return context.fail(TandemCliText::tr("Name the file: tandem-cli contacts %1 FILE").arg(subcommand));
    if (subcommand == u"import"_s)
        return importContacts(context);
    if (subcommand == u"export"_s)
        return exportToFile(context);
    if (subcommand == u"opt-in"_s)
        return optIn(context);
    context.fail(TandemCliText::tr("Unknown contacts command \"%1\". Use import, export or opt-in.").arg(subcommand));
}
