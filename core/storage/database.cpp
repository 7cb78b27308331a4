#include "database.h"

#include "migrations.h"
#include "migrator.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

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

bool Database::isPostgresUrl(const QString& pathOrUrl)
{
    return pathOrUrl.startsWith(u"postgresql://"_s) || pathOrUrl.startsWith(u"postgres://"_s);
}

namespace {
QMutex passwordsMutex;
QHash<QString, QString>& passwords()
{
    static QHash<QString, QString> byUrl;
    return byUrl;
}

QString withoutPassword(const QString& url)
{
    return QUrl(url).toString(QUrl::RemovePassword);
}

// Why PostgreSQL could not be reached, in words an owner can act on; the server's own words follow for whoever
// sets the server up (never the driver's "QPSQL: Unable to connect").
QString connectionProblem(const QSqlError& error)
{
    const QString server = error.databaseText().trimmed();
    auto says = [&server](const char* words) {
        return server.contains(QLatin1String(words), Qt::CaseInsensitive);
    };
    QString plain;
    if (says("password authentication failed") || says("no password supplied"))
        plain = QCoreApplication::translate("Database", "the user name or password was not accepted.");
    else if (says("does not exist") && says("database"))
        plain = QCoreApplication::translate("Database", "the server has no database of that name.");
    else if (says("could not translate host name") || says("Name or service not known"))
        plain = QCoreApplication::translate("Database", "no server of that name was found; check the address.");
    else if (says("Connection refused"))
        plain = QCoreApplication::translate("Database",
            "nothing answers at that address and port. Is PostgreSQL running there, and does it accept connections "
            "from other computers?");
    else if (says("timeout expired") || says("timed out"))
        plain = QCoreApplication::translate("Database", "the server did not answer within 10 seconds.");
    else if (says("no pg_hba.conf entry"))
        plain = QCoreApplication::translate(
            "Database", "the server does not let this computer in (its pg_hba.conf has no line for it).");
    else if (says("SSL"))
        plain = QCoreApplication::translate(
            "Database", "the encrypted connection could not be set up (see the sslmode in the address).");
    else
        plain = QCoreApplication::translate("Database", "the server could not be reached.");
    if (server.isEmpty())
        return plain;
    return QCoreApplication::translate("Database", "%1 (The server said: %2)")
        .arg(plain, QString(server).replace(u'\n', u' ').simplified());
}
} // namespace

void Database::setPassword(const QString& url, const QString& password)
{
    QMutexLocker lock(&passwordsMutex);
    passwords().insert(withoutPassword(url), password);
}

Status Database::open(const QString& pathOrUrl)
{
    close();
    return isPostgresUrl(pathOrUrl) ? openPostgres(pathOrUrl) : openSqlite(pathOrUrl);
}

Status Database::openPostgres(const QString& text)
{
    const QUrl url(text);
    const QString name = url.path().mid(1);
    if (!url.isValid() || url.host().isEmpty() || name.isEmpty())
        return Status::failure(QCoreApplication::translate(
            "Database", "\"%1\" is not a database address; it looks like postgresql://user@host:5432/tandem.")
                                   .arg(withoutPassword(text)));
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, m_connectionName);
    db.setHostName(url.host());
    db.setPort(url.port(5432));
    db.setDatabaseName(name);
    db.setUserName(url.userName());
    QString password = url.password();
    if (password.isEmpty()) {
        QMutexLocker lock(&passwordsMutex);
        password = passwords().value(withoutPassword(text));
    }
    if (!password.isEmpty())
        db.setPassword(password);
    // Tokens and customers' messages cross the network here: encrypted, unless the server is this computer.
    const QString host = url.host().toLower();
    const bool local = host == u"localhost"_s || host.startsWith(u"127."_s) || host == u"::1"_s;
    const QUrlQuery query(url);
    const QString sslmode = query.hasQueryItem(u"sslmode"_s) ? query.queryItemValue(u"sslmode"_s)
        : local                                              ? u"prefer"_s
                                                             : u"require"_s;
    db.setConnectOptions(u"sslmode=%1;connect_timeout=10;application_name=tandem"_s.arg(sslmode));
    const QString where = withoutPassword(text);
    if (!db.open()) {
        const QString error = connectionProblem(db.lastError());
        close();
        return Status::failure(
            QCoreApplication::translate("Database", "Could not connect to the database %1: %2").arg(where, error));
    }
    m_path = where;
    return migrate(db, where);
}

Status Database::openSqlite(const QString& path)
{
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
    return migrate(db, path);
}

Status Database::migrate(QSqlDatabase db, const QString& where)
{
    // The version check comes before anything that writes (even the WAL switch), so that a database from a newer
    // Tandem is left exactly as it was.
    Migrator migrator(db, tandemMigrations());
    const Result<int> version = migrator.currentVersion();
    if (version.isOk() && version.value() > migrator.latestVersion()) {
        const Status refused = migrator.migrateToLatest();
        close();
        return refused;
    }
    if (db.driverName() == u"QSQLITE"_s) {
        QSqlQuery pragma(db);
        for (const QString& statement :
            {u"PRAGMA journal_mode=WAL"_s, u"PRAGMA foreign_keys=ON"_s, u"PRAGMA synchronous=NORMAL"_s}) {
            if (!pragma.exec(statement)) {
                const QString error = pragma.lastError().text();
                close();
                return Status::failure(
                    QCoreApplication::translate("Database", "Could not prepare the database %1: %2").arg(where, error));
            }
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

bool Database::isPostgres() const
{
    return connection().driverName() == u"QPSQL"_s;
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QString Database::identity() const
{
    QSqlQuery q(connection());
    return q.exec(u"SELECT id FROM database_identity"_s) && q.next() ? q.value(0).toString() : QString();
}

int Database::schemaVersion() const
{
    const Result<int> version = Migrator(connection(), tandemMigrations()).currentVersion();
    return version.isOk() ? version.value() : -1;
}
