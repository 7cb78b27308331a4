#include "webhookserver.h"

#include "http/httpserver.h"
#include "http/refusallog.h"
#include "keyedhook.h"
#include "metahook.h"
#include "senderdirectory.h"
#include "twiliohook.h"
#include "webhookrecorder.h"

#include <QDateTime>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcWebhooks, "tandem.webhooks")

namespace {
// The one answer to anything that is not a genuine request for a sender here: it says nothing about which
// routes, senders or provider kinds exist, or about the address the receiver expects.
const QByteArray kForbidden = "forbidden\n";
} // namespace

WebhookServer::WebhookServer(
    Database& database, const ProviderRegistry& registry, ProfileService& secrets, Options options, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_options(std::move(options))
    , m_senders(std::make_unique<SenderDirectory>(database, registry, secrets))
    , m_recorder(std::make_unique<WebhookRecorder>(database, *m_senders))
    , m_refusals(std::make_unique<RefusalLog>(lcWebhooks()))
{
    m_http = std::make_unique<HttpServer>(
        m_options.limits, [this](const HttpRequest& request, const HttpReply& reply) { handle(request, reply); });
    connect(m_http.get(), &HttpServer::refused, this, &WebhookServer::noteRefusal);
    connect(m_recorder.get(), &WebhookRecorder::received, this, &WebhookServer::received);
    connect(m_recorder.get(), &WebhookRecorder::templatesChanged, this, &WebhookServer::templatesChanged);
}

WebhookServer::~WebhookServer()
{
    // Connections first: a reply handle outliving them is inert, and nothing answers into a store that is gone.
    m_http.reset();
    m_recorder->flush();
}

quint16 WebhookServer::start(quint16 port, const QHostAddress& address)
{
    const quint16 listening = m_http->listen(address, port);
    if (listening != 0)
        qCInfo(lcWebhooks) << "webhook receiver listening on" << address.toString() << "port" << listening;
    return listening;
}

void WebhookServer::stop()
{
    m_http->close();
    m_recorder->flush();
    m_refusals->flush();
}

quint16 WebhookServer::port() const
{
    return m_http->port();
}

WebhookServer::Options WebhookServer::options() const
{
    return m_options;
}

void WebhookServer::sendersChanged()
{
    m_senders->forget();
}

int WebhookServer::connectionCount() const
{
    return m_http->connectionCount();
}

void WebhookServer::noteRefusal(const QString& reason)
{
    m_refusals->count(reason);
    Q_EMIT refused(reason);
}

void WebhookServer::refuse(const HttpReply& reply, const QString& reason)
{
    noteRefusal(reason);
    reply.send(403, kForbidden);
}

void WebhookServer::unavailable(const HttpReply& reply, const QString& reason)
{
    // The provider sends it again later; the owner sees why in the log.
    noteRefusal(reason);
    reply.send(503, "try again later\n");
}

QString WebhookServer::signedUrl(const HttpRequest& request) const
{
    const QString base = m_options.publicUrl.isValid() && !m_options.publicUrl.isEmpty()
        ? m_options.publicUrl.toString(QUrl::StripTrailingSlash | QUrl::FullyEncoded)
        : u"http://"_s + QString::fromLatin1(request.header("Host"));
    return base + QString::fromLatin1(request.target);
}

void WebhookServer::handle(const HttpRequest& request, const HttpReply& reply)
{
    const WebhookRoute route = WebhookRoute::of(request.method, request.path());
    switch (route.kind) {
    case WebhookRoute::Kind::None:
        return refuse(reply, u"no such route"_s);
    case WebhookRoute::Kind::Health:
        reply.send(200, "ok\n");
        return;
    case WebhookRoute::Kind::TwilioStatus:
    case WebhookRoute::Kind::TwilioInbound:
        return handleTwilio(request, route, reply);
    case WebhookRoute::Kind::MetaHandshake:
        return handleMetaHandshake(request, route, reply);
    case WebhookRoute::Kind::MetaEvents:
        return handleMetaEvents(request, route, reply);
    case WebhookRoute::Kind::KeyedEvents:
        return handleKeyedEvents(request, route, reply);
    }
}

void WebhookServer::handleTwilio(const HttpRequest& request, const WebhookRoute& route, const HttpReply& reply)
{
    const qint64 id = route.senderId != 0 ? route.senderId : TwilioHook::senderFor(request, route, *m_senders);
    const std::optional<Profile> sender = m_senders->find(id, route.style());
    if (!sender)
        return refuse(reply, u"no such sender"_s);
    m_senders->withSecrets({id}, [this, request, route, reply, sender](const SenderDirectory::SecretsOf& secrets) {
        const auto mine = secrets.value(sender->id);
        if (!mine)
            return unavailable(reply, u"the keychain could not be read"_s);
        const Result<WebhookDelivery> delivery = TwilioHook::read(
            request, route, *sender, mine->authToken, signedUrl(request), QDateTime::currentMSecsSinceEpoch());
        if (!delivery.isOk())
            return refuse(reply, delivery.error());
        m_recorder->add(delivery.value(), reply);
    });
}

void WebhookServer::handleMetaHandshake(const HttpRequest& request, const WebhookRoute& route, const HttpReply& reply)
{
    // A sender's own address takes its verify token; the app's one address takes any Meta sender's.
    QList<qint64> ids;
    if (route.senderId != 0) {
        if (!m_senders->find(route.senderId, route.style()))
            return refuse(reply, u"no such sender"_s);
        ids << route.senderId;
    } else {
        for (const Profile& p : m_senders->all(route.style()))
            ids << p.id;
    }
    m_senders->withSecrets(ids, [this, request, reply](const SenderDirectory::SecretsOf& secrets) {
        QStringList tokens;
        for (const auto& s : secrets) {
            if (s)
                tokens << s->verifyToken;
        }
        const std::optional<QByteArray> challenge = MetaHook::handshake(request, tokens);
        if (!challenge)
            return refuse(reply, u"Meta's verify token does not match"_s);
        reply.send(200, *challenge);
    });
}

void WebhookServer::handleMetaEvents(const HttpRequest& request, const WebhookRoute& route, const HttpReply& reply)
{
    if (!MetaHook::looksSigned(request))
        return refuse(reply, u"no Meta signature"_s);
    if (route.senderId != 0 && !m_senders->find(route.senderId, route.style()))
        return refuse(reply, u"no such sender"_s);
    // Every Meta sender's secret is tried: one app's secret signs the events of all its numbers.
    QList<qint64> ids;
    for (const Profile& p : m_senders->all(route.style()))
        ids << p.id;
    if (route.senderId != 0 && !ids.contains(route.senderId))
        ids << route.senderId; // archived, and still reported on
    m_senders->withSecrets(ids, [this, request, route, reply](const SenderDirectory::SecretsOf& secrets) {
        if (route.senderId != 0 && !secrets.value(route.senderId))
            return unavailable(reply, u"the keychain could not be read"_s);
        const QSet<qint64> signers = MetaHook::signers(request, secrets);
        if (signers.isEmpty() || (route.senderId != 0 && !signers.contains(route.senderId)))
            return refuse(reply, u"Meta's signature does not match"_s);
        const Result<WebhookDelivery> delivery
            = MetaHook::read(request, route.senderId, signers, *m_senders, QDateTime::currentMSecsSinceEpoch());
        if (!delivery.isOk())
            return refuse(reply, delivery.error());
        m_recorder->add(delivery.value(), reply);
    });
}

void WebhookServer::handleKeyedEvents(const HttpRequest& request, const WebhookRoute& route, const HttpReply& reply)
{
    if (!KeyedHook::looksKeyed(request))
        return refuse(reply, u"no webhook key"_s);
    const std::optional<Profile> sender = m_senders->find(route.senderId, route.style());
    if (!sender)
        return refuse(reply, u"no such sender"_s);
    m_senders->withSecrets({sender->id}, [this, request, reply, sender](const SenderDirectory::SecretsOf& secrets) {
        const auto mine = secrets.value(sender->id);
        if (!mine)
            return unavailable(reply, u"the keychain could not be read"_s);
        if (!KeyedHook::keyMatches(request, mine->verifyToken))
            return refuse(reply, u"the webhook key does not match"_s);
        const Result<WebhookDelivery> delivery = KeyedHook::read(request, *sender, QDateTime::currentMSecsSinceEpoch());
        if (!delivery.isOk())
            return refuse(reply, delivery.error());
        m_recorder->add(delivery.value(), reply);
    });
}
