#include "providerdescriptor.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {
// This file's words, under the context translators see ("ProviderDescriptor").
struct ProviderDescriptorText
{
    Q_DECLARE_TR_FUNCTIONS(ProviderDescriptor)
};
} // namespace

QList<ConfigField> ProviderDescriptor::sendingFields()
{
    using Kind = ConfigField::Kind;
    return {
        {u"rate_per_second"_s, ProviderDescriptorText::tr("Messages per second"),
            ProviderDescriptorText::tr("How fast Tandem sends through this sender; 0 sends as fast as the provider "
                                       "answers. The default is the "
                                       "provider's standard rate."),
            Kind::Text, false, u"[0-9]+(\\.[0-9]+)?"_s, u"80"_s, true, u"80"_s, {},
            ProviderDescriptorText::tr("a number, for example 80.")},
        {u"backup_profile"_s, ProviderDescriptorText::tr("Backup sender"),
            ProviderDescriptorText::tr("The name of another sender that retries the messages this one cannot deliver "
                                       "(for the kinds of failure "
                                       "chosen below)."),
            Kind::Text, false, {}, {}, true, {}, {}, {}},
        {u"fallback_classes"_s, ProviderDescriptorText::tr("Send through the backup on"),
            ProviderDescriptorText::tr("Comma-separated kinds of failure, for example policy_blocked,rate_limited."),
            Kind::Text, false, u"[a-z_]+(,[a-z_]+)*"_s, u"policy_blocked"_s, true, {}, {},
            ProviderDescriptorText::tr("names like policy_blocked, separated by commas.")},
        {u"opt_out_reply"_s, ProviderDescriptorText::tr("Answer STOP with"),
            ProviderDescriptorText::tr(
                "Optional: a short confirmation sent to a customer who opts out by writing STOP (or the like), for "
                "example \"You won't get our offers any more. Write START to come back.\" Leave empty to send "
                "nothing."),
            Kind::Text, false, {}, {}, true, {}, {}, {}},
    };
}

ConfigField ProviderDescriptor::resendUnconfirmedField()
{
    return ConfigField {u"resend_unconfirmed_after_minutes"_s,
        ProviderDescriptorText::tr("Resend unanswered messages after (minutes)"),
        ProviderDescriptorText::tr(
            "When a message was sent but the provider's answer never came (the connection dropped), Tandem cannot "
            "know whether it arrived, and by default waits for you to resend or drop it under Activity. With a number "
            "of minutes here, Tandem sends it again by itself once, after that long: a customer whose message did "
            "arrive then gets it twice. Leave empty to decide yourself."),
        ConfigField::Kind::Text, false, u"[0-9]{1,4}"_s, {}, true, {}, {},
        ProviderDescriptorText::tr("a whole number of minutes, for example 30.")};
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
