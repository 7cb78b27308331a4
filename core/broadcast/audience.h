#pragma once

#include "contacts/contact.h"
#include "util/result.h"

#include <QList>
#include <QStringList>

class ContactRepository;

// Who a broadcast is for: every contact, those with any of some tags, or a hand-picked selection. Opted-out
// contacts are part of the audience here and always excluded by the pre-flight check, so the owner sees them
// counted. "Every contact" leaves out the owner's own numbers (OwnNumbers); tags and a selection may include them.
struct Audience
{
    enum class Kind
    {
        All,
        Tags,
        Selection
    };
    Kind kind = Kind::All;
    QStringList tags; // Tags: a contact with any of them belongs
    QList<qint64> contactIds; // Selection

    bool includes(const Contact& contact) const;
    Result<QList<Contact>> resolve(const ContactRepository& contacts) const;
};
