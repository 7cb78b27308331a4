#include "volumetiers.h"

#include "ratecard.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

#include <map>

using namespace Qt::StringLiterals;

namespace {
// "INDIA", "REST_OF_AFRICA", "Rest of Africa" and "rest of africa" name one market.
QString folded(const QString& name)
{
    QString s = name.toLower();
    s.replace(u'_', u' ');
    return s.simplified();
}
} // namespace

VolumeTiers::VolumeTiers(Database& database) : m_database(database)
{ }

QString VolumeTiers::eventKind()
{
    return u"pricing_tier"_s;
}

std::optional<VolumeTier> VolumeTiers::fromEvent(const QJsonObject& value)
{
    if (value.value(u"event"_s).toString() != u"VOLUME_BASED_PRICING_TIER_UPDATE"_s)
        return std::nullopt;
    const QJsonObject info = value.value(u"volume_tier_info"_s).toObject();
    VolumeTier tier;
    tier.month = info.value(u"effective_month"_s).toString();
    tier.category = info.value(u"pricing_category"_s).toString().toLower();
    tier.region = info.value(u"region"_s).toString();
    if (QDate::fromString(tier.month + u"-01"_s, Qt::ISODate).isNull() || tier.category.isEmpty()
        || tier.region.isEmpty())
        return std::nullopt;
    // "25000001:50000000"; the last tier may leave its end out.
    const QStringList range = info.value(u"tier"_s).toString().split(u':');
    bool ok = false;
    tier.from = range.value(0).trimmed().toLongLong(&ok);
    if (!ok || tier.from < 0 || range.size() > 2)
        return std::nullopt;
    const QString end = range.value(1).trimmed();
    if (!end.isEmpty()) {
        const qint64 to = end.toLongLong(&ok);
        if (ok && to >= tier.from)
            tier.to = to;
        else if (!ok || to >= 0) // a negative end is read as "no end"; anything else unreadable is refused
            return std::nullopt;
    }
    const qint64 seconds = info.value(u"tier_update_time"_s).toVariant().toLongLong(&ok);
    tier.since = ok && seconds > 0 ? QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC) : QDateTime();
    return tier;
}

Result<QList<VolumeTier>> VolumeTiers::forMonth(const QString& month) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT payload, received_at FROM webhook_events WHERE kind = ? ORDER BY received_at, id"_s);
    q.addBindValue(eventKind());
    if (!q.exec())
        return Status::failure(q.lastError().text());
    // The latest move per category and market: by Meta's time, else by when it arrived.
    std::map<std::pair<QString, QString>, VolumeTier> latest;
    while (q.next()) {
        std::optional<VolumeTier> tier = fromEvent(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object());
        if (!tier || tier->month != month)
            continue;
        if (!tier->since.isValid())
            tier->since = QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC);
        const std::pair key {tier->category, folded(tier->region)};
        const auto found = latest.find(key);
        if (found == latest.end() || found->second.since <= tier->since)
            latest[key] = *tier;
    }
    QList<VolumeTier> tiers;
    for (const auto& [key, tier] : latest)
        tiers << tier;
    std::stable_sort(tiers.begin(), tiers.end(),
        [](const VolumeTier& a, const VolumeTier& b) { return folded(a.region) < folded(b.region); });
    return tiers;
}

QString VolumeTiers::marketName(const QString& region, const RateCard& card)
{
    for (const RateCard::Market& m : card.markets()) {
        if (folded(m.name) == folded(region) || folded(m.key) == folded(region))
            return m.name;
    }
    QString name = folded(region);
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name;
}

QString VolumeTiers::describe(const VolumeTier& tier, const RateCard& card)
{
    const QLocale locale;
    const QString category = tier.category == u"utility"_s ? QCoreApplication::translate("VolumeTiers", "utility")
        : tier.category == u"authentication"_s ? QCoreApplication::translate("VolumeTiers", "authentication")
                                               : tier.category;
    const QString range = tier.to
        ? QCoreApplication::translate("VolumeTiers", "%1–%2 messages this month")
              .arg(locale.toString(tier.from), locale.toString(*tier.to))
        : QCoreApplication::translate("VolumeTiers", "%1 messages or more this month").arg(locale.toString(tier.from));
    QString line
        = QCoreApplication::translate("VolumeTiers", "%1, %2: %3").arg(marketName(tier.region, card), category, range);
    if (tier.since.isValid())
        line += QCoreApplication::translate("VolumeTiers", ", since %1")
                    .arg(locale.toString(tier.since.toLocalTime().date(), QLocale::ShortFormat));
    return line;
}
