#include "comparisondata.h"

#include <algorithm>

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {
std::optional<double> price(const QJsonValue& value)
{
    if (value.isDouble())
        return value.toDouble();
    return std::nullopt;
}
} // namespace

namespace {
// A text of the file in the owner's language, when a translation has it (see comparisontexts.cpp).
QString translated(const QJsonValue& value)
{
    return QCoreApplication::translate("ComparisonData", value.toString().toUtf8().constData());
}
} // namespace

Result<ComparisonData> ComparisonData::fromJson(const QByteArray& json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return Result<ComparisonData>::failure(
            QCoreApplication::translate("ComparisonData", "The comparison data is not valid JSON: %1")
                .arg(error.errorString()));
    const QJsonObject root = document.object();
    ComparisonData data;
    const QJsonObject providers = root.value(u"providers"_s).toObject();
    for (auto it = providers.begin(); it != providers.end(); ++it) {
        const QJsonObject p = it.value().toObject();
        ProviderFacts facts;
        facts.column = p.value(u"column"_s).toInt();
        facts.name = p.value(u"name"_s).toString();
        facts.setupTime = translated(p.value(u"setup_time"_s));
        facts.steps = translated(p.value(u"steps"_s));
        facts.feePerMessageUsd = p.value(u"fee_per_message_usd"_s).toDouble();
        facts.feeNote = translated(p.value(u"fee_note"_s));
        facts.feeSource = p.value(u"fee_source"_s).toString();
        facts.feeDate = p.value(u"fee_date"_s).toString();
        facts.throughput = translated(p.value(u"throughput"_s));
        facts.templates = translated(p.value(u"templates"_s));
        facts.interactive = translated(p.value(u"interactive"_s));
        facts.media = translated(p.value(u"media"_s));
        facts.webhooks = translated(p.value(u"webhooks"_s));
        facts.relationship = translated(p.value(u"relationship"_s));
        facts.signupUrl = p.value(u"signup_url"_s).toString();
        data.m_providers.insert(it.key(), facts);
    }
    const QJsonObject prices = root.value(u"meta_prices"_s).toObject();
    data.m_pricingNote = translated(prices.value(u"note"_s));
    data.m_rateCardUrl = prices.value(u"rate_card_url"_s).toString();
    for (const QJsonValue& value : prices.value(u"rows"_s).toArray()) {
        const QJsonObject row = value.toObject();
        MetaRate rate {row.value(u"country"_s).toString(), translated(row.value(u"name"_s)),
            price(row.value(u"marketing"_s)), price(row.value(u"utility"_s)), price(row.value(u"authentication"_s)),
            row.value(u"date"_s).toString(), row.value(u"source"_s).toString(), row.value(u"secondary"_s).toBool()};
        if (rate.date.isEmpty() || rate.source.isEmpty())
            return Result<ComparisonData>::failure(
                QCoreApplication::translate("ComparisonData", "The price for %1 has no date or source.")
                    .arg(rate.name));
        data.m_rates.append(rate);
    }
    return data;
}

QStringList ComparisonData::kinds() const
{
    QStringList kinds = m_providers.keys();
    std::sort(kinds.begin(), kinds.end(), [this](const QString& a, const QString& b) {
        return m_providers.value(a).column < m_providers.value(b).column;
    });
    return kinds;
}

Result<ComparisonData> ComparisonData::builtin()
{
    QFile file(u":/tandem/providers.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        return Result<ComparisonData>::failure(u"The built-in comparison data is missing."_s);
    return fromJson(file.readAll());
}

const ProviderFacts* ComparisonData::provider(const QString& kind) const
{
    auto it = m_providers.constFind(kind);
    return it == m_providers.cend() ? nullptr : &it.value();
}

const MetaRate* ComparisonData::rate(const QString& country) const
{
    for (const MetaRate& r : m_rates) {
        if (r.country == country)
            return &r;
    }
    return nullptr;
}

const QList<MetaRate>& ComparisonData::rates() const
{
    return m_rates;
}

QString ComparisonData::pricingNote() const
{
    return m_pricingNote;
}

QString ComparisonData::rateCardUrl() const
{
    return m_rateCardUrl;
}
