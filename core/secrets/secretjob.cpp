#include "secretjob.h"

SecretJob::SecretJob(QObject* parent) : QObject(parent)
{ }

void SecretJob::finish(const SecretResult& result)
{
    Q_EMIT finished(result);
    deleteLater();
}
