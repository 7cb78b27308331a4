#pragma once

#include "dataservices.h"
#include "storage/databasereadthread.h"
#include "util/result.h"

#include <functional>

class QObject;

// A screen's reads that can take longer than a frame (a 100,000-row broadcast, a long conversation), run one after
// another on a thread with its own connection to the data at `address`. Each read is handed the core services over
// that connection; its result comes back on the asking object's thread, and not at all once that object is gone.
class BackgroundReads
{
public:
    BackgroundReads(QString address, const ProviderRegistry& registry);

    template<typename T>
    void read(QObject* context,
        std::function<Result<T>(DataServices& data)> work,
        std::function<void(const Result<T>& result)> done)
    {
        m_thread.read<T>(
            context,
            [registry = &m_registry, work = std::move(work)](Database& database) {
                DataServices data(database, *registry);
                return work(data);
            },
            std::move(done));
    }

private:
    const ProviderRegistry& m_registry;
    DatabaseReadThread m_thread;
};
