#pragma once

#include "migrations.h"
#include "util/result.h"

#include <QSqlDatabase>

// Brings a database's schema up to a version, one transaction per step, and refuses a schema newer than it knows.
class Migrator
{
public:
    Migrator(QSqlDatabase db, const QList<Migration>& migrations);

    // The version recorded in the database; 0 for an empty database.
    Result<int> currentVersion() const;
    int latestVersion() const;
    Status migrateTo(int targetVersion);
    Status migrateToLatest();

private:
    Status apply(const Migration& step);
    QString expand(const QString& statement) const;

    QSqlDatabase m_db;
    QList<Migration> m_migrations;
};
