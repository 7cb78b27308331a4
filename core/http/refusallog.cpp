#include "refusallog.h"

#include "util/logsafe.h"

#include <QStringList>

using namespace Qt::StringLiterals;

RefusalLog::RefusalLog(const QLoggingCategory& category, QObject* parent) : QObject(parent), m_category(category)
{
    m_minute.setInterval(60 * 1000);
    connect(&m_minute, &QTimer::timeout, this, &RefusalLog::flush);
}

RefusalLog::~RefusalLog()
{
    flush();
}

void RefusalLog::count(const QString& why)
{
    const QString reason = logSafe(why, 120); // Tandem's words; escaped all the same, should that ever change
    if (!m_minute.isActive())
        m_minute.start();
    auto it = m_counts.find(reason);
    if (it == m_counts.end()) {
        m_counts.insert(reason, 0);
        qCWarning(m_category).noquote() << "refused a request:" << reason
                                        << "(more like it in the next minute are counted, not logged)";
        return;
    }
    ++it.value();
}

void RefusalLog::flush()
{
    QStringList parts;
    for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it) {
        if (it.value() > 0)
            parts << u"%1 × %2"_s.arg(it.value()).arg(it.key());
    }
    m_counts.clear();
    if (parts.isEmpty()) {
        m_minute.stop();
        return;
    }
    qCWarning(m_category).noquote() << "refused in the last minute:" << parts.join(u", "_s);
}
