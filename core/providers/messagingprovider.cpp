#include "messagingprovider.h"

#include "media/mediafile.h"
#include "mediaform.h"

#include <QCoreApplication>
#include <QHttpMultiPart>
#include <QNetworkAccessManager>
#include <QNetworkReply>

using namespace Qt::StringLiterals;

bool MessagingProvider::canFindSent() const
{
    return false;
}

ProviderJob* MessagingProvider::watch(
    QNetworkReply* reply, ProviderJob::Parser parser, const QStringList& secrets, SendOnceBody* body)
{
    auto* job = new ProviderJob(this);
    job->watch(reply, std::move(parser), secrets, body);
    return job;
}

ProviderJob* MessagingProvider::failLater(ErrorClass errorClass, const QString& code, const QString& explanation)
{
    auto* job = new ProviderJob(this);
    ProviderResult result;
    result.error.errorClass = errorClass;
    result.error.code = code;
    result.error.explanation = explanation;
    job->finishLater(result);
    return job;
}

ProviderJob* MessagingProvider::findSent(const SentMessageQuery& query)
{
    Q_UNUSED(query)
    return failLater(ErrorClass::InvalidRequest, u"not-supported"_s,
        QCoreApplication::translate("MessagingProvider",
            "This provider cannot list sent messages, so Tandem cannot tell whether it was sent."));
}

bool MessagingProvider::canListInbound() const
{
    return false;
}

ProviderJob* MessagingProvider::listInbound(qint64 sinceMs)
{
    Q_UNUSED(sinceMs)
    return failLater(ErrorClass::InvalidRequest, u"not-supported"_s,
        QCoreApplication::translate(
            "MessagingProvider", "This provider reports customers' messages only to a webhook."));
}

ProviderJob* MessagingProvider::reportedCosts(
    qint64 fromSec, qint64 toSec, const QString& phoneNumber, const QString& next)
{
    Q_UNUSED(fromSec)
    Q_UNUSED(toSec)
    Q_UNUSED(phoneNumber)
    Q_UNUSED(next)
    return failLater(ErrorClass::InvalidRequest, u"not-supported"_s,
        QCoreApplication::translate("MessagingProvider", "This provider does not say what each day cost."));
}

ProviderJob* MessagingProvider::setWebhook(const QString& callbackUrl, const QString& verifyToken)
{
    Q_UNUSED(callbackUrl)
    Q_UNUSED(verifyToken)
    return failLater(ErrorClass::InvalidRequest, u"not-supported"_s,
        QCoreApplication::translate(
            "MessagingProvider", "This provider is told where to report with each message; there is nothing to set."));
}

ProviderJob* MessagingProvider::uploadMedia(const MediaFile& file)
{
    Q_UNUSED(file)
    return failLater(ErrorClass::InvalidRequest, u"not-supported"_s,
        QCoreApplication::translate("MessagingProvider",
            "This provider takes files only from a public link (https://…); it cannot be sent one from this "
            "computer."));
}

ProviderJob* MessagingProvider::migrateTemplates(const QString& sourceAccountId, const QStringList& templateIds)
{
    Q_UNUSED(sourceAccountId)
    Q_UNUSED(templateIds)
    return failLater(ErrorClass::InvalidRequest, u"not-supported"_s,
        QCoreApplication::translate("MessagingProvider", "This provider cannot copy templates between accounts."));
}

ProviderJob* MessagingProvider::registerNumber(const QString& pin)
{
    Q_UNUSED(pin)
    return failLater(ErrorClass::InvalidRequest, u"not-supported"_s,
        QCoreApplication::translate(
            "MessagingProvider", "This provider registers numbers in its own console; Tandem cannot do it for you."));
}

ProviderJob* MessagingProvider::subscribeToAccount()
{
    return failLater(ErrorClass::InvalidRequest, u"not-supported"_s,
        QCoreApplication::translate(
            "MessagingProvider", "This provider registers numbers in its own console; Tandem cannot do it for you."));
}

ProviderJob* MessagingProvider::postMediaForm(QNetworkAccessManager* network,
    QNetworkRequest request,
    const MediaFile& file,
    ProviderJob::Parser parser,
    const QStringList& secrets)
{
    QString problem;
    QHttpMultiPart* form = whatsAppMediaForm(file, &problem);
    if (!form)
        return failLater(ErrorClass::InvalidRequest, u"unreadable-file"_s, problem);
    request.setTransferTimeout(transferTimeout());
    QNetworkReply* reply = network->post(request, form);
    form->setParent(reply); // the form and its file live as long as the request
    return watch(reply, std::move(parser), secrets);
}
