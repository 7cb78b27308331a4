#pragma once

#include "providerdescriptor.h"

#include <QList>

// The provider kinds Tandem knows. Adding a provider is one descriptor here and its own class.
class ProviderRegistry
{
public:
    explicit ProviderRegistry(QList<ProviderDescriptor> descriptors);
    static ProviderRegistry builtin();
    // The same providers, each talking to `base` whatever API address a sender was given (every field whose value
    // the tokens travel to): the demo's practice copy, so that nothing typed in the demo reaches the internet.
    ProviderRegistry pinnedTo(const QString& base) const;

    const QList<ProviderDescriptor>& all() const;
    const ProviderDescriptor* find(const QString& kind) const;
    QStringList kinds() const;

private:
    QList<ProviderDescriptor> m_descriptors;
};
