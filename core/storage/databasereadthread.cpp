#include "databasereadthread.h"

DatabaseReadThread::DatabaseReadThread(QString path)
    : m_path(std::move(path)), m_anchor(new QObject), m_database(std::make_shared<Database>())
{
    m_thread.setObjectName(QStringLiteral("tandem-reads"));
    m_anchor->moveToThread(&m_thread);
    m_thread.start();
}

DatabaseReadThread::~DatabaseReadThread()
{
    // Reads still queued run first; then the connection closes on the thread that used it.
    QMetaObject::invokeMethod(
        m_anchor, [database = m_database] { database->close(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_anchor;
}

void DatabaseReadThread::post(std::function<void(Database* database, const Status& opened)> task)
{
    QMetaObject::invokeMethod(
        m_anchor,
        [this, task = std::move(task)] {
            if (!m_triedOpening) {
                m_triedOpening = true;
                m_opened = m_database->open(m_path);
            }
            task(m_database.get(), m_opened);
        },
        Qt::QueuedConnection);
}
