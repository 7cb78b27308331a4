#include "receiverthread.h"

#include "storage/database.h"

#include <QCoreApplication>

ReceiverThread::ReceiverThread(
    QString databasePath, const ProviderRegistry& registry, ProfileService& secrets, QObject* parent)
    : QObject(parent), m_path(std::move(databasePath)), m_registry(registry), m_secrets(secrets), m_anchor(new QObject)
{
    m_thread.setObjectName(QStringLiteral("tandem-webhooks"));
    m_anchor->moveToThread(&m_thread);
}

ReceiverThread::~ReceiverThread()
{
    stop();
    delete m_anchor;
}

quint16 ReceiverThread::start(quint16 port, const QHostAddress& address, const WebhookServer::Options& options)
{
    stop();
    m_thread.start();
    m_error.clear();
    // Made, and listening, on its own thread; this waits the moment that takes.
    QMetaObject::invokeMethod(
        m_anchor,
        [this, port, address, options] {
            m_database = new Database;
            const Status opened = m_database->open(m_path);
            if (!opened.isOk()) {
                m_error = opened.error();
                return;
            }
            m_server = new WebhookServer(*m_database, m_registry, m_secrets, options);
            connect(m_server, &WebhookServer::received, this, &ReceiverThread::received);
            connect(m_server, &WebhookServer::refused, this, &ReceiverThread::refused);
            m_port = m_server->start(port, address);
            if (m_port == 0)
                m_error = QCoreApplication::translate("ReceiverThread",
                    "Port %1 is in use or not allowed: choose another in the delivery report settings.")
                              .arg(port);
        },
        Qt::BlockingQueuedConnection);
    if (m_port == 0)
        stop();
    return m_port;
}

void ReceiverThread::stop()
{
    if (!m_thread.isRunning())
        return;
    QMetaObject::invokeMethod(
        m_anchor,
        [this] {
            if (m_server)
                m_server->stop();
            delete m_server;
            m_server = nullptr;
            if (m_database)
                m_database->close();
            delete m_database;
            m_database = nullptr;
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    m_port = 0;
}

bool ReceiverThread::isListening() const
{
    return m_port != 0;
}

quint16 ReceiverThread::port() const
{
    return m_port;
}

QString ReceiverThread::error() const
{
    return m_error;
}

void ReceiverThread::sendersChanged()
{
    WebhookServer* server = m_server;
    if (server)
        QMetaObject::invokeMethod(
            m_anchor, [server] { server->sendersChanged(); }, Qt::QueuedConnection);
}
