#pragma once

#include "contact.h"
#include "util/result.h"

#include <QSet>
#include <QString>

#include <optional>

class ContactRepository;
class Database;

// What one contact import changed, kept while it runs: the import commits a chunk at a time (so the window and the
// sender keep going), and Cancel still takes back everything it did, chunks already committed included.
class ImportJournal
{
public:
    ImportJournal(Database& database, QString importId);

    // Before a change, inside the chunk's transaction: the contact as it was, or nothing for a new one. Only the
    // first change of a contact is kept, so undo restores it as it was before the import.
    Status record(qint64 contactId, const std::optional<Contact>& previous);
    // Removes the contacts the import added and restores the ones it changed, in one transaction.
    Status undo(ContactRepository& contacts);
    // The import finished: nothing to take back any more.
    Status forget();

private:
    Database& m_database;
    QString m_importId;
    QSet<qint64> m_recorded;
};
