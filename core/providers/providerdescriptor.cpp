#include "providerdescriptor.h"

const ConfigField* ProviderDescriptor::field(const QString& key) const
{
    for (const ConfigField& f : fields) {
        if (f.key == key)
            return &f;
    }
    return nullptr;
}

QStringList ProviderDescriptor::secretKeys() const
{
    QStringList keys;
    for (const ConfigField& f : fields) {
        if (f.isSecret())
            keys << f.key;
    }
    return keys;
}

QStringList ProviderDescriptor::validate(const QVariantMap& values) const
{
    QStringList problems;
    for (const ConfigField& f : fields) {
        const QString problem = f.validate(values.value(f.key).toString());
        if (!problem.isEmpty())
            problems << problem;
    }
    if (problems.isEmpty() && crossCheck)
        problems << crossCheck(values);
    return problems;
}
