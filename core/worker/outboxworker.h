#pragma once

#include "outbox/dispatcher.h"
#include "inbox/inboundpoller.h"
#include "outbox/outbox.h"
#include "outbox/reconciler.h"
#include "outbox/senderleases.h"
#include "outbox/senderpool.h"
#include "outbox/statuspoller.h"
#include "profiles/profilerepository.h"

#include <QObject>

#include <memory>

class Database;
class ProfileService;
class ProviderRegistry;

// Everything that sends the outbox, over one database connection on the thread it lives on: the dispatcher with its
// sender pool and leases, the reconciler that settles unconfirmed rows, and the poller that asks Twilio what became
// of accepted messages. tandem-cli runs one on its main thread;
// the window runs one on its own thread (OutboxThread).
class OutboxWorker : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        Dispatcher::Options dispatcher;
        Reconciler::Options reconciler;
        StatusPoller::Options poller; // its schedule is also the dispatcher's and reconciler's
        InboundPoller::Options inbound;
        // The public address of the webhook receiver: Twilio sends then carry a StatusCallback to it.
        QString receiverUrl;
        int networkManagers = 4;
        int transferTimeoutMs = 0; // 0: the providers' default
    };

    // secrets: where sender tokens are read; it may live on another thread.
    OutboxWorker(Database& database,
        const ProviderRegistry& registry,
        ProfileService& secrets,
        Options options,
        QObject* parent = nullptr);
    ~OutboxWorker() override;

    void start();
    // Claims nothing more, waits for the requests in flight, records them, then emits stopped().
    void stop();
    // A sender's settings or tokens changed (or it was removed): providers are built afresh.
    void sendersChanged();

    Outbox& outbox();
    Dispatcher& dispatcher();
    SenderPool& senders();
    Reconciler& reconciler();
    StatusPoller& poller();
    InboundPoller& inbound();

Q_SIGNALS:
    void progressed();
    void settled(int confirmed, int resent);
    // Customers' messages fetched from Twilio (without a receiver).
    void received(int messages);
    void failedToRecord(const QString& error);
    void stopped();

private:
    std::unique_ptr<ProfileRepository> m_profiles;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<SenderLeases> m_leases;
    std::unique_ptr<SenderPool> m_senders;
    std::unique_ptr<Dispatcher> m_dispatcher;
    std::unique_ptr<Reconciler> m_reconciler;
    std::unique_ptr<StatusPoller> m_poller;
    std::unique_ptr<InboundPoller> m_inbound;
};
