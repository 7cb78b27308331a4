#include "database.h"

#include "migrations.h"
#include "migrator.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace {
QAtomicInt connectionCounter;
}

Database::Database() : m_connectionName(u"tandem-%1"_s.arg(connectionCounter.fetchAndAddRelaxed(1)))
{ }

Database::~Database()
{
    close();
}

QString Database::defaultPath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(folder).filePath(u"tandem.sqlite"_s);
}

QString Database::resolvePath(const QString& commandLinePath)
{
    if (!commandLinePath.isEmpty())
        return commandLinePath;
    const QString fromEnvironment = qEnvironmentVariable("TANDEM_DB");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return defaultPath();
}

Status Database::open(const QString& path)
{
    close();
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return Status::failure(
            QCoreApplication::translate("Database", "Could not create the folder %1.").arg(info.absolutePath()));

    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!db.open()) {
        const QString error = db.lastError().text();
        close();
        return Status::failure(
            QCoreApplication::translate("Database", "Could not open the database %1: %2").arg(path, error));
    }
    m_path = path;

    // The version check comes before anything that writes (even the WAL switch), so that a file from a newer
    // Tandem is left exactly as it was.
    Migrator migrator(db, tandemMigrations());
    const Result<int> version = migrator.currentVersion();
    if (version.isOk() && version.value() > migrator.latestVersion()) {
        const Status refused = migrator.migrateToLatest();
        close();
        return refused;
    }

    QSqlQuery pragma(db);
    for (const QString& statement :
        {u"PRAGMA journal_mode=WAL"_s, u"PRAGMA foreign_keys=ON"_s, u"PRAGMA synchronous=NORMAL"_s}) {
        if (!pragma.exec(statement)) {
            const QString error = pragma.lastError().text();
            close();
            return Status::failure(
                QCoreApplication::translate("Database", "Could not prepare the database %1: %2").arg(path, error));
        }
    }
    const Status migrated = migrator.migrateToLatest();
    if (!migrated.isOk()) {
        close();
        return migrated;
    }
    return Status::success();
}

void Database::close()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    m_path.clear();
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && connection().isOpen();
}

QString Database::path() const
{
    return m_path;
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    const Result<int> version = Migrator(connection(), tandemMigrations()).currentVersion();
    return version.isOk() ? version.value() : -1;
}
