#pragma once

#include "util/result.h"

#include <QSqlDatabase>
#include <QString>

// Tandem's data store: opens (or creates) the SQLite file, switches on WAL and foreign keys, and brings the
// schema to the latest version. One instance per thread; it owns its Qt SQL connection.
class Database
{
public:
    Database();
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    Status open(const QString& path);
    void close();
    bool isOpen() const;
    QString path() const;
    QSqlDatabase connection() const;
    int schemaVersion() const;

    // --db PATH wins, then TANDEM_DB, then the platform's application-data folder.
    static QString resolvePath(const QString& commandLinePath);
    static QString defaultPath();

private:
    QString m_connectionName;
    QString m_path;
};
