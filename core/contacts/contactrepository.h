#pragma once

#include "contact.h"
#include "util/result.h"

#include <QHash>
#include <QSqlQuery>

#include <functional>
#include <optional>

class Database;

// Reads and writes contacts. Prepared statements are kept, so bulk imports insert thousands of rows a second
// inside the caller's transaction.
class ContactRepository
{
public:
    explicit ContactRepository(Database& database);

    Result<qint64> insert(const Contact& contact);
    Status update(const Contact& contact);
    Result<std::optional<Contact>> findByPhone(const QString& phone);
    // phone -> id of every contact, for telling new numbers from known ones in one read.
    Result<QHash<QString, qint64>> phoneIndex() const;
    Result<int> count() const;
    // Calls visit for every contact in phone order, a page at a time (never the whole table in memory).
    Status forEach(const std::function<void(const Contact&)>& visit) const;
    // Every contact in phone order, for the contacts screen (a contact is a few hundred bytes; 100,000 fit).
    Result<QList<Contact>> all() const;
    Result<QList<Contact>> withIds(const QList<qint64>& ids) const;
    // number -> name of the contacts among these numbers that have a name.
    Result<QHash<QString, QString>> namesOf(const QStringList& phones) const;
    Status remove(const QList<qint64>& ids);
    // The owner marks them opted out; each change is kept in the consent log with who did it.
    Status markOptedOut(const QList<qint64>& ids, const QString& byWhom);
    // The owner subscribes an opted-out customer again, with the reason (required) and who did it; false when they
    // had not opted out. There is no other way back in, but the customer's own START.
    Result<bool> optIn(qint64 id, const QString& reason, const QString& byWhom);
    // Every tag in use, sorted.
    Result<QStringList> tags() const;

private:
    Database& m_database;
    std::optional<QSqlQuery> m_insert;
    std::optional<QSqlQuery> m_update;
    std::optional<QSqlQuery> m_find;
};
