#include "providerregistry.h"

#include "dialog360provider.h"
#include "metacloudprovider.h"
#include "twilioprovider.h"

ProviderRegistry::ProviderRegistry(QList<ProviderDescriptor> descriptors) : m_descriptors(std::move(descriptors))
{ }

ProviderRegistry ProviderRegistry::builtin()
{
    return ProviderRegistry(
        {TwilioProvider::descriptor(), MetaCloudProvider::descriptor(), Dialog360Provider::descriptor()});
}

ProviderRegistry ProviderRegistry::pinnedTo(const QString& base) const
{
    QList<ProviderDescriptor> pinned = m_descriptors;
    for (ProviderDescriptor& d : pinned) {
        QStringList addresses;
        for (const ConfigField& f : std::as_const(d.fields)) {
            if (f.tokensTravel)
                addresses << f.key;
        }
        d.create = [create = d.create, addresses, base](
                       Profile profile, const QHash<QString, QString>& secrets, QNetworkAccessManager* network) {
            for (const QString& key : addresses)
                profile.settings.insert(key, base);
            return create(profile, secrets, network);
        };
    }
    return ProviderRegistry(pinned);
}

const QList<ProviderDescriptor>& ProviderRegistry::all() const
{
    return m_descriptors;
}

const ProviderDescriptor* ProviderRegistry::find(const QString& kind) const
{
    for (const ProviderDescriptor& d : m_descriptors) {
        if (d.kind == kind)
            return &d;
    }
    return nullptr;
}

QStringList ProviderRegistry::kinds() const
{
    QStringList result;
    for (const ProviderDescriptor& d : m_descriptors)
        result << d.kind;
    return result;
}
