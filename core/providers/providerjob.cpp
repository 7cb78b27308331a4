#include "providerjob.h"

#include "networkerrors.h"
#include "redaction.h"
#include "sendoncebody.h"

#include <QTimer>

ProviderJob::ProviderJob(QObject* parent) : QObject(parent)
{ }

void ProviderJob::watch(QNetworkReply* reply, Parser parser, QStringList secrets, SendOnceBody* body)
{
    m_reply = reply;
    m_body = body;
    if (body)
        body->setParent(reply); // read by the reply until it finishes
    m_parser = std::move(parser);
    m_secrets = std::move(secrets);
    reply->setParent(this);
    connect(reply, &QNetworkReply::finished, this, &ProviderJob::onReplyFinished);
}

void ProviderJob::finishLater(const ProviderResult& result)
{
    QTimer::singleShot(0, this, [this, result] { finish(result); });
}

void ProviderJob::cancel()
{
    if (m_finished)
        return;
    m_cancelled = true;
    if (m_reply)
        m_reply->abort(); // finished() follows and reports the cancellation
    else {
        ProviderResult result;
        result.cancelled = true;
        finishLater(result);
    }
}

void ProviderJob::onReplyFinished()
{
    QNetworkReply* reply = m_reply.data();
    ProviderResult result;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (m_cancelled) {
        result.cancelled = true;
    } else if (status == 0 || !reply->isFinished()) {
        const bool written = m_body && m_body->consumed();
        result.error = written ? ambiguousNetworkError(reply->error(), reply->errorString())
                               : networkError(reply->error(), reply->errorString());
    } else {
        HttpResponse response;
        response.status = status;
        response.body = reply->readAll();
        response.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        response.retryAfter = reply->rawHeader("Retry-After");
        result = m_parser(response);
        if (result.error.isError()) {
            result.error.httpStatus = status;
            // The provider's own words may quote what it was sent (Meta echoes a bad token): they reach the
            // database, logs and JSON only with the secrets blanked, like the raw body.
            result.error.rawBody = redactSecrets(QString::fromUtf8(response.body), m_secrets);
            result.error.providerMessage = redactSecrets(result.error.providerMessage, m_secrets);
            result.error.explanation = redactSecrets(result.error.explanation, m_secrets);
        }
    }
    finish(result);
}

void ProviderJob::finish(const ProviderResult& result)
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished(result);
    deleteLater();
}
