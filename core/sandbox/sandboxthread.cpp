#include "sandboxthread.h"

#include "sandboxserver.h"

SandboxThread::SandboxThread() : m_anchor(new QObject)
{
    m_thread.setObjectName(QStringLiteral("tandem-sandbox"));
    m_anchor->moveToThread(&m_thread);
}

SandboxThread::~SandboxThread()
{
    if (m_thread.isRunning()) {
        QMetaObject::invokeMethod(
            m_anchor, [this] { delete m_server; }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    delete m_anchor;
}

quint16 SandboxThread::start(quint16 port)
{
    m_thread.start();
    quint16 listening = 0;
    // The server is made and listens on its own thread; this waits the moment that takes.
    QMetaObject::invokeMethod(
        m_anchor,
        [this, port, &listening] {
            m_server = new SandboxServer;
            listening = m_server->start(port);
        },
        Qt::BlockingQueuedConnection);
    return listening;
}

SandboxServer* SandboxThread::server() const
{
    return m_server;
}
