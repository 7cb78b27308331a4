#pragma once

#include "dialog360sandbox.h"
#include "metasandbox.h"
#include "sandboxcallbacks.h"
#include "sandboxstate.h"
#include "sandboxtemplates.h"
#include "twiliosandbox.h"

#include "util/result.h"

#include <QAbstractHttpServer>
#include <QUrl>

#include <memory>
#include <vector>

class QHttpServerResponder;

// A local stand-in for Twilio's, Meta's and 360dialog's HTTP APIs, on loopback. Tests, benchmarks and the demo mode
// talk to it exactly as they would to the real services. Besides the two APIs it serves a control API under /_sandbox/
// (stats, faults, reset) so another process can steer it.
class SandboxServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    explicit SandboxServer(QObject* parent = nullptr);
    ~SandboxServer() override;

    // Listens on 127.0.0.1; port 0 picks a free one. Returns the port, or 0 when it could not listen.
    quint16 start(quint16 port = 0);
    // Serves HTTPS instead (before start()), with a certificate for 127.0.0.1 made now by the openssl program and
    // written to `folder` as cert.pem, which clients trust through TANDEM_EXTRA_CA. QtHttpServer 6.4 speaks
    // HTTP/1.1 only, so there is no HTTP/2 here. Returns the certificate's path, or an error.
    Result<QString> enableTls(const QString& folder);
    QUrl baseUrl() const;
    SandboxState& state();
    // A simulated customer writes to the business (signed inbound webhook); false when no webhook URL is set.
    bool customerWrites(const QString& provider, const QString& from, const QString& text);

    // Applies a control document: {"latency_ms", "rate_limit", "chaos": {...}, "recipients": {"+1555…": {fault}},
    // "lifecycle": {"sent_after_ms", "delivered_after_ms", "read_after_ms", "read_share", "fail_share",
    // "fail_code"}, "meta_webhook": {"url", "verify_token"} (the app's callback URL, as set in Meta's dashboard),
    // "twilio_inbound_url" (the sender's "A message comes in" webhook), "reset"}. POST /_sandbox/inbound makes a
    // customer write.
    void configure(const QJsonObject& control);

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    SandboxReply route(const SandboxRequest& request);
    SandboxReply control(const SandboxRequest& request);
    void deliver(const QHttpServerRequest& request, QTcpSocket* socket, const SandboxReply& reply);

    SandboxState m_state;
    SandboxCallbacks* m_callbacks; // a child: it lives on the server's thread
    TwilioSandbox m_twilio;
    MetaSandbox m_meta;
    SandboxTemplates m_templates;
    Dialog360Sandbox m_dialog360;
    quint16 m_port = 0;
    bool m_tls = false;
    std::vector<std::shared_ptr<QHttpServerResponder>> m_hanging;
};
