#pragma once

#include "outbox.h"

#include <QObject>

#include <atomic>
#include <memory>

// Writes a new broadcast's rows on a thread of its own with its own database connection, so queueing 100,000
// recipients never holds up the window. Progress arrives as progressed(); the outcome (the broadcast's id) as the
// one finished(). Cancel stops it and leaves nothing behind.
class BroadcastWriteJob : public QObject
{
    Q_OBJECT
public:
    BroadcastWriteJob(QString databasePath,
        qint64 profileId,
        OutgoingMessage message,
        QList<Recipient> recipients,
        Outbox::BroadcastOptions options,
        QObject* parent = nullptr);

    void start();
    void cancel();
    bool isRunning() const;

Q_SIGNALS:
    void progressed(int done, int total);
    void finished(const Result<qint64>& broadcastId);

private:
    QString m_path;
    qint64 m_profileId;
    OutgoingMessage m_message;
    QList<Recipient> m_recipients;
    Outbox::BroadcastOptions m_options;
    std::shared_ptr<std::atomic_bool> m_cancelled;
    bool m_running = false;
};
