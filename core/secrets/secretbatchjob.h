#pragma once

#include "secretresult.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

class SecretStore;

// Several keychain operations run one after another (a profile has several secrets). A missing entry is not a
// failure for reads and removals; the first other failure stops the batch.
class SecretBatchJob : public QObject
{
    Q_OBJECT
public:
    enum class Operation
    {
        Read,
        Write,
        Remove
    };
    struct Step
    {
        Operation operation;
        QString key;
        QString value;
    };
    struct Outcome
    {
        SecretResult failure; // isOk() when every step succeeded
        QHash<QString, QString> values; // key -> value for the reads that found something
        QStringList completedKeys; // steps that took effect, in order

        bool isOk() const
        {
            return failure.isOk();
        }
    };

    SecretBatchJob(SecretStore* store, QList<Step> steps, QObject* parent = nullptr);
    void start();

Q_SIGNALS:
    void finished(const SecretBatchJob::Outcome& outcome);

private:
    void next();

    QPointer<SecretStore> m_store;
    QList<Step> m_steps;
    qsizetype m_index = 0;
    Outcome m_outcome;
};
