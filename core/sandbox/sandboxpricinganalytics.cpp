#include "sandboxpricinganalytics.h"

#include "metasandbox.h"
#include "phone/phonenumbers.h"
#include "pricing/ratecard.h"
#include "sandboxaccounts.h"
#include "sandboxstate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>

#include <map>
#include <tuple>

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 kDaySeconds = 24 * 3600;

SandboxReply badParameter(const QString& message)
{
    return MetaSandbox::error(400, 100, u"(#100) %1"_s.arg(message));
}

// A Graph array parameter: ["A","B"] or A,B.
QStringList listOf(const SandboxRequest& request, const QString& name)
{
    const QString raw = request.query.queryItemValue(name, QUrl::FullyDecoded).trimmed();
    if (raw.startsWith(u'[')) {
        QStringList items;
        for (const QJsonValue& v : QJsonDocument::fromJson(raw.toUtf8()).array())
            items << (v.isString() ? v.toString() : QString::number(v.toDouble(), 'f', 0));
        return items;
    }
    return raw.split(u',', Qt::SkipEmptyParts);
}
} // namespace

SandboxReply SandboxPricingAnalytics::answer(
    const SandboxState& state, const QString& wabaId, const SandboxRequest& request)
{
    if (wabaId != QString::fromUtf16(SandboxAccounts::metaWabaId))
        return MetaSandbox::error(400, 100,
            u"Unsupported get request. Object with ID '%1' does not exist, cannot be loaded due to missing "
            "permissions, or does not support this operation."_s.arg(wabaId),
            {}, u"GraphMethodException"_s);
    bool startOk = false;
    bool endOk = false;
    const qint64 start = request.query.queryItemValue(u"start"_s).toLongLong(&startOk);
    const qint64 end = request.query.queryItemValue(u"end"_s).toLongLong(&endOk);
    if (!startOk)
        return badParameter(u"The parameter start is required"_s);
    if (!endOk)
        return badParameter(u"The parameter end is required"_s);
    if (end <= start)
        return badParameter(u"end must be after start"_s);
    const QString granularity = request.query.queryItemValue(u"granularity"_s);
    if (granularity.isEmpty())
        return badParameter(u"The parameter granularity is required"_s);
    if (granularity != u"DAILY"_s && granularity != u"MONTHLY"_s && granularity != u"HALF_HOUR"_s)
        return badParameter(
            u"Param granularity must be one of {HALF_HOUR, DAILY, MONTHLY} - got \"%1\""_s.arg(granularity));
    const QStringList metrics = listOf(request, u"metric_types"_s);
    for (const QString& m : metrics) {
        if (m != u"COST"_s && m != u"VOLUME"_s)
            return badParameter(u"Param metric_types[0] must be one of {VOLUME, COST} - got \"%1\""_s.arg(m));
    }
    const QStringList dimensions = listOf(request, u"dimensions"_s);
    static const QStringList kDimensions
        = {u"PHONE"_s, u"COUNTRY"_s, u"PRICING_TYPE"_s, u"PRICING_CATEGORY"_s, u"TIER"_s};
    for (const QString& d : dimensions) {
        if (!kDimensions.contains(d))
            return badParameter(
                u"Param dimensions[0] must be one of {PHONE, COUNTRY, PRICING_TYPE, PRICING_CATEGORY, TIER} - got "
                "\"%1\""_s.arg(d));
    }
    const QString display
        = QString::fromUtf16(SandboxAccounts::metaDisplayNumber).remove(QRegularExpression(u"[^0-9]"_s));
    const QStringList phones = listOf(request, u"phone_numbers"_s);
    const bool ours = phones.isEmpty() || phones.contains(display);

    static const RateCard card = RateCard::builtin().value();
    // (bucket start, country, category) -> (volume, cost)
    std::map<std::tuple<qint64, QString, QString>, std::pair<qint64, double>> buckets;
    if (ours) {
        for (const SandboxState::StoredMessage& m : state.messages(u"meta_cloud"_s)) {
            const qint64 at = m.created.toSecsSinceEpoch();
            if (m.inbound || m.asyncErrorCode != 0 || at < start || at >= end)
                continue;
            qint64 bucket = at - at % kDaySeconds;
            if (granularity == u"MONTHLY"_s) {
                const QDate day = m.created.toUTC().date();
                bucket = QDateTime(QDate(day.year(), day.month(), 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
            } else if (granularity == u"HALF_HOUR"_s) {
                bucket = at - at % 1800;
            }
            const QString category = m.pricingCategory.isEmpty() ? u"service"_s : m.pricingCategory;
            const auto price = card.priceForNumber(m.to, messageCategoryFromName(category));
            const QString country = dimensions.contains(u"COUNTRY"_s) ? phoneRegionOf(m.to) : QString();
            auto& [volume, cost] = buckets[{
                bucket, country, dimensions.contains(u"PRICING_CATEGORY"_s) ? category.toUpper() : QString()}];
            volume += 1;
            cost += price ? price->usd : 0;
        }
    }
    QJsonArray points;
    for (const auto& [key, value] : buckets) {
        const auto& [bucket, country, category] = key;
        qint64 bucketEnd = bucket + kDaySeconds;
        if (granularity == u"MONTHLY"_s)
            bucketEnd = QDateTime::fromSecsSinceEpoch(bucket, Qt::UTC).addMonths(1).toSecsSinceEpoch();
        else if (granularity == u"HALF_HOUR"_s)
            bucketEnd = bucket + 1800;
        QJsonObject p {{u"start"_s, bucket}, {u"end"_s, bucketEnd}};
        if (!country.isEmpty())
            p.insert(u"country"_s, country);
        if (!category.isEmpty()) {
            p.insert(u"pricing_category"_s, category);
            p.insert(u"pricing_type"_s, u"REGULAR"_s);
        }
        if (metrics.isEmpty() || metrics.contains(u"VOLUME"_s))
            p.insert(u"volume"_s, value.first);
        if (metrics.isEmpty() || metrics.contains(u"COST"_s))
            p.insert(u"cost"_s, std::round(value.second * 10000) / 10000);
        points.append(p);
    }
    // Pages of kPageSize points; the cursor is the offset, base64 as Graph's cursors look.
    const int offset = QByteArray::fromBase64(request.query.queryItemValue(u"after"_s).toLatin1()).toInt();
    QJsonArray page;
    for (int i = offset; i < points.size() && page.size() < kPageSize; ++i)
        page.append(points.at(i));
    QJsonObject body {
        {u"data"_s, QJsonArray {QJsonObject {{u"granularity"_s, granularity}, {u"data_points"_s, page}}}}};
    QJsonObject cursors {{u"before"_s, QString::fromLatin1(QByteArray::number(offset).toBase64())}};
    QJsonObject paging;
    if (offset + page.size() < points.size()) {
        const QString after = QString::fromLatin1(QByteArray::number(offset + int(page.size())).toBase64());
        cursors.insert(u"after"_s, after);
        paging.insert(u"next"_s, u"%1?after=%2"_s.arg(request.path, after));
    }
    paging.insert(u"cursors"_s, cursors);
    body.insert(u"paging"_s, paging);
    return SandboxReply::json(200, body);
}
