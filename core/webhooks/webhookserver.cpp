#include "webhookserver.h"

#include "inbox/optouts.h"
#include "metawebhook.h"
#include "outbox/outbox.h"
#include "profiles/profileservice.h"
#include "profiles/secretsloader.h"
#include "signatures.h"
#include "storage/database.h"
#include "storage/profilerepository.h"
#include "storage/writetransaction.h"
#include "templates/templatecatalogue.h"
#include "twiliocallbacks.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QPointer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcWebhooks, "tandem.webhooks")

struct WebhookServer::Pending
{
    Responder responder;
    QHttpServerRequest::Method method = QHttpServerRequest::Method::Unknown;
    QString path;
    QString query; // as sent, percent-encoded
    QUrlQuery queryItems;
    QByteArray host;
    QByteArray contentType;
    QByteArray twilioSignature;
    QByteArray metaSignature;
    QByteArray body;
    qint64 profileId = 0;
    QString route; // "twilio-status", "twilio-inbound", "meta"
    QList<DeliveryEvent> statuses;
    QList<InboundMessage> messages;
    QList<QPair<QString, QJsonObject>> otherEvents; // kind -> value (template status changes, preferences)
    QList<QJsonObject> preferences; // Meta's user_preferences values, applied to contacts
};

namespace {
QByteArray header(const QHttpServerRequest& request, const QByteArray& name)
{
    for (const auto& [key, value] : request.headers()) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return QByteArray();
}

const QByteArray kEmptyTwiml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response></Response>";
} // namespace

WebhookServer::WebhookServer(
    Database& database, const ProviderRegistry& registry, ProfileService& secrets, Options options, QObject* parent)
    : QAbstractHttpServer(parent)
    , m_database(database)
    , m_registry(registry)
    , m_profileService(secrets)
    , m_options(std::move(options))
    , m_profiles(std::make_unique<ProfileRepository>(database, registry))
    , m_ledger(database)
    , m_inbox(database)
    , m_outbox(std::make_unique<Outbox>(database))
{
    m_flush.setSingleShot(true);
    connect(&m_flush, &QTimer::timeout, this, &WebhookServer::flush);
}

WebhookServer::~WebhookServer() = default;

quint16 WebhookServer::start(quint16 port, const QHostAddress& address)
{
    m_port = listen(address, port);
    if (m_port != 0)
        qCInfo(lcWebhooks) << "webhook receiver listening on port" << m_port;
    return m_port;
}

void WebhookServer::stop()
{
    for (QTcpServer* server : servers())
        server->close();
    flush();
}

quint16 WebhookServer::port() const
{
    return m_port;
}

WebhookServer::Options WebhookServer::options() const
{
    return m_options;
}

void WebhookServer::sendersChanged()
{
    m_senders.clear();
    m_metaNumbers.clear();
    m_secrets.clear();
}

bool WebhookServer::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    auto pending = std::make_shared<Pending>();
    pending->responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
    pending->method = request.method();
    pending->path = request.url().path(QUrl::FullyEncoded);
    pending->query = request.url().query(QUrl::FullyEncoded);
    pending->queryItems = request.query();
    pending->host = header(request, "Host");
    pending->contentType = header(request, "Content-Type");
    pending->twilioSignature = header(request, "X-Twilio-Signature");
    pending->metaSignature = header(request, "X-Hub-Signature-256");
    pending->body = request.body();
    handle(pending);
    return true;
}

void WebhookServer::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    answer(std::make_shared<QHttpServerResponder>(makeResponder(request, socket)), 404, "not found\n", "text/plain");
}

void WebhookServer::answer(const Responder& responder, int status, const QByteArray& body, const QByteArray& type)
{
    responder->write(body, type, QHttpServerResponder::StatusCode(status));
}

void WebhookServer::refuse(const Responder& responder, int status, const QString& reason)
{
    qCWarning(lcWebhooks) << "refused:" << status << reason;
    Q_EMIT refused(reason);
    answer(responder, status, reason.toUtf8() + '\n', "text/plain; charset=utf-8");
}

QString WebhookServer::signedUrl(const Pending& pending) const
{
    const QString base = m_options.publicUrl.isValid() && !m_options.publicUrl.isEmpty()
        ? m_options.publicUrl.toString(QUrl::StripTrailingSlash | QUrl::FullyEncoded)
        : u"http://"_s + QString::fromLatin1(pending.host);
    return base + pending.path + (pending.query.isEmpty() ? QString() : u'?' + pending.query);
}

void WebhookServer::handle(const std::shared_ptr<Pending>& pending)
{
    using Method = QHttpServerRequest::Method;
    const QStringList segments = pending->path.split(u'/', Qt::SkipEmptyParts);
    if (segments == QStringList {u"healthz"_s} && pending->method == Method::Get)
        return answer(pending->responder, 200, "ok\n", "text/plain");
    // /twilio/{id}/status and /twilio/{id}/inbound, or /twilio/status and /twilio/inbound for every sender of an
    // account (the sender is the one the message went from, or came to).
    const QString twilioKind = segments.value(segments.size() - 1);
    const bool twilio = (segments.size() == 3 || segments.size() == 2) && segments.at(0) == u"twilio"_s
        && (twilioKind == u"status"_s || twilioKind == u"inbound"_s);
    const bool meta = (segments.size() == 2 || segments.size() == 1) && segments.at(0) == u"meta"_s;
    bool numeric = false;
    pending->profileId = segments.value(1).toLongLong(&numeric);
    if (meta && segments.size() == 1)
        return handleMetaApp(pending);
    if (twilio && segments.size() == 2) {
        const FormFields params = decodeForm(pending->body);
        pending->profileId = twilioSenderOf(formValue(params, u"AccountSid"_s),
            TwilioCallbacks::address(formValue(params, twilioKind == u"inbound"_s ? u"To"_s : u"From"_s)));
        numeric = pending->profileId != 0;
        if (!numeric)
            return refuse(pending->responder, 404, tr("No Twilio sender here has that account and number."));
    }
    if ((!twilio && !meta) || !numeric)
        return answer(pending->responder, 404, "not found\n", "text/plain");
    if ((twilio && pending->method != Method::Post)
        || (meta && pending->method != Method::Post && pending->method != Method::Get))
        return answer(pending->responder, 405, "method not allowed\n", "text/plain");
    if (pending->body.size() > m_options.maxBodyBytes)
        return refuse(pending->responder, 413, tr("The request is larger than a webhook can be."));
    pending->route = twilio ? u"twilio-"_s + twilioKind : u"meta"_s;
    // Senders and their secrets may change in another process (tandem-cli profile set): read them again now and then.
    constexpr qint64 kCacheMs = 60 * 1000;
    if (!m_cacheAge.isValid() || m_cacheAge.elapsed() > kCacheMs) {
        if (m_waitingForSecrets.isEmpty())
            sendersChanged();
        m_cacheAge.start();
    }

    auto sender = m_senders.constFind(pending->profileId);
    if (sender == m_senders.cend()) {
        const Result<Profile> found = m_profiles->find(pending->profileId);
        if (!found.isOk())
            return refuse(pending->responder, 404, tr("There is no sender %1 here.").arg(pending->profileId));
        sender = m_senders.insert(pending->profileId, found.value());
    }
    if (sender->kind != (twilio ? u"twilio"_s : u"meta_cloud"_s))
        return refuse(pending->responder, 404,
            tr("Sender %1 is not a %2 sender.").arg(pending->profileId).arg(twilio ? u"Twilio"_s : u"Meta"_s));

    withSecrets(pending->profileId, [this, pending, twilio](const Secrets* secrets) {
        if (!secrets)
            return refuse(pending->responder, 503, tr("The sender's secrets could not be read from the keychain."));
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        if (twilio) {
            if (secrets->authToken.isEmpty())
                return refuse(pending->responder, 403,
                    tr("Twilio's signature cannot be checked: sender %1 has no Auth Token (an API key does not sign "
                       "callbacks). Add the Auth Token in its settings.")
                        .arg(pending->profileId));
            const QString url = signedUrl(*pending);
            const FormFields params = decodeForm(pending->body);
            const bool json = pending->contentType.startsWith("application/json");
            const bool valid = json
                ? Signatures::twilioJsonValid(secrets->authToken, url, pending->body, pending->twilioSignature)
                : Signatures::twilioValid(secrets->authToken, url, params, pending->twilioSignature);
            if (!valid)
                return refuse(pending->responder, 403, tr("Twilio's signature does not match (for %1).").arg(url));
            if (pending->route == u"twilio-status"_s)
                pending->statuses << TwilioCallbacks::status(params, pending->profileId, now);
            else
                pending->messages << TwilioCallbacks::inbound(params, pending->profileId, now);
        } else if (pending->method == QHttpServerRequest::Method::Get) {
            // Meta's handshake: the challenge back, exactly as received, for the right verify token only.
            const QString mode = pending->queryItems.queryItemValue(u"hub.mode"_s, QUrl::FullyDecoded);
            const QString token = pending->queryItems.queryItemValue(u"hub.verify_token"_s, QUrl::FullyDecoded);
            const QString challenge = pending->queryItems.queryItemValue(u"hub.challenge"_s, QUrl::FullyDecoded);
            if (mode != u"subscribe"_s || secrets->verifyToken.isEmpty()
                || !Signatures::sameBytes(token.toUtf8(), secrets->verifyToken.toUtf8()))
                return refuse(pending->responder, 403, tr("Meta's verify token does not match."));
            return answer(pending->responder, 200, challenge.toUtf8(), "text/plain");
        } else {
            if (!Signatures::metaValid(secrets->appSecret, pending->body, pending->metaSignature))
                return refuse(pending->responder, 403,
                    secrets->appSecret.isEmpty()
                        ? tr("Meta's signature cannot be checked: sender %1 has no App Secret.").arg(pending->profileId)
                        : tr("Meta's signature does not match."));
            const Result<MetaWebhookPayload> payload = MetaWebhookPayload::parse(
                pending->body, pending->profileId, now, [this](const QString& number) { return metaSenderOf(number); });
            if (!payload.isOk())
                return refuse(pending->responder, 400, payload.error());
            pending->statuses = payload.value().statuses;
            pending->messages = payload.value().messages;
            for (const QJsonObject& t : payload.value().templateUpdates)
                pending->otherEvents.append({u"template"_s, t});
            for (const QJsonObject& p : payload.value().preferences) {
                pending->otherEvents.append({u"preferences"_s, p});
                pending->preferences << p;
            }
        }
        m_batch.push_back(pending);
        if (!m_flush.isActive())
            m_flush.start(0); // what else arrives before the event loop comes back shares the commit
    });
}

void WebhookServer::handleMetaApp(const std::shared_ptr<Pending>& pending)
{
    // One app's callback URL (set in Meta's dashboard) serves all its numbers: an event goes to the sender of the
    // number it names, and the handshake is answered for any Meta sender's verify token.
    using Method = QHttpServerRequest::Method;
    if (pending->method == Method::Post) {
        const QJsonObject first = QJsonDocument::fromJson(pending->body)
                                      .object()
                                      .value(u"entry"_s)
                                      .toArray()
                                      .first()
                                      .toObject()
                                      .value(u"changes"_s)
                                      .toArray()
                                      .first()
                                      .toObject();
        const QString number
            = first.value(u"value"_s).toObject().value(u"metadata"_s).toObject().value(u"phone_number_id"_s).toString();
        // Template and account events name the WhatsApp Business Account (the entry's id), not a number.
        const QString account = QJsonDocument::fromJson(pending->body)
                                    .object()
                                    .value(u"entry"_s)
                                    .toArray()
                                    .first()
                                    .toObject()
                                    .value(u"id"_s)
                                    .toString();
        const qint64 sender = !number.isEmpty() ? metaSenderOf(number) : metaSenderOfAccount(account);
        if (sender == 0)
            return refuse(
                pending->responder, 404, tr("No Meta sender here has the phone number ID \"%1\".").arg(number));
        pending->path = u"/meta/%1"_s.arg(sender);
        return handle(pending);
    }
    if (pending->method != Method::Get)
        return answer(pending->responder, 405, "method not allowed\n", "text/plain");
    QList<qint64> senders;
    const Result<QList<Profile>> all = m_profiles->list();
    if (all.isOk()) {
        for (const Profile& p : all.value()) {
            if (p.kind == u"meta_cloud"_s) {
                senders << p.id;
                m_senders.insert(p.id, p);
            }
        }
    }
    if (senders.isEmpty())
        return refuse(pending->responder, 403, tr("Meta's verify token does not match."));
    const QString mode = pending->queryItems.queryItemValue(u"hub.mode"_s, QUrl::FullyDecoded);
    const QString token = pending->queryItems.queryItemValue(u"hub.verify_token"_s, QUrl::FullyDecoded);
    const QString challenge = pending->queryItems.queryItemValue(u"hub.challenge"_s, QUrl::FullyDecoded);
    auto left = std::make_shared<int>(int(senders.size()));
    auto matched = std::make_shared<bool>(false);
    for (qint64 id : std::as_const(senders)) {
        withSecrets(id, [this, pending, left, matched, mode, token, challenge](const Secrets* secrets) {
            if (secrets && !secrets->verifyToken.isEmpty()
                && Signatures::sameBytes(token.toUtf8(), secrets->verifyToken.toUtf8()))
                *matched = true;
            if (--*left > 0)
                return;
            if (mode == u"subscribe"_s && *matched)
                answer(pending->responder, 200, challenge.toUtf8(), "text/plain");
            else
                refuse(pending->responder, 403, tr("Meta's verify token does not match."));
        });
    }
}

qint64 WebhookServer::twilioSenderOf(const QString& accountSid, const QString& number)
{
    const Result<QList<Profile>> all = m_profiles->list();
    if (!all.isOk() || accountSid.isEmpty())
        return 0;
    qint64 sameAccount = 0;
    int accounts = 0;
    for (const Profile& p : all.value()) {
        if (p.kind != u"twilio"_s || p.setting(u"account_sid"_s) != accountSid)
            continue;
        if (!number.isEmpty() && p.setting(u"from"_s) == number)
            return p.id;
        sameAccount = p.id;
        ++accounts;
    }
    return accounts == 1 ? sameAccount : 0; // a Messaging Service sender, or the account's only one
}

qint64 WebhookServer::metaSenderOfAccount(const QString& wabaId)
{
    const Result<QList<Profile>> all = m_profiles->list();
    if (!all.isOk() || wabaId.isEmpty())
        return 0;
    for (const Profile& p : all.value()) {
        if (p.kind == u"meta_cloud"_s && p.setting(u"waba_id"_s) == wabaId)
            return p.id;
    }
    return 0;
}

qint64 WebhookServer::metaSenderOf(const QString& phoneNumberId)
{
    if (!m_metaNumbers.contains(phoneNumberId)) {
        qint64 found = 0;
        const Result<QList<Profile>> all = m_profiles->list();
        if (all.isOk()) {
            for (const Profile& p : all.value()) {
                if (p.kind == u"meta_cloud"_s && p.setting(u"phone_number_id"_s) == phoneNumberId)
                    found = p.id;
            }
        }
        // Only a sender found is remembered: one added later (on this desk, another desk sharing the database,
        // or the wizard saving the sender whose test message is being reported) is found on the next report.
        if (found == 0)
            return 0;
        m_metaNumbers.insert(phoneNumberId, found);
    }
    return m_metaNumbers.value(phoneNumberId);
}

void WebhookServer::withSecrets(qint64 profileId, std::function<void(const Secrets*)> use)
{
    const auto cached = m_secrets.constFind(profileId);
    if (cached != m_secrets.cend())
        return use(&cached.value());
    auto& waiting = m_waitingForSecrets[profileId];
    waiting.push_back(std::move(use));
    if (waiting.size() > 1)
        return; // already on their way
    loadSecretsFor(
        m_profileService, m_senders.value(profileId), this, [this, profileId](const ProfileOutcome& outcome) {
            std::vector<std::function<void(const Secrets*)>> callers = std::move(m_waitingForSecrets[profileId]);
            m_waitingForSecrets.remove(profileId);
            if (!outcome.status.isOk()) {
                qCWarning(lcWebhooks) << "secrets of sender" << profileId
                                      << "could not be read:" << outcome.status.error();
                for (const auto& call : callers)
                    call(nullptr);
                return;
            }
            Secrets s {outcome.secrets.value(u"auth_token"_s), outcome.secrets.value(u"app_secret"_s),
                outcome.secrets.value(u"verify_token"_s)};
            const Secrets& kept = m_secrets.insert(profileId, s).value();
            for (const auto& call : callers)
                call(&kept);
        });
}

void WebhookServer::flush()
{
    std::vector<std::shared_ptr<Pending>> batch;
    batch.swap(m_batch);
    if (batch.empty())
        return;
    int statuses = 0;
    int messages = 0;
    QList<InboxLedger::Confirmation> confirmations;
    int changedTemplates = 0;
    Status stored = Status::success();
    {
        WriteTransaction transaction(m_database.connection());
        stored = transaction.status();
        for (auto it = batch.begin(); stored.isOk() && transaction.isOpen() && it != batch.end(); ++it) {
            const Pending& p = **it;
            const Result<StatusLedger::Outcome> recorded = m_ledger.record(p.statuses);
            const Result<InboxLedger::Outcome> inbound = recorded.isOk()
                ? m_inbox.record(p.messages, [this](qint64 profileId) { return confirmationFor(profileId); })
                : Result<InboxLedger::Outcome>(InboxLedger::Outcome {});
            if (!recorded.isOk() || !inbound.isOk()) {
                stored = recorded.isOk() ? inbound.status() : recorded.status();
                break;
            }
            statuses += recorded.value().stored;
            messages += inbound.value().stored;
            confirmations << inbound.value().confirmations;
            for (const auto& [kind, value] : p.otherEvents) {
                if (kind != u"template"_s)
                    continue;
                // message_template_status_update: {event: APPROVED | REJECTED | PAUSED | …, message_template_id,
                // message_template_name, message_template_language, reason}.
                const Result<int> changed
                    = TemplateCatalogue(m_database)
                          .updateStatus(QString::number(value.value(u"message_template_id"_s).toInteger()),
                              value.value(u"message_template_name"_s).toString(),
                              value.value(u"message_template_language"_s).toString(),
                              value.value(u"event"_s).toString(), value.value(u"reason"_s).toString());
                if (!changed.isOk()) {
                    stored = changed.status();
                    break;
                }
                changedTemplates += changed.value();
            }
            if (!stored.isOk())
                break;
            for (const QJsonObject& preference : p.preferences) {
                stored = applyPreference(preference);
                if (!stored.isOk())
                    break;
            }
            for (const auto& [kind, value] : p.otherEvents) {
                const QByteArray json = QJsonDocument(value).toJson(QJsonDocument::Compact);
                QSqlQuery q(m_database.connection());
                q.prepare(u"INSERT INTO webhook_events (provider, profile_id, kind, event_key, received_at, payload, "
                          "applied) VALUES ('meta_cloud', ?, ?, ?, ?, ?, 0) ON CONFLICT (event_key) DO NOTHING"_s);
                q.addBindValue(p.profileId);
                q.addBindValue(kind);
                q.addBindValue(QString(kind + u':'
                    + QString::fromLatin1(QCryptographicHash::hash(json, QCryptographicHash::Sha256).toHex())));
                q.addBindValue(QDateTime::currentMSecsSinceEpoch());
                q.addBindValue(QString::fromUtf8(json));
                if (!q.exec()) {
                    stored = Status::failure(q.lastError().text());
                    break;
                }
            }
        }
        if (stored.isOk())
            stored = transaction.commit();
    }
    for (const auto& p : batch) {
        if (!stored.isOk())
            answer(p->responder, 500, "could not store it; try again later\n", "text/plain");
        else if (p->route == u"twilio-inbound"_s)
            answer(p->responder, 200, kEmptyTwiml, "text/xml");
        else
            answer(p->responder, 200, QByteArray(), "text/plain");
    }
    if (!stored.isOk()) {
        qCWarning(lcWebhooks) << "could not store" << batch.size() << "webhook(s):" << stored.error();
        return;
    }
    // Confirmations of an opt-out go out like any message, through the outbox (its own transaction).
    for (const InboxLedger::Confirmation& c : std::as_const(confirmations)) {
        OutgoingMessage reply;
        reply.kind = OutgoingMessage::Kind::Text;
        reply.text = c.text;
        Outbox::BroadcastOptions options;
        options.reply = true;
        options.title = tr("Opt-out confirmation to %1").arg(c.recipient);
        const Result<qint64> queued = m_outbox->createBroadcast(c.profileId, reply, {{c.recipient, {}}}, options);
        if (!queued.isOk())
            qCWarning(lcWebhooks) << "could not queue an opt-out confirmation:" << queued.error();
    }
    if (statuses > 0 || messages > 0)
        Q_EMIT received(statuses, messages);
    if (changedTemplates > 0)
        Q_EMIT templatesChanged(changedTemplates);
}

QString WebhookServer::confirmationFor(qint64 profileId)
{
    auto sender = m_senders.constFind(profileId);
    if (sender == m_senders.cend()) {
        const Result<Profile> found = m_profiles->find(profileId);
        if (!found.isOk())
            return QString();
        sender = m_senders.insert(profileId, found.value());
    }
    return sender->setting(InboxLedger::confirmationSetting());
}

Status WebhookServer::applyPreference(const QJsonObject& value)
{
    // Meta's user_preferences: {"contacts": [{"wa_id", "user_id"}], "user_preferences": [{"wa_id", "user_id",
    // "category": "marketing_messages", "value": "stop" | "resume", "timestamp"}]}.
    for (const QJsonValue& v : value.value(u"user_preferences"_s).toArray()) {
        const QJsonObject p = v.toObject();
        if (p.value(u"category"_s).toString() != u"marketing_messages"_s)
            continue;
        const QString word = p.value(u"value"_s).toString().toLower();
        if (word != u"stop"_s && word != u"resume"_s)
            continue;
        const QString waId = p.value(u"wa_id"_s).toString();
        const QString phone = waId.isEmpty() ? QString() : (waId.startsWith(u'+') ? waId : u"+"_s + waId);
        bool ok = false;
        const qint64 seconds = p.value(u"timestamp"_s).toVariant().toLongLong(&ok);
        const QDateTime at
            = ok && seconds > 0 ? QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC) : QDateTime::currentDateTimeUtc();
        const Status applied = OptOuts::fromMarketingPreference(
            m_database.connection(), phone, p.value(u"user_id"_s).toString(), word == u"stop"_s, at);
        if (!applied.isOk())
            return applied;
    }
    return Status::success();
}
