#include "secretbatchjob.h"

#include "secretstore.h"

#include <QTimer>

SecretBatchJob::SecretBatchJob(SecretStore* store, QList<Step> steps, QObject* parent)
    : QObject(parent), m_store(store), m_steps(std::move(steps))
{ }

void SecretBatchJob::start()
{
    // Always answer from the event loop, even for an empty batch, so callers can connect after start().
    QTimer::singleShot(0, this, &SecretBatchJob::next);
}

void SecretBatchJob::next()
{
    if (m_index >= m_steps.size() || !m_store) {
        Q_EMIT finished(m_outcome);
        deleteLater();
        return;
    }
    const Step step = m_steps.at(m_index++);
    SecretJob* job = nullptr;
    switch (step.operation) {
    case Operation::Read:
        job = m_store->read(step.key);
        break;
    case Operation::Write:
        job = m_store->write(step.key, step.value);
        break;
    case Operation::Remove:
        job = m_store->remove(step.key);
        break;
    }
    connect(job, &SecretJob::finished, this, [this, step](const SecretResult& result) {
        const bool missing = result.error == SecretResult::Error::NotFound && step.operation != Operation::Write;
        if (!result.isOk() && !missing) {
            m_outcome.failure = result;
            Q_EMIT finished(m_outcome);
            deleteLater();
            return;
        }
        if (result.isOk()) {
            m_outcome.completedKeys << step.key;
            if (step.operation == Operation::Read)
                m_outcome.values.insert(step.key, result.value);
        }
        next();
    });
}
