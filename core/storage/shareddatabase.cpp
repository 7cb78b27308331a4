#include "shareddatabase.h"

#include "database.h"
#include "databasetask.h"

#include <QCoreApplication>
#include <QSettings>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {
const QString kSetting = u"database/shared_url"_s;

struct SharedDatabaseText
{
    Q_DECLARE_TR_FUNCTIONS(SharedDatabase)
};
} // namespace

QString SharedDatabase::savedUrl()
{
    return QSettings().value(kSetting).toString();
}

void SharedDatabase::save(const QString& url)
{
    QSettings().setValue(kSetting, url.trimmed());
}

void SharedDatabase::forget()
{
    QSettings().remove(kSetting);
}

QString SharedDatabase::passwordKey(const QString& url)
{
    QUrl address(url.trimmed());
    address.setPassword(QString());
    return u"database/%1/password"_s.arg(address.toString());
}

QString SharedDatabase::problem(const QString& url)
{
    const QString text = url.trimmed();
    if (!Database::isPostgresUrl(text))
        return SharedDatabaseText::tr("A shared database's address starts with postgresql://, for example "
                                      "postgresql://shop@db.example.com:5432/tandem.");
    const QUrl address(text);
    if (!address.isValid() || address.host().isEmpty() || address.path().mid(1).isEmpty())
        return SharedDatabaseText::tr("The address needs a server and a database name, for example "
                                      "postgresql://shop@db.example.com:5432/tandem.");
    if (!address.password().isEmpty())
        return SharedDatabaseText::tr("Leave the password out of the address and type it in the password field: "
                                      "Tandem keeps it in this computer's keychain, never in its settings.");
    return QString();
}

bool SharedDatabase::isShared(const QString& address)
{
    return Database::isPostgresUrl(address);
}

void SharedDatabase::check(QObject* context,
    const QString& url,
    const QString& password,
    std::function<void(const Result<int>& schemaVersion)> done)
{
    Database::setPassword(url, password);
    runOnDatabaseThread<int>(
        context, url, [](Database& database) { return Result<int>(database.schemaVersion()); }, std::move(done));
}
