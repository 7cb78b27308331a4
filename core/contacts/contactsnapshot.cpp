#include "contactsnapshot.h"

#include "contactrepository.h"
#include "storage/databasetask.h"

void ContactsSnapshot::load(
    QObject* context, const QString& path, std::function<void(const Result<ContactsSnapshot>&)> done)
{
    runOnDatabaseThread<ContactsSnapshot>(
        context, path,
        [](Database& database) -> Result<ContactsSnapshot> {
            ContactRepository repository(database);
            Result<QList<Contact>> contacts = repository.all();
            if (!contacts.isOk())
                return contacts.status();
            const Result<QStringList> tags = repository.tags();
            if (!tags.isOk())
                return tags.status();
            return ContactsSnapshot {contacts.takeValue(), tags.value()};
        },
        std::move(done));
}
