#pragma once

#include "dataservices.h"
#include "storage/databasetask.h"

// Runs `work` once on a thread of its own, with the core services over its own connection to the data at
// `address`, and hands the result to `done` on `context`'s thread (not at all if `context` is gone by then).
template<typename T>
void runInBackground(QObject* context,
    QString address,
    const ProviderRegistry& registry,
    std::function<Result<T>(DataServices& data)> work,
    std::function<void(const Result<T>& result)> done)
{
    runOnDatabaseThread<T>(
        context, std::move(address),
        [registry = &registry, work = std::move(work)](Database& database) {
            DataServices data(database, *registry);
            return work(data);
        },
        std::move(done));
}
