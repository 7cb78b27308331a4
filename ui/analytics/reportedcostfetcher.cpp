#include "reportedcostfetcher.h"

#include "analytics/reportedcostsync.h"
#include "appservices.h"
#include "profiles/providerfactory.h"
#include "providers/messagingprovider.h"
#include "providers/providerregistry.h"
#include "services/dataservices.h"

#include <QDateTime>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 kDayMs = 24LL * 3600 * 1000;
// Meta keeps a year of pricing analytics.
constexpr int kLookbackDays = 365;
} // namespace

ReportedCostFetcher::ReportedCostFetcher(AppServices& services, QObject* parent) : QObject(parent), m_services(services)
{ }

bool ReportedCostFetcher::isBusy() const
{
    return m_busy;
}

void ReportedCostFetcher::fetch(const QDate& from, const QDate& to, std::optional<qint64> profileId, bool force)
{
    if (m_busy)
        return;
    // Whole UTC days covering the owner's days.
    const qint64 today = QDateTime::currentMSecsSinceEpoch() / kDayMs * kDayMs;
    m_fromMs = qMax(QDateTime(from, QTime(0, 0)).toMSecsSinceEpoch() / kDayMs * kDayMs, today - kLookbackDays * kDayMs);
    m_toMs = qMin((QDateTime(to.addDays(1), QTime(0, 0)).toMSecsSinceEpoch() / kDayMs + 1) * kDayMs, today + kDayMs);
    m_queue.clear();
    m_problems.clear();
    m_asked = 0;
    const Result<QList<Profile>> profiles = m_services.data.profiles.list();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const Profile& p : profiles.isOk() ? profiles.value() : QList<Profile>()) {
        const ProviderDescriptor* descriptor = m_services.registry.find(p.kind);
        if (!descriptor || !descriptor->capabilities.reportedCosts || (profileId && *profileId != p.id))
            continue;
        const QDateTime last = m_services.data.reportedCosts.lastFetched(p.id).value();
        if (!force && last.isValid() && last.secsTo(now) < kFreshMinutes * 60)
            continue;
        m_queue << p;
    }
    if (m_queue.isEmpty() || m_fromMs >= m_toMs) {
        QMetaObject::invokeMethod(
            this, [this] { Q_EMIT finished(QString()); }, Qt::QueuedConnection);
        return;
    }
    m_busy = true;
    next();
}

void ReportedCostFetcher::next()
{
    if (m_queue.isEmpty()) {
        m_busy = false;
        const QString when = QLocale().toString(QTime::currentTime(), QLocale::ShortFormat);
        Q_EMIT finished(m_problems.isEmpty()
                ? tr("What Meta charged: asked at %1 for %n sender(s).", nullptr, m_asked).arg(when)
                : tr("What Meta charged could not be read: %1").arg(m_problems.join(u"; "_s)));
        return;
    }
    const Profile profile = m_queue.takeFirst();
    ++m_asked;
    m_services.providers.load(
        profile, &m_services.network, this, [this](const Result<MessagingProvider*>& made, const Profile& p) {
            if (!made.isOk()) {
                m_problems << u"%1: %2"_s.arg(p.name, made.error());
                return next();
            }
            MessagingProvider* provider = made.value();
            provider->setParent(this);
            auto* sync = new ReportedCostSync(
                m_services.data.reportedCosts, *provider, p.id, p.verifiedNumber, m_fromMs, m_toMs, this);
            connect(sync, &ReportedCostSync::finished, this, [this, sync, provider, p](const Status& status) {
                if (!status.isOk())
                    m_problems << u"%1: %2"_s.arg(p.name, status.error());
                sync->deleteLater();
                provider->deleteLater();
                next();
            });
            sync->start();
        });
}
