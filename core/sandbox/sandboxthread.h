#pragma once

#include <QObject>
#include <QThread>

class SandboxServer;

// Runs a SandboxServer on a thread of its own, as the demo does: answering a thousand requests a second must not
// hold up the window. The server's address, state and configure() may be used from any thread.
class SandboxThread
{
public:
    SandboxThread();
    ~SandboxThread();
    SandboxThread(const SandboxThread&) = delete;
    SandboxThread& operator=(const SandboxThread&) = delete;

    // Listens on 127.0.0.1 (port 0: a free one) and returns the port once it does, or 0.
    quint16 start(quint16 port = 0);
    SandboxServer* server() const;

private:
    QThread m_thread;
    QObject* m_anchor; // lives on the sandbox thread, for calls into it
    SandboxServer* m_server = nullptr;
};
