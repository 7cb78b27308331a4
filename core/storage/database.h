#pragma once

#include "util/result.h"

#include <QSqlDatabase>
#include <QString>

// Tandem's data store: an SQLite file (WAL, foreign keys) for one desk, or a PostgreSQL database named by a URL
// (postgresql://user@host:5432/tandem) that several desktops and a server share. Opening brings the schema to the
// latest version. One instance per thread; it owns its Qt SQL connection.
class Database
{
public:
    Database();
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // A file path, or a postgresql:// URL (TLS required unless the host is this computer; ?sslmode= overrides).
    Status open(const QString& pathOrUrl);
    void close();
    bool isOpen() const;
    // What was opened: the file, or the URL without its password (for opening more connections to it).
    QString path() const;
    bool isPostgres() const;
    static bool isPostgresUrl(const QString& pathOrUrl);
    // The password for a PostgreSQL URL, for every connection this process opens to it; kept in memory only (it
    // comes from the keychain, or PGPASSWORD / ~/.pgpass, which libpq reads itself).
    static void setPassword(const QString& url, const QString& password);
    QSqlDatabase connection() const;
    int schemaVersion() const;
    // This database's own id, made when it was created: it scopes its senders' keychain entries.
    QString identity() const;

    // --db PATH wins, then TANDEM_DB, then the platform's application-data folder.
    static QString resolvePath(const QString& commandLinePath);
    static QString defaultPath();

private:
    Status openPostgres(const QString& url);
    Status openSqlite(const QString& path);
    Status migrate(QSqlDatabase db, const QString& where);

    QString m_connectionName;
    QString m_path;
};
