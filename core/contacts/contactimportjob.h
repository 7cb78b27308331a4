#pragma once

#include "contactimporter.h"

#include <QObject>

#include <atomic>
#include <memory>

// Runs a ContactImporter on its own thread with its own database connection, so the window stays responsive
// while 100,000 rows are read. Progress arrives as progressed(); the outcome as the one finished().
class ContactImportJob : public QObject
{
    Q_OBJECT
public:
    ContactImportJob(QString databasePath,
        QByteArray csv,
        ContactImporter::Mapping mapping,
        QString defaultRegion,
        QObject* parent = nullptr);
    ~ContactImportJob() override;

    void start();
    // The import stops at its next chunk and rolls back; finished() then reports cancelled.
    void cancel();
    bool isRunning() const;

Q_SIGNALS:
    void progressed(int done, int total);
    void finished(const Result<ContactImporter::Report>& result);

private:
    QString m_path;
    QByteArray m_csv;
    ContactImporter::Mapping m_mapping;
    QString m_region;
    std::shared_ptr<std::atomic_bool> m_cancelled;
    bool m_running = false;
};
