#include "messagingprovider.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

ProviderJob* MessagingProvider::findSent(const QString& recipient, qint64 sinceMs)
{
    Q_UNUSED(recipient)
    Q_UNUSED(sinceMs)
    auto* job = new ProviderJob(this);
    ProviderResult result;
    result.error.errorClass = ErrorClass::InvalidRequest;
    result.error.code = u"not-supported"_s;
    result.error.explanation = QCoreApplication::translate(
        "MessagingProvider", "This provider cannot list sent messages, so Tandem cannot tell whether it was sent.");
    job->finishLater(result);
    return job;
}
