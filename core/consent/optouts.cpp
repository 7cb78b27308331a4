#include "optouts.h"
#include "providers/providerregistry.h"

#include "consentlog.h"

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
    const bool marketingOnly = error.code == u"131050"_s;
    if (marketingOnly) {
        // Meta: they stopped marketing messages from this business; utility and service messages still reach them.
        q.prepare(u"UPDATE contacts SET marketing_opted_out = 1, marketing_opted_out_at = ?, updated_at = ? "
                  "WHERE phone = ? AND marketing_opted_out = 0"_s);
        q.addBindValue(now());
        q.addBindValue(now());
        q.addBindValue(recipient);
    } else {
        q.prepare(u"UPDATE contacts SET opted_out = 1, opted_out_at = ?, opted_out_source = ?, updated_at = ? "
                  "WHERE phone = ? AND opted_out = 0"_s);
        q.addBindValue(now());
        q.addBindValue(errorSource(provider, error.code));
        q.addBindValue(now());
        q.addBindValue(recipient);
    }
    const Status done = run(q);
    if (!done.isOk() || q.numRowsAffected() <= 0)
        return done;
    return ConsentLog::record(db,
        {recipient, marketingOnly ? ConsentLog::Change::MarketingStopped : ConsentLog::Change::OptedOut,
            errorSource(provider, error.code), QString(), QString(), QDateTime::currentDateTimeUtc()});
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
    const Status done = run(q);
    if (!done.isOk() || q.numRowsAffected() <= 0)
        return done;
    return ConsentLog::record(db,
        {phone.isEmpty() ? userId : phone,
            stop ? ConsentLog::Change::MarketingStopped : ConsentLog::Change::MarketingResumed, u"preferences"_s,
            QString(), QString(), at});
}

Status byOwner(QSqlDatabase db, const QStringList& contacts, const QString& byWhom)
{
    QSqlQuery q(db);
    q.prepare(u"UPDATE contacts SET opted_out = 1, opted_out_at = ?, updated_at = ?, opted_out_source = 'owner' "
              "WHERE phone = ? AND opted_out = 0"_s);
    for (const QString& contact : contacts) {
        q.bindValue(0, now());
        q.bindValue(1, now());
        q.bindValue(2, contact);
        const Status done = run(q);
        if (!done.isOk())
            return done;
        if (q.numRowsAffected() <= 0)
            continue;
        const Status logged = ConsentLog::record(db,
            {contact, ConsentLog::Change::OptedOut, u"owner"_s, QString(), byWhom, QDateTime::currentDateTimeUtc()});
        if (!logged.isOk())
            return logged;
    }
    return Status::success();
}

Result<bool> optIn(QSqlDatabase db, const QString& contact, const QString& reason, const QString& byWhom)
{
    if (reason.trimmed().isEmpty())
        return Status::failure(QCoreApplication::translate("OptOuts",
            "Say why they may get messages again (for example \"asked in the shop on 3 December\"): it is kept with "
            "the "
            "change."));
    QSqlQuery find(db);
    find.prepare(u"SELECT opted_out, marketing_opted_out FROM contacts WHERE phone = ?"_s);
    find.addBindValue(contact);
    if (!find.exec())
        return Status::failure(find.lastError().text());
    if (!find.next())
        return Status::failure(QCoreApplication::translate("OptOuts", "There is no contact %1.").arg(contact));
    if (find.value(0).toInt() == 0 && find.value(1).toInt() == 0)
        return false;
    find.finish();
    QSqlQuery q(db);
    q.prepare(u"UPDATE contacts SET opted_out = 0, opted_out_at = NULL, opted_out_source = '', "
              "marketing_opted_out = 0, marketing_opted_out_at = NULL, opt_in_source = 'owner', opted_in_at = ?, "
              "updated_at = ? WHERE phone = ?"_s);
    q.addBindValue(now());
    q.addBindValue(now());
    q.addBindValue(contact);
    const Status done = run(q);
    if (!done.isOk())
        return done;
    const Status logged = ConsentLog::record(db,
        {contact, ConsentLog::Change::OptedIn, u"owner"_s, reason.trimmed(), byWhom, QDateTime::currentDateTimeUtc()});
    if (!logged.isOk())
        return logged;
    return true;
}

QString describe(const QString& source)
{
    if (source.startsWith(u"keyword:"_s))
        return QCoreApplication::translate("OptOuts", "replied \"%1\"").arg(source.mid(8));
    if (source.startsWith(u"error:"_s)) {
        const QStringList parts = source.split(u':');
        static const ProviderRegistry known = ProviderRegistry::builtin();
        const ProviderDescriptor* descriptor = known.find(parts.value(1));
        const QString provider = descriptor ? descriptor->displayName : parts.value(1);
        if (parts.value(2) == u"21610"_s)
            return QCoreApplication::translate("OptOuts", "%1 refused a message: they had replied STOP (21610)")
                .arg(provider);
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
