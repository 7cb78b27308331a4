#include "outboxthread.h"

#include "storage/database.h"

#include <QDeadlineTimer>

// Lives on the worker thread: opens the database there, owns the worker, closes both there.
class OutboxThread::Host : public QObject
{
    Q_OBJECT
public:
    ~Host() override
    {
        m_worker.reset();
        m_database.close();
    }

    void open(
        const QString& path, const ProviderRegistry& registry, ProfileService& secrets, OutboxWorker::Options options)
    {
        const Status opened = m_database.open(path);
        if (!opened.isOk()) {
            Q_EMIT failedToStart(opened.error());
            return;
        }
        m_worker = std::make_unique<OutboxWorker>(m_database, registry, secrets, std::move(options));
        connect(m_worker.get(), &OutboxWorker::progressed, this, &Host::progressed);
        connect(m_worker.get(), &OutboxWorker::settled, this, &Host::settled);
        connect(m_worker.get(), &OutboxWorker::received, this, &Host::received);
        connect(m_worker.get(), &OutboxWorker::failedToRecord, this, &Host::failedToRecord);
        connect(m_worker.get(), &OutboxWorker::stopped, this, [] { QThread::currentThread()->quit(); });
        m_worker->start();
    }
    void stop()
    {
        if (m_worker)
            m_worker->stop();
        else
            QThread::currentThread()->quit();
    }
    void sendersChanged()
    {
        if (m_worker)
            m_worker->sendersChanged();
    }
    void setReceiverUrl(const QString& url)
    {
        if (m_worker)
            m_worker->senders().setReceiverUrl(url);
    }

Q_SIGNALS:
    void progressed();
    void settled(int confirmed, int resent);
    void received(int messages);
    void failedToRecord(const QString& error);
    void failedToStart(const QString& error);

private:
    Database m_database;
    std::unique_ptr<OutboxWorker> m_worker;
};

OutboxThread::OutboxThread(QString databasePath,
    const ProviderRegistry& registry,
    ProfileService& secrets,
    OutboxWorker::Options options,
    QObject* parent)
    : QObject(parent)
    , m_path(std::move(databasePath))
    , m_registry(registry)
    , m_secrets(secrets)
    , m_options(std::move(options))
{
    m_thread.setObjectName(QStringLiteral("tandem-outbox"));
}

OutboxThread::~OutboxThread()
{
    stopAndWait(3000);
}

void OutboxThread::start()
{
    if (m_host)
        return;
    m_host = new Host;
    m_host->moveToThread(&m_thread);
    connect(m_host, &Host::progressed, this, &OutboxThread::progressed);
    connect(m_host, &Host::settled, this, &OutboxThread::settled);
    connect(m_host, &Host::received, this, &OutboxThread::received);
    connect(m_host, &Host::failedToRecord, this, &OutboxThread::failedToRecord);
    connect(m_host, &Host::failedToStart, this, &OutboxThread::failedToStart);
    connect(&m_thread, &QThread::finished, m_host, &QObject::deleteLater);
    Host* host = m_host;
    connect(&m_thread, &QThread::started, host,
        [host, path = m_path, registry = &m_registry, secrets = &m_secrets, options = m_options] {
            host->open(path, *registry, *secrets, options);
        });
    m_thread.start();
}

bool OutboxThread::isRunning() const
{
    return m_thread.isRunning();
}

void OutboxThread::sendersChanged()
{
    if (m_host)
        QMetaObject::invokeMethod(m_host, &Host::sendersChanged, Qt::QueuedConnection);
}

void OutboxThread::setReceiverUrl(const QString& publicUrl)
{
    m_options.receiverUrl = publicUrl;
    if (m_host) {
        Host* host = m_host;
        QMetaObject::invokeMethod(
            host, [host, publicUrl] { host->setReceiverUrl(publicUrl); }, Qt::QueuedConnection);
    }
}

void OutboxThread::stopAndWait(int milliseconds)
{
    if (!m_host)
        return;
    QMetaObject::invokeMethod(m_host, &Host::stop, Qt::QueuedConnection);
    if (!m_thread.wait(QDeadlineTimer(milliseconds))) {
        m_thread.quit();
        m_thread.wait();
    }
    m_host = nullptr; // deleted on its thread as the thread finished
}

#include "outboxthread.moc"
