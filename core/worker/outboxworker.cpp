#include "outboxworker.h"

#include "storage/database.h"

OutboxWorker::OutboxWorker(
    Database& database, const ProviderRegistry& registry, ProfileService& secrets, Options options, QObject* parent)
    : QObject(parent)
    , m_profiles(std::make_unique<ProfileRepository>(database, registry))
    , m_outbox(std::make_unique<Outbox>(database))
    , m_leases(std::make_unique<SenderLeases>(database))
    , m_senders(std::make_unique<SenderPool>(
          *m_profiles, secrets, registry, &RateLimiter::steadyClock, options.networkManagers))
{
    m_senders->setTransferTimeout(options.transferTimeoutMs);
    m_senders->setReceiverUrl(options.receiverUrl);
    options.dispatcher.polls = options.poller.schedule;
    options.reconciler.polls = options.poller.schedule;
    m_dispatcher = std::make_unique<Dispatcher>(*m_outbox, *m_leases, *m_senders, database, options.dispatcher);
    Dispatcher* dispatcher = m_dispatcher.get();
    m_reconciler = std::make_unique<Reconciler>(
        *m_outbox, *m_senders, [dispatcher] { return dispatcher->ownedSenders(); }, options.reconciler);
    m_poller = std::make_unique<StatusPoller>(database, *m_outbox, *m_senders, options.poller);
    m_inbound = std::make_unique<InboundPoller>(database, *m_profiles, *m_senders, *m_outbox, options.inbound);
    connect(m_inbound.get(), &InboundPoller::failed, this, &OutboxWorker::failedToRecord);
    connect(m_inbound.get(), &InboundPoller::received, this, &OutboxWorker::received);
    connect(m_dispatcher.get(), &Dispatcher::progressed, this, &OutboxWorker::progressed);
    connect(m_poller.get(), &StatusPoller::failed, this, &OutboxWorker::failedToRecord);
    connect(m_poller.get(), &StatusPoller::polled, this, &OutboxWorker::progressed);
    connect(m_dispatcher.get(), &Dispatcher::failedToRecord, this, &OutboxWorker::failedToRecord);
    connect(m_dispatcher.get(), &Dispatcher::unconfirmedFound, m_reconciler.get(), &Reconciler::checkSoon);
    connect(m_dispatcher.get(), &Dispatcher::stopped, this, &OutboxWorker::stopped);
    connect(m_reconciler.get(), &Reconciler::failed, this, &OutboxWorker::failedToRecord);
    connect(m_reconciler.get(), &Reconciler::settled, this, [this](int confirmed, int resent) {
        Q_EMIT settled(confirmed, resent);
        Q_EMIT progressed();
    });
}

OutboxWorker::~OutboxWorker()
{
    // The poller, reconciler and dispatcher hold references into the pool and outbox: they go first.
    m_inbound.reset();
    m_poller.reset();
    m_reconciler.reset();
    m_dispatcher.reset();
}

void OutboxWorker::start()
{
    m_dispatcher->start();
    m_reconciler->start();
    m_poller->start();
    m_inbound->start();
}

void OutboxWorker::stop()
{
    m_inbound->stop();
    m_poller->stop();
    m_reconciler->stop();
    m_dispatcher->stop();
}

void OutboxWorker::sendersChanged()
{
    m_senders->clear();
}

Outbox& OutboxWorker::outbox()
{
    return *m_outbox;
}

Dispatcher& OutboxWorker::dispatcher()
{
    return *m_dispatcher;
}

SenderPool& OutboxWorker::senders()
{
    return *m_senders;
}

Reconciler& OutboxWorker::reconciler()
{
    return *m_reconciler;
}

StatusPoller& OutboxWorker::poller()
{
    return *m_poller;
}

InboundPoller& OutboxWorker::inbound()
{
    return *m_inbound;
}
