#include "sandboxserver.h"

#include "sandboxaccounts.h"

#include <QDir>
#include <QFile>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QPointer>
#include <QProcess>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSandbox, "tandem.sandbox")

namespace {
SandboxRequest reduce(const QHttpServerRequest& request)
{
    SandboxRequest r;
    switch (request.method()) {
    case QHttpServerRequest::Method::Get:
        r.method = u"GET"_s;
        break;
    case QHttpServerRequest::Method::Post:
        r.method = u"POST"_s;
        break;
    case QHttpServerRequest::Method::Delete:
        r.method = u"DELETE"_s;
        break;
    case QHttpServerRequest::Method::Put:
        r.method = u"PUT"_s;
        break;
    default:
        r.method = u"OTHER"_s;
        break;
    }
    r.path = request.url().path();
    r.query = request.query();
    for (const auto& [name, value] : request.headers())
        r.headers.insert(name.toLower(), value);
    r.body = request.body();
    return r;
}

QByteArray welcomePage(const QUrl& base)
{
    const QString text
        = u"Tandem sandbox: a practice copy of Twilio's, Meta's and 360dialog's WhatsApp APIs on this computer.\n"
          "Nothing sent here leaves the machine.\n\n"
          "Twilio   API address %1\n"
          "         Account SID %2  Auth Token %3\n"
          "         API Key %4 / %5\n"
          "         WhatsApp sender %6\n"
          "         Content templates: HX0123456789abcdef0123456789abcd01 (no variables), …02 (2), …03 (3)\n"
          "Meta     API address %1  (any version, e.g. /v23.0/)\n"
          "         Phone number ID %7  WABA ID %8\n"
          "         Access token %9\n"
          "         Templates: hello_world (en_US), order_update (en, 2 variables),\n"
          "         appointment_reminder (en, image header + 3), seasonal_promotion (en, text header 1 + 3)\n\n"
          "360dialog API address %1  API key %10\n"
          "         (the same templates as Meta's account)\n\n"
          "Control  GET /_sandbox/stats   POST /_sandbox/faults   POST /_sandbox/reset\n"_s
              .arg(base.toString(), QString::fromUtf16(SandboxAccounts::twilioAccountSid),
                  QString::fromUtf16(SandboxAccounts::twilioAuthToken),
                  QString::fromUtf16(SandboxAccounts::twilioApiKeySid),
                  QString::fromUtf16(SandboxAccounts::twilioApiKeySecret),
                  QString::fromUtf16(SandboxAccounts::twilioSender),
                  QString::fromUtf16(SandboxAccounts::metaPhoneNumberId),
                  QString::fromUtf16(SandboxAccounts::metaWabaId), QString::fromUtf16(SandboxAccounts::metaAccessToken))
              .arg(QString::fromUtf16(SandboxAccounts::dialog360ApiKey));
    return text.toUtf8();
}
} // namespace

SandboxServer::SandboxServer(QObject* parent)
    : QAbstractHttpServer(parent)
    , m_callbacks(new SandboxCallbacks(m_state, this))
    , m_twilio(m_state, m_callbacks)
    , m_meta(m_state, m_callbacks)
    , m_templates(m_state, m_callbacks)
    , m_dialog360(m_state, m_meta, m_templates)
{ }

SandboxServer::~SandboxServer() = default;

quint16 SandboxServer::start(quint16 port)
{
    m_port = listen(QHostAddress::LocalHost, port);
    if (m_port != 0)
        qCInfo(lcSandbox) << "sandbox listening on" << baseUrl().toString();
    return m_port;
}

QUrl SandboxServer::baseUrl() const
{
    return QUrl(u"%1://127.0.0.1:%2"_s.arg(m_tls ? u"https"_s : u"http"_s).arg(m_port));
}

Result<QString> SandboxServer::enableTls(const QString& folder)
{
    const QString key = QDir(folder).filePath(u"key.pem"_s);
    const QString certificate = QDir(folder).filePath(u"cert.pem"_s);
    QProcess openssl;
    openssl.start(u"openssl"_s,
        {u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s,
            u"-days"_s, u"2"_s, u"-subj"_s, u"/CN=127.0.0.1"_s, u"-addext"_s,
            u"subjectAltName=IP:127.0.0.1,DNS:localhost"_s, u"-keyout"_s, key, u"-out"_s, certificate});
    if (!openssl.waitForFinished(30000) || openssl.exitCode() != 0)
        return Result<QString>::failure(u"openssl could not make the sandbox's certificate: %1"_s.arg(
            QString::fromLocal8Bit(openssl.readAllStandardError()).trimmed()));
    QFile keyFile(key);
    QFile certificateFile(certificate);
    if (!keyFile.open(QIODevice::ReadOnly) || !certificateFile.open(QIODevice::ReadOnly))
        return Result<QString>::failure(u"the sandbox's certificate could not be read back"_s);
    const QSslCertificate cert(certificateFile.readAll(), QSsl::Pem);
    const QSslKey privateKey(keyFile.readAll(), QSsl::Ec, QSsl::Pem);
    if (cert.isNull() || privateKey.isNull())
        return Result<QString>::failure(u"the sandbox's certificate or key is unreadable"_s);
    sslSetup(cert, privateKey);
    m_tls = true;
    return certificate;
}

SandboxState& SandboxServer::state()
{
    return m_state;
}

bool SandboxServer::customerWrites(const QString& provider, const QString& from, const QString& text)
{
    bool posted = false;
    // The callbacks live on the server's thread; a caller on another waits the moment it takes.
    QMetaObject::invokeMethod(
        m_callbacks, [&] { posted = m_callbacks->customerWrites(provider, from, text); },
        thread() == QThread::currentThread() ? Qt::DirectConnection : Qt::BlockingQueuedConnection);
    return posted;
}

void SandboxServer::configure(const QJsonObject& control)
{
    if (control.value(u"reset"_s).toBool())
        m_state.reset();
    if (control.contains(u"latency_ms"_s))
        m_state.setLatencyMs(control.value(u"latency_ms"_s).toInt());
    if (control.contains(u"rate_limit"_s))
        m_state.setRateLimit(control.value(u"rate_limit"_s).toInt());
    if (control.contains(u"chaos"_s)) {
        const QJsonObject c = control.value(u"chaos"_s).toObject();
        SandboxChaos chaos;
        chaos.tooManyRequests = c.value(u"http_429"_s).toDouble();
        chaos.serverError = c.value(u"http_5xx"_s).toDouble();
        chaos.drop = c.value(u"drop"_s).toDouble();
        chaos.dropAfterAccept = c.value(u"drop_after_accept"_s).toDouble();
        chaos.hang = c.value(u"hang"_s).toDouble();
        chaos.hangAfterAccept = c.value(u"hang_after_accept"_s).toDouble();
        chaos.retryAfterSeconds = c.value(u"retry_after"_s).toInt(1);
        chaos.seed = quint32(c.value(u"seed"_s).toInt(1));
        m_state.setChaos(chaos);
    }
    if (control.contains(u"lifecycle"_s))
        m_state.setLifecycle(SandboxLifecycle::fromJson(control.value(u"lifecycle"_s).toObject(), m_state.lifecycle()));
    if (control.contains(u"meta_webhook"_s)) {
        const QJsonObject hook = control.value(u"meta_webhook"_s).toObject();
        m_state.setMetaWebhook(QString(), {hook.value(u"url"_s).toString(), hook.value(u"verify_token"_s).toString()});
    }
    if (control.contains(u"template_page_limit"_s))
        m_state.setTemplatePageLimit(control.value(u"template_page_limit"_s).toInt());
    if (control.contains(u"template_review_ms"_s))
        m_state.setTemplateReviewMs(control.value(u"template_review_ms"_s).toInt());
    if (control.contains(u"twilio_inbound_url"_s))
        m_state.setTwilioInboundUrl(control.value(u"twilio_inbound_url"_s).toString());
    const QJsonObject recipients = control.value(u"recipients"_s).toObject();
    for (auto it = recipients.begin(); it != recipients.end(); ++it)
        m_state.setRecipientFault(it.key(), SandboxFault::fromJson(it.value().toObject()));
}

SandboxReply SandboxServer::control(const SandboxRequest& request)
{
    if (request.path == u"/_sandbox/stats"_s)
        return SandboxReply::json(200, m_state.statsJson());
    if (request.path == u"/_sandbox/reset"_s && request.method == u"POST"_s) {
        m_state.reset();
        return SandboxReply::json(200, {{u"reset"_s, true}});
    }
    if (request.path == u"/_sandbox/inbound"_s && request.method == u"POST"_s) {
        // A simulated customer writes: {"provider": "twilio" | "meta_cloud", "from": "+1…", "text": "…", "name"}.
        const QJsonObject o = QJsonDocument::fromJson(request.body).object();
        const bool posted = m_callbacks->customerWrites(o.value(u"provider"_s).toString(),
            o.value(u"from"_s).toString(), o.value(u"text"_s).toString(), o.value(u"name"_s).toString());
        return SandboxReply::json(posted ? 200 : 409,
            {{u"posted"_s, posted}, {u"error"_s, posted ? QString() : u"no webhook URL is set for that provider"_s}});
    }
    if (request.path == u"/_sandbox/faults"_s && request.method == u"POST"_s) {
        const QJsonDocument document = QJsonDocument::fromJson(request.body);
        if (!document.isObject())
            return SandboxReply::json(400, {{u"error"_s, u"expected a JSON object"_s}});
        configure(document.object());
        return SandboxReply::json(200, {{u"configured"_s, true}});
    }
    return SandboxReply::json(404, {{u"error"_s, u"unknown control path"_s}});
}

SandboxReply SandboxServer::route(const SandboxRequest& request)
{
    if (request.path.startsWith(u"/_sandbox/"_s))
        return control(request);
    m_state.recordRequest();
    SandboxReply reply;
    if (m_dialog360.handles(request))
        reply = m_dialog360.handle(request);
    else if (m_templates.handles(request))
        reply = m_templates.handle(request);
    else if (m_twilio.handles(request))
        reply = m_twilio.handle(request);
    else if (m_meta.handles(request))
        reply = m_meta.handle(request);
    else if (request.path == u"/"_s) {
        reply.contentType = "text/plain; charset=utf-8";
        reply.body = welcomePage(baseUrl());
    } else {
        reply = SandboxReply::json(404, {{u"error"_s, u"not a Twilio, Meta or 360dialog API path"_s}});
    }
    if (reply.action == SandboxReply::Action::Respond && reply.status >= 400)
        m_state.recordRejected();
    return reply;
}

bool SandboxServer::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    const SandboxRequest reduced = reduce(request);
    const SandboxReply reply = route(reduced);
    qCDebug(lcSandbox) << reduced.method << reduced.path << "->" << reply.status;
    if (reply.action == SandboxReply::Action::Drop) {
        socket->abort();
        return true;
    }
    if (reply.deferred) {
        auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
        reply.deferred([responder, guard = QPointer<QTcpSocket>(socket)](const SandboxReply& answer) {
            if (guard && guard->state() == QAbstractSocket::ConnectedState)
                responder->write(answer.body, answer.contentType, QHttpServerResponder::StatusCode(answer.status));
        });
        return true;
    }
    deliver(request, socket, reply);
    return true;
}

void SandboxServer::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    deliver(request, socket, SandboxReply::json(404, {{u"error"_s, u"not found"_s}}));
}

void SandboxServer::deliver(const QHttpServerRequest& request, QTcpSocket* socket, const SandboxReply& reply)
{
    auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
    if (reply.action == SandboxReply::Action::Hang) {
        m_hanging.push_back(responder);
        return;
    }
    auto write = [responder, reply, guard = QPointer<QTcpSocket>(socket)] {
        if (!guard || guard->state() != QAbstractSocket::ConnectedState)
            return;
        responder->writeStatusLine(QHttpServerResponder::StatusCode(reply.status));
        responder->writeHeader("Content-Type", reply.contentType);
        responder->writeHeader("Content-Length", QByteArray::number(reply.body.size()));
        for (const auto& [name, value] : reply.headers)
            responder->writeHeader(name, value);
        responder->writeBody(reply.body);
    };
    const int latency = m_state.latencyMs();
    if (latency > 0)
        QTimer::singleShot(latency, this, write);
    else
        write();
}
