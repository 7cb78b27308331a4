#include "contactimportjob.h"

#include "storage/database.h"

#include <QPointer>
#include <QThread>

// What the worker thread and the job share; it outlives whichever of them ends last.
struct ContactImportJob::Shared
{
    Database database; // opened and closed on the worker thread
    std::unique_ptr<ContactImporter> importer;
    QAtomicInt cancelled;
};

ContactImportJob::ContactImportJob(
    QString databasePath, QByteArray csv, ContactImporter::Mapping mapping, QString defaultRegion, QObject* parent)
    : QObject(parent)
    , m_shared(std::make_shared<Shared>())
    , m_path(std::move(databasePath))
    , m_csv(std::move(csv))
    , m_mapping(std::move(mapping))
    , m_region(std::move(defaultRegion))
{
    m_shared->importer = std::make_unique<ContactImporter>(m_shared->database, m_region);
}

ContactImportJob::~ContactImportJob()
{
    // A job dropped mid-import still stops the thread's work; the thread finishes on its own.
    cancel();
}

void ContactImportJob::start()
{
    m_running = true;
    QPointer<ContactImportJob> self(this);
    QThread* thread = QThread::create([shared = m_shared, path = m_path, csv = m_csv, mapping = m_mapping, self] {
        auto report = [self](auto&& deliver) {
            if (self)
                QMetaObject::invokeMethod(self.data(), std::forward<decltype(deliver)>(deliver), Qt::QueuedConnection);
        };
        Result<ContactImporter::Report> result = Result<ContactImporter::Report>::failure(QString());
        const Status opened = shared->database.open(path);
        if (!opened.isOk()) {
            result = opened;
        } else if (shared->cancelled.loadRelaxed()) {
            ContactImporter::Report cancelled;
            cancelled.cancelled = true;
            result = cancelled;
        } else {
            result = shared->importer->import(csv, mapping, [report, self](int done, int total) {
                report([self, done, total] {
                    if (self)
                        Q_EMIT self->progressed(done, total);
                });
            });
        }
        shared->database.close();
        report([self, result] {
            if (!self)
                return;
            self->m_running = false;
            Q_EMIT self->finished(result);
        });
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

void ContactImportJob::cancel()
{
    m_shared->cancelled.storeRelaxed(1);
    m_shared->importer->cancel();
}

bool ContactImportJob::isRunning() const
{
    return m_running;
}
