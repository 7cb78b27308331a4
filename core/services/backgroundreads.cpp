#include "backgroundreads.h"

BackgroundReads::BackgroundReads(QString address, const ProviderRegistry& registry)
    : m_registry(registry), m_thread(std::move(address))
{ }
