#include "importjournal.h"

#include "contactrepository.h"
#include "storage/database.h"
#include "storage/writetransaction.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {
Status failed(const QSqlQuery& q)
{
    return Status::failure(q.lastError().text());
}

QString toJson(const Contact& c)
{
    QJsonObject fields;
    for (auto it = c.fields.cbegin(); it != c.fields.cend(); ++it)
        fields.insert(it.key(), it.value());
    const QJsonObject o {{u"phone"_s, c.phone}, {u"name"_s, c.name}, {u"tags"_s, c.tags.join(u',')},
        {u"fields"_s, fields}, {u"opt_in_source"_s, c.optInSource},
        {u"opted_in_at"_s, c.optedInAt.toString(Qt::ISODateWithMs)}, {u"opted_out"_s, c.optedOut},
        {u"opted_out_at"_s, c.optedOutAt.toString(Qt::ISODateWithMs)}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

Contact fromJson(const QString& json)
{
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    Contact c;
    c.phone = o.value(u"phone"_s).toString();
    c.name = o.value(u"name"_s).toString();
    c.tags = o.value(u"tags"_s).toString().split(u',', Qt::SkipEmptyParts);
    const QJsonObject fields = o.value(u"fields"_s).toObject();
    for (auto it = fields.begin(); it != fields.end(); ++it)
        c.fields.insert(it.key(), it.value().toString());
    c.optInSource = o.value(u"opt_in_source"_s).toString();
    c.optedInAt = QDateTime::fromString(o.value(u"opted_in_at"_s).toString(), Qt::ISODateWithMs);
    c.optedOut = o.value(u"opted_out"_s).toBool();
    c.optedOutAt = QDateTime::fromString(o.value(u"opted_out_at"_s).toString(), Qt::ISODateWithMs);
    return c;
}
} // namespace

ImportJournal::ImportJournal(Database& database, QString importId)
    : m_database(database), m_importId(std::move(importId))
{ }

Status ImportJournal::record(qint64 contactId, const std::optional<Contact>& previous)
{
    if (m_recorded.contains(contactId))
        return Status::success();
    QSqlQuery q(m_database.connection());
    q.prepare(u"INSERT INTO contact_import_journal (import_id, contact_id, previous) VALUES (?, ?, ?)"_s);
    q.addBindValue(m_importId);
    q.addBindValue(contactId);
    q.addBindValue(previous ? QVariant(toJson(*previous)) : QVariant());
    if (!q.exec())
        return failed(q);
    m_recorded.insert(contactId);
    return Status::success();
}

Status ImportJournal::undo(ContactRepository& contacts)
{
    QSqlDatabase db = m_database.connection();
    WriteTransaction transaction(db);
    if (!transaction.isOpen())
        return transaction.status();
    QSqlQuery entries(db);
    entries.prepare(u"SELECT contact_id, previous FROM contact_import_journal WHERE import_id = ?"_s);
    entries.addBindValue(m_importId);
    if (!entries.exec())
        return failed(entries);
    QList<qint64> added;
    QList<Contact> changed;
    while (entries.next()) {
        if (entries.value(1).isNull())
            added << entries.value(0).toLongLong();
        else
            changed << fromJson(entries.value(1).toString());
    }
    QSqlQuery remove(db);
    remove.prepare(u"DELETE FROM contacts WHERE id = ?"_s);
    for (qint64 id : std::as_const(added)) {
        remove.bindValue(0, id);
        if (!remove.exec())
            return failed(remove);
    }
    for (const Contact& c : std::as_const(changed)) {
        const Status restored = contacts.update(c);
        if (!restored.isOk())
            return restored;
    }
    QSqlQuery clear(db);
    clear.prepare(u"DELETE FROM contact_import_journal WHERE import_id = ?"_s);
    clear.addBindValue(m_importId);
    if (!clear.exec())
        return failed(clear);
    const Status committed = transaction.commit();
    if (committed.isOk())
        m_recorded.clear();
    return committed;
}

Status ImportJournal::forget()
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"DELETE FROM contact_import_journal WHERE import_id = ?"_s);
    q.addBindValue(m_importId);
    if (!q.exec())
        return failed(q);
    m_recorded.clear();
    return Status::success();
}
