#include "sendoncebody.h"

#include <cstring>

SendOnceBody::SendOnceBody(QByteArray data, QObject* parent) : QIODevice(parent), m_data(std::move(data))
{
    // Unbuffered: QIODevice must not read ahead, so "read to the end" means Qt's network code has every byte.
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

bool SendOnceBody::consumed() const
{
    return m_consumed;
}

bool SendOnceBody::isSequential() const
{
    // Random access, so that Qt uses the device as it is instead of copying it into a buffer it can rewind.
    return false;
}

qint64 SendOnceBody::size() const
{
    return m_data.size();
}

bool SendOnceBody::seek(qint64 position)
{
    if (m_consumed && position < m_data.size())
        return false;
    return QIODevice::seek(position);
}

bool SendOnceBody::reset()
{
    return seek(0);
}

qint64 SendOnceBody::readData(char* data, qint64 maxSize)
{
    const qint64 at = pos();
    const qint64 n = qMin(maxSize, qint64(m_data.size()) - at);
    if (n <= 0)
        return 0;
    std::memcpy(data, m_data.constData() + at, size_t(n));
    if (at + n >= m_data.size())
        m_consumed = true;
    return n;
}

qint64 SendOnceBody::writeData(const char*, qint64)
{
    return -1;
}
