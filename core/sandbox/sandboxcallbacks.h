#pragma once

#include "sandboxstate.h"

#include <QMultiMap>
#include <QObject>
#include <QTimer>

#include <functional>

class QNetworkAccessManager;

// The sandbox's side of the webhooks: after a message is accepted it reports each step of its lifecycle (sent,
// delivered, read, or failed) when the step happens, as the real services do. Twilio's reports go to the
// StatusCallback the send named, as form posts signed with X-Twilio-Signature by the account's Auth Token; Meta's
// to the app's callback URL or the number's override, as JSON signed with X-Hub-Signature-256 by the App Secret,
// retried a few times when not answered with 2xx; 360dialog's the same envelope, unsigned, to the webhook set through
// its API with the headers set with it. It also performs Meta's verification handshake for an override.
class SandboxCallbacks : public QObject
{
    Q_OBJECT
public:
    explicit SandboxCallbacks(SandboxState& state, QObject* parent = nullptr);

    // A message was accepted: its reports are scheduled (nothing when there is nowhere to send them).
    void accepted(const SandboxState::StoredMessage& message);
    // Meta's handshake: GET url?hub.mode=subscribe&hub.challenge=…&hub.verify_token=…; `done` says whether the answer
    // was 200 with the challenge, and if not, what came back.
    void verify(const QString& url, const QString& verifyToken, std::function<void(bool ok, QString problem)> done);
    int pending() const;
    // Meta's review of a new template ends at its decideAtMs: the app's callback URL hears of it
    // (message_template_status_update), as Meta's template webhooks always go to the app, never an override; a
    // template submitted through 360dialog (`provider`) is heard of at the channel's webhook, with its headers.
    void templateReviewed(const SandboxTemplate& t, const QString& provider = QStringLiteral("meta_cloud"));
    // A customer writes to the business: Twilio lists it and posts it to the inbound URL its Console has for the
    // sender, Meta posts it to the app's callback (or the number's override). Returns false when there is nowhere
    // to post it.
    bool customerWrites(const QString& provider, const QString& from, const QString& text, const QString& name = {});

private:
    struct Report
    {
        QString url;
        QByteArray body;
        QByteArray contentType;
        QList<QPair<QByteArray, QByteArray>> headers;
        int attemptsLeft = 1;
    };

    void schedule(qint64 dueMs, Report report);
    void fire();
    void post(Report report);
    Report twilioReport(const SandboxState::StoredMessage& message, const SandboxLifecycle::Step& step) const;
    Report metaReport(const SandboxState::StoredMessage& message,
        const SandboxLifecycle::Step& step,
        const SandboxState::MetaWebhook& target,
        bool withPricing) const;
    static Report asKeyed(Report report, const SandboxState::KeyedWebhook& target);

    SandboxState& m_state;
    QNetworkAccessManager* m_network;
    QMultiMap<qint64, Report> m_queue; // due (ms since epoch) -> report
    QTimer m_timer;
};
