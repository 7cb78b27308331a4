#include "audience.h"

#include "contacts/contactrepository.h"

bool Audience::includes(const Contact& contact) const
{
    switch (kind) {
    case Kind::All:
        return !contact.ownNumber; // the owner's own phone is not a customer
    case Kind::Tags:
        return std::any_of(
            tags.cbegin(), tags.cend(), [&contact](const QString& t) { return contact.tags.contains(t); });
    case Kind::Selection:
        return contactIds.contains(contact.id);
    }
    return false;
}

Result<QList<Contact>> Audience::resolve(const ContactRepository& contacts) const
{
    if (kind == Kind::Selection)
        return contacts.withIds(contactIds);
    QList<Contact> result;
    const Status read = contacts.forEach([this, &result](const Contact& c) {
        if (includes(c))
            result << c;
    });
    if (!read.isOk())
        return read;
    return result;
}
