#include "providerdescriptor.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

QList<ConfigField> ProviderDescriptor::sendingFields()
{
    auto tr = [](const char* text) {
        return QCoreApplication::translate("ProviderDescriptor", text);
    };
    using Kind = ConfigField::Kind;
    return {
        {u"rate_per_second"_s, tr("Messages per second"),
            tr("How fast Tandem sends through this sender; 0 sends as fast as the provider answers. The default is the "
               "provider's standard rate."),
            Kind::Text, false, u"[0-9]+(\\.[0-9]+)?"_s, u"80"_s, true, u"80"_s, {}, tr("a number, for example 80.")},
        {u"backup_profile"_s, tr("Backup sender"),
            tr("The name of another sender that retries the messages this one cannot deliver (for the kinds of failure "
               "chosen below)."),
            Kind::Text, false, {}, {}, true, {}, {}, {}},
        {u"fallback_classes"_s, tr("Send through the backup on"),
            tr("Comma-separated kinds of failure, for example policy_blocked,rate_limited."), Kind::Text, false,
            u"[a-z_]+(,[a-z_]+)*"_s, u"policy_blocked"_s, true, {}, {},
            tr("names like policy_blocked, separated by commas.")},
        {u"opt_out_reply"_s, tr("Answer STOP with"),
            tr("Optional: a short confirmation sent to a customer who opts out by writing STOP (or the like), for "
               "example \"You won't get our offers any more. Write START to come back.\" Leave empty to send "
               "nothing."),
            Kind::Text, false, {}, {}, true, {}, {}, {}},
    };
}

bool ProviderDescriptor::hasCredentials(const QVariantMap& settings, const QHash<QString, QString>& secrets) const
{
    QVariantMap values = settings;
    for (auto it = secrets.cbegin(); it != secrets.cend(); ++it)
        values.insert(it.key(), it.value());
    for (const ConfigField& f : fields) {
        if (f.isSecret() && f.required && values.value(f.key).toString().isEmpty())
            return false;
    }
    return !crossCheck || crossCheck(values).isEmpty();
}

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
