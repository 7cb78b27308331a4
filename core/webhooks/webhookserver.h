#pragma once

#include "inbox/inboxledger.h"
#include "model/profile.h"
#include "statusledger.h"

#include <QAbstractHttpServer>
#include <QElapsedTimer>
#include <QHash>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <memory>
#include <vector>

class Database;
class Outbox;
class ProfileRepository;
class ProfileService;
class ProviderRegistry;
class QHttpServerResponder;

// Tandem's webhook receiver. For each sender: POST /twilio/{id}/status (Twilio's status callbacks), POST
// /twilio/{id}/inbound (customers' messages), GET /meta/{id} (Meta's verification handshake) and POST /meta/{id}
// (Meta's events). POST /twilio/status and /twilio/inbound serve every sender of a Twilio account (by AccountSid
// and number). GET and POST /meta serve an app's one callback URL for all its numbers (events go to the sender
// of the number they name); GET /healthz says it runs. Every request is checked against the sender's signing secret
// (Twilio's Auth Token, Meta's App Secret) and refused with 403 when the signature is missing or wrong; nothing of it
// is kept. What a genuine request says is stored once and applied before it is answered 200: requests that arrive
// together share one transaction, so bursts (Meta sends three status reports for every message) cost one commit each.
class WebhookServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    struct Options
    {
        // Where the providers reach the receiver's "/", as they sign it (a tunnel's or proxy's address); empty:
        // http:// and the Host header of each request.
        QUrl publicUrl;
        qint64 maxBodyBytes = 1024 * 1024;
    };

    WebhookServer(Database& database,
        const ProviderRegistry& registry,
        ProfileService& secrets,
        Options options,
        QObject* parent = nullptr);
    ~WebhookServer() override;

    // Listens on every address (port 0: a free one); returns the port, or 0.
    quint16 start(quint16 port, const QHostAddress& address = QHostAddress::Any);
    quint16 port() const;
    // Takes no more connections and stores (and answers) what arrived already.
    void stop();
    Options options() const;
    // A sender's secrets changed: read them again when next needed.
    void sendersChanged();

Q_SIGNALS:
    // After each commit: how many new status reports and customers' messages were stored.
    void received(int statuses, int messages);
    // Meta reported templates' review decisions; the catalogue has them.
    void templatesChanged(int templates);
    // A request was refused (bad signature, unknown sender): why, without any secret.
    void refused(const QString& reason);

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    struct Secrets
    {
        QString authToken; // Twilio
        QString appSecret; // Meta
        QString verifyToken; // Meta
    };
    struct Pending; // a request whose sender's secrets are on their way, or whose content awaits the next commit
    using Responder = std::shared_ptr<QHttpServerResponder>;

    void handle(const std::shared_ptr<Pending>& pending);
    void handleMetaApp(const std::shared_ptr<Pending>& pending);
    void withSecrets(qint64 profileId, std::function<void(const Secrets*)> use);
    void answer(const Responder& responder, int status, const QByteArray& body, const QByteArray& type);
    void refuse(const Responder& responder, int status, const QString& reason);
    void flush();
    QString signedUrl(const Pending& pending) const;
    QString confirmationFor(qint64 profileId);
    Status applyPreference(const QJsonObject& value);
    // The Twilio sender of this account with this number, or the account's only one; 0 when none.
    qint64 twilioSenderOf(const QString& accountSid, const QString& number);
    // A Meta sender of this WhatsApp Business Account, or 0.
    qint64 metaSenderOfAccount(const QString& wabaId);
    // The Meta sender with this phone number id, or 0.
    qint64 metaSenderOf(const QString& phoneNumberId);

    Database& m_database;
    const ProviderRegistry& m_registry;
    ProfileService& m_profileService;
    Options m_options;
    std::unique_ptr<ProfileRepository> m_profiles;
    StatusLedger m_ledger;
    InboxLedger m_inbox;
    std::unique_ptr<Outbox> m_outbox; // for opt-out confirmations
    QHash<qint64, Profile> m_senders;
    QHash<qint64, Secrets> m_secrets;
    QHash<QString, qint64> m_metaNumbers; // phone number id -> sender, for the senders found
    QHash<qint64, std::vector<std::function<void(const Secrets*)>>> m_waitingForSecrets;
    std::vector<std::shared_ptr<Pending>> m_batch;
    QTimer m_flush;
    QElapsedTimer m_cacheAge;
    quint16 m_port = 0;
};
