#include "providerregistry.h"

#include "metacloudprovider.h"
#include "twilioprovider.h"

ProviderRegistry::ProviderRegistry(QList<ProviderDescriptor> descriptors) : m_descriptors(std::move(descriptors))
{ }

ProviderRegistry ProviderRegistry::builtin()
{
    return ProviderRegistry({TwilioProvider::descriptor(), MetaCloudProvider::descriptor()});
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
