#pragma once

#include "providerdescriptor.h"

#include <QList>

// The provider kinds Tandem knows. Adding a provider is one descriptor here and its own class.
class ProviderRegistry
{
public:
    explicit ProviderRegistry(QList<ProviderDescriptor> descriptors);
    static ProviderRegistry builtin();

    const QList<ProviderDescriptor>& all() const;
    const ProviderDescriptor* find(const QString& kind) const;
    QStringList kinds() const;

private:
    QList<ProviderDescriptor> m_descriptors;
};
