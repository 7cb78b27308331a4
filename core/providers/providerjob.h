#pragma once

#include "providerresult.h"

#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>

class SendOnceBody;

// An HTTP answer as the providers' parsers see it.
struct HttpResponse
{
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    QByteArray retryAfter; // the Retry-After header, if any
};

// One asynchronous provider call (verify, send, fetch status). Emits finished exactly once, then deletes itself.
// Transport failures are classified here; HTTP answers go to the provider's parser.
class ProviderJob : public QObject
{
    Q_OBJECT
public:
    using Parser = std::function<ProviderResult(const HttpResponse&)>;

    explicit ProviderJob(QObject* parent = nullptr);

    // Takes ownership of the reply. Any string in secrets is blanked out of the raw body kept in the result.
    // For a message send, `body` is the device the request reads its body from: a transport failure after it was
    // read whole is ambiguous (the provider may have the message), before that a plain transient one.
    void watch(QNetworkReply* reply, Parser parser, QStringList secrets, SendOnceBody* body = nullptr);
    // Finishes from the event loop with a result known up front (for example a number that cannot be parsed).
    void finishLater(const ProviderResult& result);
    // Stops waiting: the result says cancelled. A request already sent may still reach the provider.
    void cancel();

Q_SIGNALS:
    void finished(const ProviderResult& result);

private:
    void onReplyFinished();
    void finish(const ProviderResult& result);

    QPointer<QNetworkReply> m_reply;
    QPointer<SendOnceBody> m_body;
    Parser m_parser;
    QStringList m_secrets;
    bool m_cancelled = false;
    bool m_finished = false;
};
