#pragma once

// The database a test opens: an SQLite file in `dir`, or, when CTest runs the test for PostgreSQL
// (TANDEM_TEST_BACKEND=postgres), the test program's own database on the throw-away server that scripts/with-postgres
// started (TANDEM_TEST_PG), emptied first. The same tests then prove both back ends.
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>

inline bool testOnPostgres()
{
    return qEnvironmentVariable("TANDEM_TEST_BACKEND") == QStringLiteral("postgres");
}

inline QString testDatabase(const QTemporaryDir& dir, const QString& name)
{
    if (!testOnPostgres())
        return dir.filePath(name + QStringLiteral(".sqlite"));
    const QString server = qEnvironmentVariable("TANDEM_TEST_PG");
    if (server.isEmpty())
        qFatal(
            "TANDEM_TEST_BACKEND=postgres needs a server: run the tests through scripts/test (scripts/with-postgres)");
    const QString database = QStringLiteral("tandem_") + QCoreApplication::applicationName().toLower();
    QUrl url(server);
    const QString admin = QStringLiteral("tandem-test-admin");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), admin);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setDatabaseName(url.path().mid(1));
        if (!db.open())
            qFatal("test PostgreSQL: %s", qPrintable(db.lastError().text()));
        QSqlQuery q(db);
        q.exec(QStringLiteral("CREATE DATABASE %1").arg(database)); // fails harmlessly when it exists
        db.close();
        db.setDatabaseName(database);
        if (!db.open())
            qFatal("test PostgreSQL: %s", qPrintable(db.lastError().text()));
        QSqlQuery reset(db);
        if (!reset.exec(QStringLiteral("DROP SCHEMA public CASCADE"))
            || !reset.exec(QStringLiteral("CREATE SCHEMA public")))
            qFatal("test PostgreSQL: %s", qPrintable(reset.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase(admin);
    url.setPath(QLatin1Char('/') + database);
    return url.toString();
}
