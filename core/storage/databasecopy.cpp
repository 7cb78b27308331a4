#include "databasecopy.h"

#include "database.h"
#include "writetransaction.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace {
// In the order their references need; leases are not copied (they belong to running processes).
const QStringList kTables = {u"profiles"_s, u"broadcasts"_s, u"outbox"_s, u"outbox_attempts"_s, u"contacts"_s,
    u"contact_import_journal"_s, u"webhook_events"_s, u"inbound_messages"_s, u"twilio_inbound_cursors"_s,
    u"template_links"_s, u"rate_card_imports"_s, u"own_numbers"_s,
    u"reported_costs"_s};

Status failed(const QSqlQuery& q, const QString& table)
{
    return Status::failure(
        QCoreApplication::translate("DatabaseCopy", "Copying %1 failed: %2").arg(table, q.lastError().text()));
}
} // namespace

Result<DatabaseCopy::Copied> DatabaseCopy::copy(Database& from, Database& to, const Progress& progress)
{
    QSqlDatabase source = from.connection();
    QSqlDatabase target = to.connection();
    if (from.schemaVersion() != to.schemaVersion())
        return Result<Copied>::failure(QCoreApplication::translate(
            "DatabaseCopy", "The two databases have different formats; open both with this Tandem first."));
    for (const QString& table : kTables) {
        QSqlQuery any(target);
        if (!any.exec(u"SELECT 1 FROM %1 LIMIT 1"_s.arg(table)))
            return failed(any, table);
        if (any.next())
            return Result<Copied>::failure(QCoreApplication::translate("DatabaseCopy",
                "The target database already holds data (%1): Tandem copies only into an empty one, so nothing is "
                "mixed up or lost.")
                                               .arg(table));
    }
    Copied copied;
    for (const QString& table : kTables) {
        // The columns both know (the formats are equal, so that is all of them).
        const QSqlRecord columns = source.record(table);
        QStringList names;
        QStringList marks;
        for (int i = 0; i < columns.count(); ++i) {
            names << columns.fieldName(i);
            marks << u"?"_s;
        }
        QSqlQuery read(source);
        read.setForwardOnly(true);
        if (!read.exec(u"SELECT %1 FROM %2"_s.arg(names.join(u", "_s), table)))
            return failed(read, table);
        WriteTransaction transaction(target);
        if (!transaction.isOpen())
            return transaction.status();
        QSqlQuery write(target);
        write.prepare(u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(table, names.join(u", "_s), marks.join(u", "_s)));
        qint64 rows = 0;
        while (read.next()) {
            for (int i = 0; i < names.size(); ++i)
                write.bindValue(i, read.value(i));
            if (!write.exec())
                return failed(write, table);
            ++rows;
        }
        // PostgreSQL hands out ids from a sequence: it continues after the copied ones.
        if (to.isPostgres() && names.contains(u"id"_s)) {
            QSqlQuery sequence(target);
            if (!sequence.exec(u"SELECT setval(pg_get_serial_sequence('%1', 'id'), COALESCE(MAX(id), 0) + 1, false) "
                               "FROM %1"_s.arg(table)))
                return failed(sequence, table);
        }
        const Status committed = transaction.commit();
        if (!committed.isOk())
            return committed;
        copied.tables << table;
        copied.rows += rows;
        if (progress)
            progress(table, rows);
    }
    // The copy is the same shop's data: it takes the source's identity, so the tokens this computer's keychain
    // holds for its senders are found there too.
    QSqlQuery identity(target);
    identity.prepare(u"UPDATE database_identity SET id = ?"_s);
    identity.addBindValue(from.identity());
    if (!identity.exec())
        return failed(identity, u"database_identity"_s);
    return copied;
}
