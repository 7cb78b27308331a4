#include "reportedcostsync.h"

#include "providers/messagingprovider.h"
#include "reportedcosts.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

ReportedCostSync::ReportedCostSync(ReportedCosts& store,
    MessagingProvider& provider,
    qint64 profileId,
    QString phoneNumber,
    qint64 fromMs,
    qint64 toMs,
    QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_provider(provider)
    , m_profileId(profileId)
    , m_phoneNumber(std::move(phoneNumber))
    , m_fromMs(fromMs)
    , m_toMs(toMs)
{ }

namespace {
constexpr qint64 kDayMs = 24LL * 3600 * 1000;
}

void ReportedCostSync::start()
{
    request(m_fromMs, QString());
}

void ReportedCostSync::request(qint64 fromMs, const QString& next)
{
    if (fromMs != m_windowFromMs)
        m_pages = 0;
    m_windowFromMs = fromMs;
    const qint64 toMs = qMin(m_toMs, fromMs + kDaysPerRequest * kDayMs);
    ProviderJob* job = m_provider.reportedCosts(fromMs / 1000, toMs / 1000, m_phoneNumber, next);
    connect(job, &ProviderJob::finished, this, [this, fromMs, toMs](const ProviderResult& result) {
        if (!result.isOk()) { // in Tandem's words, then Meta's own
            const QString meta = result.error.providerMessage;
            return finish(Status::failure(
                meta.isEmpty() ? result.error.explanation : u"%1 (%2)"_s.arg(result.error.explanation, meta)));
        }
        ++m_pages;
        m_points << result.details.value(u"points"_s).toList();
        const QString following = result.details.value(u"next"_s).toString();
        if (!following.isEmpty() && m_pages < kMostPages)
            return request(fromMs, following);
        if (toMs < m_toMs)
            return request(toMs, QString());
        QList<ReportedCosts::Point> points;
        for (const QVariant& v : std::as_const(m_points)) {
            const QVariantMap p = v.toMap();
            points << ReportedCosts::Point {p.value(u"day_start"_s).toLongLong() * 1000,
                p.value(u"country"_s).toString(), p.value(u"category"_s).toString(), p.value(u"volume"_s).toLongLong(),
                p.value(u"cost"_s).toDouble()};
        }
        finish(m_store.replace(m_profileId, m_fromMs, m_toMs, points, QDateTime::currentMSecsSinceEpoch()));
    });
}

void ReportedCostSync::finish(const Status& status)
{
    QMetaObject::invokeMethod(
        this, [this, status] { Q_EMIT finished(status); }, Qt::QueuedConnection);
}
