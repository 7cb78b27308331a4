#pragma once

#include "secretresult.h"

#include <QObject>

// One asynchronous keychain operation. Emits finished exactly once, then deletes itself.
class SecretJob : public QObject
{
    Q_OBJECT
public:
    explicit SecretJob(QObject* parent = nullptr);

    // Called by the store that runs the job.
    void finish(const SecretResult& result);

Q_SIGNALS:
    void finished(const SecretResult& result);
};
