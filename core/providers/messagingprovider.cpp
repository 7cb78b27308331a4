#include "messagingprovider.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

bool MessagingProvider::canFindSent() const
{
    return false;
}

ProviderJob* MessagingProvider::findSent(const SentMessageQuery& query)
{
    Q_UNUSED(query)
    auto* job = new ProviderJob(this);
    ProviderResult result;
    result.error.errorClass = ErrorClass::InvalidRequest;
    result.error.code = u"not-supported"_s;
    result.error.explanation = QCoreApplication::translate(
        "MessagingProvider", "This provider cannot list sent messages, so Tandem cannot tell whether it was sent.");
    job->finishLater(result);
    return job;
}

bool MessagingProvider::canListInbound() const
{
    return false;
}

ProviderJob* MessagingProvider::listInbound(qint64 sinceMs)
{
    Q_UNUSED(sinceMs)
    auto* job = new ProviderJob(this);
    ProviderResult result;
    result.error.errorClass = ErrorClass::InvalidRequest;
    result.error.code = u"not-supported"_s;
    result.error.explanation = QCoreApplication::translate(
        "MessagingProvider", "This provider reports customers' messages only to a webhook.");
    job->finishLater(result);
    return job;
}

ProviderJob* MessagingProvider::setWebhook(const QString& callbackUrl, const QString& verifyToken)
{
    Q_UNUSED(callbackUrl)
    Q_UNUSED(verifyToken)
    auto* job = new ProviderJob(this);
    ProviderResult result;
    result.error.errorClass = ErrorClass::InvalidRequest;
    result.error.code = u"not-supported"_s;
    result.error.explanation = QCoreApplication::translate(
        "MessagingProvider", "This provider is told where to report with each message; there is nothing to set.");
    job->finishLater(result);
    return job;
}
