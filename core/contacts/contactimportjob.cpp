#include "contactimportjob.h"

#include "storage/databasetask.h"

ContactImportJob::ContactImportJob(
    QString databasePath, QByteArray csv, ContactImporter::Mapping mapping, QString defaultRegion, QObject* parent)
    : QObject(parent)
    , m_path(std::move(databasePath))
    , m_csv(std::move(csv))
    , m_mapping(std::move(mapping))
    , m_region(std::move(defaultRegion))
    , m_cancelled(std::make_shared<std::atomic_bool>(false))
{ }

ContactImportJob::~ContactImportJob()
{
    // A job dropped mid-import still stops the thread's work; the thread finishes on its own.
    cancel();
}

void ContactImportJob::start()
{
    m_running = true;
    const Mailbox mailbox(this);
    auto report = [this, mailbox](int done, int total) {
        mailbox.post([this, done, total] { Q_EMIT progressed(done, total); });
    };
    runOnDatabaseThread<ContactImporter::Report>(
        this, m_path,
        [report, cancelled = m_cancelled, csv = m_csv, mapping = m_mapping, region = m_region](
            Database& database) { return ContactImporter(database, region, cancelled).import(csv, mapping, report); },
        [this](const Result<ContactImporter::Report>& result) {
            m_running = false;
            Q_EMIT finished(result);
        });
}

void ContactImportJob::cancel()
{
    m_cancelled->store(true); // read by the importer between chunks, on its thread
}

bool ContactImportJob::isRunning() const
{
    return m_running;
}
