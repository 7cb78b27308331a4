#pragma once

#include "contacts/contact.h"

#include <QMap>
#include <QString>

// Where one template variable gets its value: a contact field ("name", "phone" or a custom field) or a fixed
// text, with a fallback for contacts whose field is empty.
struct VariableSource
{
    enum class Kind
    {
        Field,
        Fixed
    };
    Kind kind = Kind::Field;
    QString value; // the field's name, or the fixed text
    QString fallback; // used when the field is empty; empty: the contact is reported as missing a value

    // The value for this contact; a null string when there is none.
    QString resolve(const Contact& contact) const;
};

using VariableMapping = QMap<QString, VariableSource>; // variable ("1", "first_name") -> source
