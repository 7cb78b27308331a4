#include "consentlog.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace ConsentLog {
QString changeName(Change change)
{
    switch (change) {
    case Change::OptedOut:
        return u"opted_out"_s;
    case Change::OptedIn:
        return u"opted_in"_s;
    case Change::MarketingStopped:
        return u"marketing_stopped"_s;
    case Change::MarketingResumed:
        return u"marketing_resumed"_s;
    }
    return QString();
}

Status record(QSqlDatabase db, const Event& e)
{
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO consent_events (contact, change, source, reason, by_whom, at) VALUES (?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(e.contact);
    q.addBindValue(changeName(e.change));
    q.addBindValue(e.source.isNull() ? u""_s : e.source);
    q.addBindValue(e.reason.isNull() ? u""_s : e.reason);
    q.addBindValue(e.byWhom.isNull() ? u""_s : e.byWhom);
    q.addBindValue((e.at.isValid() ? e.at : QDateTime::currentDateTimeUtc()).toUTC().toString(Qt::ISODateWithMs));
    return q.exec() ? Status::success() : Status::failure(q.lastError().text());
}

Result<QList<Event>> history(QSqlDatabase db, const QString& contact)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT change, source, reason, by_whom, at FROM consent_events WHERE contact = ? ORDER BY at, id"_s);
    q.addBindValue(contact);
    if (!q.exec())
        return Status::failure(q.lastError().text());
    QList<Event> events;
    while (q.next()) {
        Event e;
        e.contact = contact;
        const QString change = q.value(0).toString();
        for (Change c : {Change::OptedOut, Change::OptedIn, Change::MarketingStopped, Change::MarketingResumed}) {
            if (changeName(c) == change)
                e.change = c;
        }
        e.source = q.value(1).toString();
        e.reason = q.value(2).toString();
        e.byWhom = q.value(3).toString();
        e.at = QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs);
        events << e;
    }
    return events;
}
} // namespace ConsentLog
