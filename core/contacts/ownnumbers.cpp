#include "ownnumbers.h"

#include "phone/phonenumbers.h"
#include "storage/changenotifier.h"
#include "storage/database.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

OwnNumbers::OwnNumbers(Database& database) : m_database(database)
{ }

QString OwnNumbers::normalized(const QString& number)
{
    QString n = number.trimmed();
    if (n.startsWith(u"whatsapp:"_s))
        n = n.mid(9);
    if (!n.startsWith(u'+'))
        return QString();
    const Result<QString> e164 = normalizePhoneNumber(n, u"US"_s); // a leading + makes the region irrelevant
    return e164.isOk() ? e164.value() : QString();
}

Status OwnNumbers::remember(const QString& number)
{
    const QString phone = normalized(number);
    if (phone.isEmpty())
        return Status::success();
    QSqlQuery q(m_database.connection());
    q.prepare(u"INSERT INTO own_numbers (phone, noted_at) VALUES (?, ?) ON CONFLICT (phone) DO NOTHING"_s);
    q.addBindValue(phone);
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (!q.exec())
        return Status::failure(q.lastError().text());
    if (q.numRowsAffected() > 0)
        ChangeNotifier::notify(m_database.connection(), ChangeNotifier::Channel::Inbox);
    return Status::success();
}

Result<QStringList> OwnNumbers::all() const
{
    QSqlQuery q(m_database.connection());
    if (!q.exec(u"SELECT phone FROM own_numbers ORDER BY phone"_s))
        return Status::failure(q.lastError().text());
    QStringList phones;
    while (q.next())
        phones << q.value(0).toString();
    return phones;
}
