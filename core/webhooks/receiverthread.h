#pragma once

#include "webhookserver.h"

#include <QObject>
#include <QThread>

class Database;
class ProfileService;
class ProviderRegistry;

// Runs the webhook receiver on a thread of its own with its own database connection, as the desktop app does:
// storing a burst of reports never holds up the window. Senders' secrets are read through the window's profile
// service.
class ReceiverThread : public QObject
{
    Q_OBJECT
public:
    ReceiverThread(
        QString databasePath, const ProviderRegistry& registry, ProfileService& secrets, QObject* parent = nullptr);
    ~ReceiverThread() override;

    // Listens (port 0: a free one) and returns the port once it does; 0 with error() set when it cannot.
    quint16 start(quint16 port, const QHostAddress& address, const WebhookServer::Options& options);
    void stop();
    bool isListening() const;
    quint16 port() const;
    QString error() const;
    // A sender's settings or secrets changed.
    void sendersChanged();

Q_SIGNALS:
    // New reports and customers' messages were stored (on the receiver's thread; delivered queued).
    void received(int statuses, int messages);
    void refused(const QString& reason);

private:
    QString m_path;
    const ProviderRegistry& m_registry;
    ProfileService& m_secrets;
    QThread m_thread;
    QObject* m_anchor; // lives on the receiver's thread, for calls into it
    WebhookServer* m_server = nullptr;
    Database* m_database = nullptr;
    quint16 m_port = 0;
    QString m_error;
};
