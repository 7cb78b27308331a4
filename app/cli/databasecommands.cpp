// tandem-cli db copy --from PATH --to URL
#include "clicontext.h"
#include "tandemclitext.h"

#include "storage/databasecopy.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

void runDatabaseCommand(CliContext& context, const QString& subcommand)
{
    const QString fromPath = context.parser.value(u"from"_s);
    const QString toPath = context.parser.value(u"to"_s);
    if (subcommand != u"copy"_s || fromPath.isEmpty() || toPath.isEmpty())
        return context.fail(TandemCliText::tr("db copy --from PATH.sqlite --to postgresql://user@host:5432/tandem"));
    Database from;
    Status opened = from.open(fromPath);
    if (!opened.isOk())
        return context.fail(opened.error());
    Database to;
    opened = to.open(toPath);
    if (!opened.isOk())
        return context.fail(opened.error());
    const Result<DatabaseCopy::Copied> copied
        = DatabaseCopy::copy(from, to, [&context](const QString& table, qint64 rows) {
              if (!context.parser.isSet(u"json"_s))
                  context.err() << TandemCliText::tr("%1: %n row(s)", nullptr, int(rows)).arg(table) << Qt::endl;
          });
    if (!copied.isOk())
        return context.fail(copied.error());
    if (context.parser.isSet(u"json"_s))
        context.printJson({{u"from"_s, from.path()}, {u"to"_s, to.path()},
            {u"tables"_s, QJsonArray::fromStringList(copied.value().tables)}, {u"rows"_s, copied.value().rows}});
    else
        context.out() << TandemCliText::tr(
            "Copied %n row(s) from %1 to %2. Each computer keeps the senders' tokens in its own "
            "keychain: add them where Tandem sends.",
            nullptr, int(copied.value().rows))
                             .arg(from.path(), to.path())
                      << Qt::endl;
    context.finish(0);
}
