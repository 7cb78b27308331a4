#include "mailbox.h"

Mailbox::Mailbox(QObject* target) : m_box(std::make_shared<Box>())
{
    m_box->target = target;
    std::weak_ptr<Box> box = m_box;
    // Runs inside the target's destructor, on its thread, before it is gone.
    QObject::connect(
        target, &QObject::destroyed, target,
        [box] {
            if (auto alive = box.lock()) {
                QMutexLocker lock(&alive->mutex);
                alive->target = nullptr;
            }
        },
        Qt::DirectConnection);
}

bool Mailbox::post(std::function<void()> call) const
{
    QMutexLocker lock(&m_box->mutex);
    if (!m_box->target)
        return false;
    QMetaObject::invokeMethod(m_box->target, std::move(call), Qt::QueuedConnection);
    return true;
}
