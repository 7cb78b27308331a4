#pragma once

#include "outboxworker.h"

#include <QObject>
#include <QThread>

class ProfileService;
class ProviderRegistry;

// Runs an OutboxWorker on a thread of its own, with its own database connection, so that sending, recording and
// reconciling never hold up the window. The window reaches it only through queued calls and its signals; it reads
// the outbox on its own connection.
class OutboxThread : public QObject
{
    Q_OBJECT
public:
    // secrets: the window's profile service; the worker asks it for tokens on its thread.
    OutboxThread(QString databasePath,
        const ProviderRegistry& registry,
        ProfileService& secrets,
        OutboxWorker::Options options,
        QObject* parent = nullptr);
    // Stops as stopAndWait(3000) does.
    ~OutboxThread() override;

    void start();
    bool isRunning() const;
    // A sender's settings or tokens changed (or it was removed): its providers are built afresh.
    void sendersChanged();
    // The webhook receiver's public address changed (empty: none): Twilio sends from now on carry a StatusCallback
    // to it, or are polled.
    void setReceiverUrl(const QString& publicUrl);
    // Claims nothing more and waits up to `milliseconds` for the requests in flight to be answered and recorded.
    // Requests still out after that are left to their leases: another Tandem (or this one, next time) finds them
    // unconfirmed once the leases run out, and checks with the provider where it can.
    void stopAndWait(int milliseconds);

Q_SIGNALS:
    void progressed();
    void settled(int confirmed, int resent);
    // Customers' messages fetched from Twilio (without a receiver).
    void received(int messages);
    void failedToRecord(const QString& error);
    void failedToStart(const QString& error);

private:
    class Host;

    QString m_path;
    const ProviderRegistry& m_registry;
    ProfileService& m_secrets;
    OutboxWorker::Options m_options;
    QThread m_thread;
    Host* m_host = nullptr;
};
