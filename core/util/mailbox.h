#pragma once

#include <QMutex>
#include <QObject>

#include <functional>
#include <memory>

// Delivers calls from any thread to the thread an object lives on, for as long as it lives. Reading a QPointer from
// another thread races with the object's destruction; here the destruction and every delivery take the same lock,
// so a call is either queued to a living object (whose pending calls Qt drops if it is destroyed later) or not at
// all. Copies share one box.
class Mailbox
{
public:
    // Made on the target's thread.
    explicit Mailbox(QObject* target);

    // Queues `call` to run on the target's thread; false when the target is gone.
    bool post(std::function<void()> call) const;

private:
    struct Box
    {
        QMutex mutex;
        QObject* target = nullptr;
    };
    std::shared_ptr<Box> m_box;
};
