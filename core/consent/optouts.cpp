#include "optouts.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace OptOuts {
namespace {
QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

Status run(QSqlQuery& q)
{
    return q.exec() ? Status::success() : Status::failure(q.lastError().text());
}
} // namespace

QString keywordSource(const QString& word)
{
    return u"keyword:"_s + word;
}

QString errorSource(const QString& provider, const QString& code)
{
    return u"error:%1:%2"_s.arg(provider, code);
}

Status fromSendError(QSqlDatabase db, const QString& recipient, const QString& provider, const ProviderError& error)
{
    if (error.errorClass != ErrorClass::OptedOut || recipient.isEmpty())
        return Status::success();
    QSqlQuery q(db);
    if (error.code == u"131050"_s) {
        // Meta: they stopped marketing messages from this business; utility and service messages still reach them.
        q.prepare(u"UPDATE contacts SET marketing_opted_out = 1, marketing_opted_out_at = ?, updated_at = ? "
                  "WHERE phone = ? AND marketing_opted_out = 0"_s);
        q.addBindValue(now());
        q.addBindValue(now());
        q.addBindValue(recipient);
        return run(q);
    }
    q.prepare(u"UPDATE contacts SET opted_out = 1, opted_out_at = ?, opted_out_source = ?, updated_at = ? "
              "WHERE phone = ? AND opted_out = 0"_s);
    q.addBindValue(now());
    q.addBindValue(errorSource(provider, error.code));
    q.addBindValue(now());
    q.addBindValue(recipient);
    return run(q);
}

Status fromMarketingPreference(
    QSqlDatabase db, const QString& phone, const QString& userId, bool stop, const QDateTime& at)
{
    if (phone.isEmpty() && userId.isEmpty())
        return Status::success();
    QSqlQuery q(db);
    q.prepare(u"UPDATE contacts SET marketing_opted_out = ?, marketing_opted_out_at = ?, updated_at = ? "
              "WHERE (phone = ? AND phone <> '') OR (user_id = ? AND user_id <> '')"_s);
    q.addBindValue(stop ? 1 : 0);
    q.addBindValue(stop ? QVariant(at.toUTC().toString(Qt::ISODateWithMs)) : QVariant());
    q.addBindValue(now());
    q.addBindValue(phone);
    q.addBindValue(userId);
    return run(q);
}

QString describe(const QString& source)
{
    if (source.startsWith(u"keyword:"_s))
        return QCoreApplication::translate("OptOuts", "replied \"%1\"").arg(source.mid(8));
    if (source.startsWith(u"error:"_s)) {
        const QStringList parts = source.split(u':');
        const QString provider = parts.value(1) == u"twilio"_s ? u"Twilio"_s : u"Meta"_s;
        if (parts.value(2) == u"21610"_s)
            return QCoreApplication::translate("OptOuts", "Twilio refused a message: they had replied STOP (21610)");
        return QCoreApplication::translate("OptOuts", "%1 refused a message: opted out (%2)")
            .arg(provider, parts.value(2));
    }
    if (source == u"owner"_s)
        return QCoreApplication::translate("OptOuts", "marked by you");
    if (source == u"import"_s)
        return QCoreApplication::translate("OptOuts", "imported as opted out");
    return source;
}
} // namespace OptOuts
