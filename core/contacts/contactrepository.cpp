#include "contactrepository.h"

#include "consent/optouts.h"

#include "storage/changenotifier.h"
#include "storage/database.h"
#include "storage/writetransaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace {
const QString kColumns = u"id, phone, name, tags, fields, opt_in_source, opted_in_at, opted_out, opted_out_at, "
                         "last_inbound_at, opted_out_source, marketing_opted_out, marketing_opted_out_at, user_id, "
                         "EXISTS (SELECT 1 FROM own_numbers o WHERE o.phone = contacts.phone)"_s;

// Qt binds a null QString as SQL NULL; these columns are NOT NULL with '' for "none".
QString text(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QString fieldsJson(const QMap<QString, QString>& fields)
{
    QJsonObject o;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        o.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString iso(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QVariant isoOrNull(const QDateTime& t)
{
    return t.isValid() ? QVariant(iso(t)) : QVariant();
}

Contact fromRow(const QSqlQuery& q)
{
    Contact c;
    c.id = q.value(0).toLongLong();
    c.phone = q.value(1).toString();
    c.name = q.value(2).toString();
    c.tags = q.value(3).toString().split(u',', Qt::SkipEmptyParts);
    const QJsonObject fields = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object();
    for (auto it = fields.begin(); it != fields.end(); ++it)
        c.fields.insert(it.key(), it.value().toString());
    c.optInSource = q.value(5).toString();
    c.optedInAt = QDateTime::fromString(q.value(6).toString(), Qt::ISODateWithMs);
    c.optedOut = q.value(7).toBool();
    c.optedOutAt = QDateTime::fromString(q.value(8).toString(), Qt::ISODateWithMs);
    c.lastInboundAt = QDateTime::fromString(q.value(9).toString(), Qt::ISODateWithMs);
    c.optedOutSource = q.value(10).toString();
    c.marketingOptedOut = q.value(11).toBool();
    c.marketingOptedOutAt = QDateTime::fromString(q.value(12).toString(), Qt::ISODateWithMs);
    c.userId = q.value(13).toString();
    c.ownNumber = q.value(14).toBool();
    return c;
}

Status failed(const QSqlQuery& q)
{
    return Status::failure(q.lastError().text());
}
} // namespace

ContactRepository::ContactRepository(Database& database) : m_database(database)
{ }

Result<qint64> ContactRepository::insert(const Contact& c)
{
    if (!m_insert) {
        m_insert.emplace(m_database.connection());
        m_insert->prepare(u"INSERT INTO contacts (phone, name, tags, fields, opt_in_source, opted_in_at, opted_out, "
                          "opted_out_at, created_at, updated_at, opted_out_source, user_id, last_inbound_at) "
                          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s);
    }
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    QSqlQuery& q = *m_insert;
    q.bindValue(0, c.phone);
    q.bindValue(1, text(c.name));
    q.bindValue(2, text(c.tags.join(u',')));
    q.bindValue(3, fieldsJson(c.fields));
    q.bindValue(4, text(c.optInSource));
    q.bindValue(5, isoOrNull(c.optedInAt));
    q.bindValue(6, c.optedOut ? 1 : 0);
    q.bindValue(7, isoOrNull(c.optedOutAt));
    q.bindValue(8, now);
    q.bindValue(9, now);
    q.bindValue(10, text(c.optedOut && c.optedOutSource.isEmpty() ? u"import"_s : c.optedOutSource));
    q.bindValue(11, text(c.userId));
    q.bindValue(12, isoOrNull(c.lastInboundAt));
    if (!q.exec())
        return failed(q);
    const qint64 id = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return id;
}

Status ContactRepository::update(const Contact& c)
{
    if (!m_update) {
        m_update.emplace(m_database.connection());
        // An opt-out is only ever added here (an import, the owner's edit): taking one back is OptOuts::optIn's,
        // with a reason on record.
        m_update->prepare(
            u"UPDATE contacts SET name = ?, tags = ?, fields = ?, opt_in_source = ?, opted_in_at = ?, "
            "opted_out = CASE WHEN opted_out = 1 THEN 1 ELSE ? END, "
            "opted_out_at = CASE WHEN opted_out = 1 THEN opted_out_at ELSE ? END, updated_at = ?, "
            "opted_out_source = CASE WHEN opted_out = 1 THEN opted_out_source ELSE ? END WHERE phone = ?"_s);
    }
    QSqlQuery& q = *m_update;
    q.bindValue(0, text(c.name));
    q.bindValue(1, text(c.tags.join(u',')));
    q.bindValue(2, fieldsJson(c.fields));
    q.bindValue(3, text(c.optInSource));
    q.bindValue(4, isoOrNull(c.optedInAt));
    q.bindValue(5, c.optedOut ? 1 : 0);
    q.bindValue(6, isoOrNull(c.optedOutAt));
    q.bindValue(7, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    q.bindValue(8, text(!c.optedOut ? QString() : c.optedOutSource.isEmpty() ? u"import"_s : c.optedOutSource));
    q.bindValue(9, c.phone);
    return q.exec() ? Status::success() : failed(q);
}

Result<std::optional<Contact>> ContactRepository::findByPhone(const QString& phone)
{
    if (!m_find) {
        m_find.emplace(m_database.connection());
        m_find->prepare(u"SELECT "_s + kColumns + u" FROM contacts WHERE phone = ?"_s);
    }
    m_find->bindValue(0, phone);
    if (!m_find->exec())
        return failed(*m_find);
    if (!m_find->next())
        return std::optional<Contact>();
    return std::optional<Contact>(fromRow(*m_find));
}

Result<QHash<QString, qint64>> ContactRepository::phoneIndex() const
{
    QSqlQuery q(m_database.connection());
    if (!q.exec(u"SELECT phone, id FROM contacts"_s))
        return failed(q);
    QHash<QString, qint64> index;
    while (q.next())
        index.insert(q.value(0).toString(), q.value(1).toLongLong());
    return index;
}

Result<int> ContactRepository::count() const
{
    QSqlQuery q(m_database.connection());
    if (!q.exec(u"SELECT COUNT(*) FROM contacts"_s) || !q.next())
        return failed(q);
    return q.value(0).toInt();
}

Status ContactRepository::forEach(const std::function<void(const Contact&)>& visit) const
{
    QString after = text({}); // '' sorts before every number; a null would compare as SQL NULL and match nothing
    for (;;) {
        QSqlQuery q(m_database.connection());
        q.prepare(u"SELECT "_s + kColumns + u" FROM contacts WHERE phone > ? ORDER BY phone LIMIT 2000"_s);
        q.addBindValue(after);
        if (!q.exec())
            return failed(q);
        int seen = 0;
        while (q.next()) {
            const Contact c = fromRow(q);
            after = c.phone;
            visit(c);
            ++seen;
        }
        if (seen < 2000)
            return Status::success();
    }
}

Result<QList<Contact>> ContactRepository::all() const
{
    QList<Contact> contacts;
    // Room for all at once: growing a list of 100,000 contacts step by step holds two copies at each step.
    if (const Result<int> rows = count(); rows.isOk())
        contacts.reserve(rows.value());
    const Status read = forEach([&contacts](const Contact& c) { contacts << c; });
    if (!read.isOk())
        return read;
    return contacts;
}

Result<QList<Contact>> ContactRepository::withIds(const QList<qint64>& ids) const
{
    QList<Contact> contacts;
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT "_s + kColumns + u" FROM contacts WHERE id = ?"_s);
    for (qint64 id : ids) {
        q.bindValue(0, id);
        if (!q.exec())
            return failed(q);
        if (q.next())
            contacts << fromRow(q);
    }
    return contacts;
}

Result<QHash<QString, QString>> ContactRepository::namesOf(const QStringList& phones) const
{
    // A few hundred numbers at a time: one statement each, far under either database's limit on parameters.
    constexpr qsizetype kChunk = 200;
    QHash<QString, QString> names;
    QSqlQuery q(m_database.connection());
    for (qsizetype from = 0; from < phones.size(); from += kChunk) {
        const QStringList chunk = phones.mid(from, kChunk);
        QStringList marks(chunk.size(), u"?"_s);
        q.prepare(u"SELECT phone, name FROM contacts WHERE name <> '' AND phone IN (%1)"_s.arg(marks.join(u',')));
        for (const QString& phone : chunk)
            q.addBindValue(phone);
        if (!q.exec())
            return failed(q);
        while (q.next())
            names.insert(q.value(0).toString(), q.value(1).toString());
    }
    return names;
}

Status ContactRepository::remove(const QList<qint64>& ids)
{
    QSqlDatabase db = m_database.connection();
    WriteTransaction transaction(db);
    if (!transaction.isOpen())
        return transaction.status();
    QSqlQuery q(db);
    q.prepare(u"DELETE FROM contacts WHERE id = ?"_s);
    for (qint64 id : ids) {
        q.bindValue(0, id);
        if (!q.exec())
            return failed(q);
    }
    return transaction.commit();
}

Status ContactRepository::markOptedOut(const QList<qint64>& ids, const QString& byWhom)
{
    const Result<QList<Contact>> contacts = withIds(ids);
    if (!contacts.isOk())
        return contacts.status();
    QStringList phones;
    for (const Contact& c : contacts.value())
        phones << c.phone;
    QSqlDatabase db = m_database.connection();
    WriteTransaction transaction(db);
    if (!transaction.isOpen())
        return transaction.status();
    const Status marked = OptOuts::byOwner(db, phones, byWhom);
    if (!marked.isOk())
        return marked;
    ChangeNotifier::notify(db, ChangeNotifier::Channel::Inbox); // opt-outs travel with the inbox
    return transaction.commit();
}

Result<bool> ContactRepository::optIn(qint64 id, const QString& reason, const QString& byWhom)
{
    const Result<QList<Contact>> contacts = withIds({id});
    if (!contacts.isOk())
        return contacts.status();
    if (contacts.value().isEmpty())
        return Result<bool>::failure(QCoreApplication::translate("OptOuts", "There is no contact %1.").arg(id));
    QSqlDatabase db = m_database.connection();
    WriteTransaction transaction(db);
    if (!transaction.isOpen())
        return transaction.status();
    const Result<bool> done = OptOuts::optIn(db, contacts.value().first().phone, reason, byWhom);
    if (!done.isOk())
        return done;
    ChangeNotifier::notify(db, ChangeNotifier::Channel::Inbox); // opt-outs travel with the inbox
    const Status committed = transaction.commit();
    if (!committed.isOk())
        return committed;
    return done;
}

Result<QStringList> ContactRepository::tags() const
{
    QSqlQuery q(m_database.connection());
    if (!q.exec(u"SELECT DISTINCT tags FROM contacts WHERE tags <> ''"_s))
        return failed(q);
    QSet<QString> tags;
    while (q.next()) {
        for (const QString& tag : q.value(0).toString().split(u',', Qt::SkipEmptyParts))
            tags.insert(tag);
    }
    QStringList sorted(tags.cbegin(), tags.cend());
    sorted.sort(Qt::CaseInsensitive);
    return sorted;
}
