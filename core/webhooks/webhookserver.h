#pragma once

#include "http/httplimits.h"
#include "http/httpreply.h"
#include "webhookroute.h"

#include <QHostAddress>
#include <QObject>
#include <QUrl>

#include <memory>

class Database;
class HttpServer;
class ProfileService;
class ProviderRegistry;
class RefusalLog;
class SenderDirectory;
class WebhookRecorder;
struct HttpRequest;

// Tandem's webhook receiver: what Twilio and Meta call, through a tunnel or a proxy, so anyone on the internet can
// reach it. The HTTP front (HttpServer) applies the size limits, timeouts and connection caps before any work; then
// each request's route (WebhookRoute) names the provider style and sender, the sender's own secrets check its
// signature (TwilioHook, MetaHook) or its webhook key (KeyedHook), and what a genuine request says is stored
// (WebhookRecorder) before it is answered 200. Every unknown route, unknown sender and failed signature gets one and
// the same answer, which names nothing; refusals are logged as counts per minute (RefusalLog). GET /healthz says it
// runs.
class WebhookServer : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        // Where the providers reach the receiver's "/", as they sign it (a tunnel's or proxy's address); empty:
        // http:// and the Host header of each request.
        QUrl publicUrl;
        HttpLimits limits;
    };

    WebhookServer(Database& database,
        const ProviderRegistry& registry,
        ProfileService& secrets,
        Options options,
        QObject* parent = nullptr);
    ~WebhookServer() override;

    // Listens (port 0: a free one); returns the port, or 0.
    quint16 start(quint16 port, const QHostAddress& address = QHostAddress::LocalHost);
    quint16 port() const;
    // Takes no more connections and stores (and answers) what arrived already.
    void stop();
    Options options() const;
    // A sender's secrets changed: read them again when next needed.
    void sendersChanged();
    // Connections open now (for tests and benchmarks).
    int connectionCount() const;

Q_SIGNALS:
    // After each commit: how many new status reports and customers' messages were stored.
    void received(int statuses, int messages);
    // Meta reported templates' review decisions; the catalogue has them.
    void templatesChanged(int templates);
    // A request was refused, in a few English words (never a secret, never anything the request carried).
    void refused(const QString& reason);

private:
    void handle(const HttpRequest& request, const HttpReply& reply);
    void handleTwilio(const HttpRequest& request, const WebhookRoute& route, const HttpReply& reply);
    void handleMetaHandshake(const HttpRequest& request, const WebhookRoute& route, const HttpReply& reply);
    void handleMetaEvents(const HttpRequest& request, const WebhookRoute& route, const HttpReply& reply);
    void handleKeyedEvents(const HttpRequest& request, const WebhookRoute& route, const HttpReply& reply);
    void refuse(const HttpReply& reply, const QString& reason);
    void unavailable(const HttpReply& reply, const QString& reason);
    void noteRefusal(const QString& reason);
    QString signedUrl(const HttpRequest& request) const;

    Database& m_database;
    Options m_options;
    std::unique_ptr<SenderDirectory> m_senders;
    std::unique_ptr<WebhookRecorder> m_recorder;
    std::unique_ptr<RefusalLog> m_refusals;
    std::unique_ptr<HttpServer> m_http;
};
