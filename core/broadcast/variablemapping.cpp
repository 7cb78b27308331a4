#include "variablemapping.h"

using namespace Qt::StringLiterals;

QString VariableSource::resolve(const Contact& contact) const
{
    if (kind == Kind::Fixed)
        return value;
    QString found;
    if (value == u"name"_s)
        found = contact.name;
    else if (value == u"phone"_s)
        found = contact.phone;
    else
        found = contact.fields.value(value);
    if (!found.trimmed().isEmpty())
        return found;
    return fallback.isEmpty() ? QString() : fallback;
}
