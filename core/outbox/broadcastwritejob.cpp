#include "broadcastwritejob.h"

#include "storage/databasetask.h"

BroadcastWriteJob::BroadcastWriteJob(QString databasePath,
    qint64 profileId,
    OutgoingMessage message,
    QList<Recipient> recipients,
    Outbox::BroadcastOptions options,
    QObject* parent)
    : QObject(parent)
    , m_path(std::move(databasePath))
    , m_profileId(profileId)
    , m_message(std::move(message))
    , m_recipients(std::move(recipients))
    , m_options(std::move(options))
    , m_cancelled(std::make_shared<std::atomic_bool>(false))
{ }

void BroadcastWriteJob::start()
{
    m_running = true;
    const Mailbox mailbox(this);
    auto report = [this, mailbox, cancelled = m_cancelled](int done, int total) {
        mailbox.post([this, done, total] { Q_EMIT progressed(done, total); });
        return !cancelled->load();
    };
    runOnDatabaseThread<qint64>(
        this, m_path,
        [report, profileId = m_profileId, message = m_message, recipients = std::move(m_recipients),
            options = m_options](Database& database) {
            return Outbox(database).broadcasts().create(profileId, message, recipients, options, report);
        },
        [this](const Result<qint64>& result) {
            m_running = false;
            Q_EMIT finished(result);
        });
}

void BroadcastWriteJob::cancel()
{
    m_cancelled->store(true);
}

bool BroadcastWriteJob::isRunning() const
{
    return m_running;
}
