#include "migrator.h"

#include "writetransaction.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcMigrator, "tandem.storage.migrations")

Migrator::Migrator(QSqlDatabase db, const QList<Migration>& migrations) : m_db(std::move(db)), m_migrations(migrations)
{ }

int Migrator::latestVersion() const
{
    return m_migrations.isEmpty() ? 0 : m_migrations.last().version;
}

Result<int> Migrator::currentVersion() const
{
    if (!m_db.tables().contains(u"schema_version"_s))
        return 0;
    QSqlQuery query(m_db);
    if (!query.exec(u"SELECT version FROM schema_version"_s))
        return Result<int>::failure(query.lastError().text());
    return query.next() ? query.value(0).toInt() : 0;
}

Status Migrator::migrateToLatest()
{
    return migrateTo(latestVersion());
}

Status Migrator::migrateTo(int targetVersion)
{
    const Result<int> current = currentVersion();
    if (!current.isOk())
        return Status::failure(
            QCoreApplication::translate("Database", "Could not read the database's version: %1").arg(current.error()));
    if (current.value() > latestVersion()) {
        return Status::failure(QCoreApplication::translate("Database",
            "This database was written by a newer version of Tandem (data format %1; this program knows up to %2). "
            "Update Tandem to open it. The file was not changed.")
                                   .arg(current.value())
                                   .arg(latestVersion()));
    }
    for (const Migration& step : std::as_const(m_migrations)) {
        if (step.version <= current.value() || step.version > targetVersion)
            continue;
        const Status applied = apply(step);
        if (!applied.isOk())
            return applied;
    }
    return Status::success();
}

Status Migrator::apply(const Migration& step)
{
    WriteTransaction transaction(m_db);
    if (!transaction.isOpen())
        return transaction.status();
    // Another Tandem opening the same database at the same moment may have applied this step already. On
    // PostgreSQL the other one waits for this lock (held until this transaction ends) before it looks.
    if (m_db.driverName() == u"QPSQL"_s) {
        QSqlQuery lock(m_db);
        if (!lock.exec(u"SELECT pg_advisory_xact_lock(7310)"_s))
            return Status::failure(lock.lastError().text());
    }
    const Result<int> now = currentVersion();
    if (now.isOk() && now.value() >= step.version)
        return Status::success();
    qCDebug(lcMigrator) << "applying schema step" << step.version << step.description;
    QSqlQuery query(m_db);
    auto fail = [&](const QString& error) {
        transaction.rollback();
        return Status::failure(
            QCoreApplication::translate("Database", "Updating the database to format %1 (%2) failed: %3")
                .arg(step.version)
                .arg(step.description, error));
    };
    if (step.version == 1 || !m_db.tables().contains(u"schema_version"_s)) {
        if (!query.exec(u"CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"_s))
            return fail(query.lastError().text());
    }
    for (const QString& statement : step.statements) {
        if (!query.exec(expand(statement)))
            return fail(query.lastError().text());
    }
    if (!query.exec(u"DELETE FROM schema_version"_s))
        return fail(query.lastError().text());
    query.prepare(u"INSERT INTO schema_version (version) VALUES (?)"_s);
    query.addBindValue(step.version);
    if (!query.exec())
        return fail(query.lastError().text());
    const Status committed = transaction.commit();
    if (!committed.isOk())
        return fail(committed.error());
    return Status::success();
}

QString Migrator::expand(const QString& statement) const
{
    const bool postgres = m_db.driverName() == u"QPSQL"_s;
    QString sql = statement;
    sql.replace(u"{{id}}"_s, postgres ? u"BIGSERIAL PRIMARY KEY"_s : u"INTEGER PRIMARY KEY AUTOINCREMENT"_s);
    sql.replace(u"{{new_uuid}}"_s, QUuid::createUuid().toString(QUuid::WithoutBraces));
    // SQLite's INTEGER holds 64 bits; PostgreSQL's only 32, too few for times in milliseconds.
    if (postgres) {
        static const QRegularExpression integer(u"\\bINTEGER\\b"_s);
        sql.replace(integer, u"BIGINT"_s);
    }
    return sql;
}
