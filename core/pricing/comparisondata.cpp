#include "comparisondata.h"

#include <algorithm>

#include "phone/countrynames.h"
#include "phone/phonenumbers.h"

#include <QCollator>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

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
    Result<RateCard> card = RateCard::builtin();
    if (!card.isOk())
        return card.status();
    data.m_card = card.takeValue();
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

std::optional<MetaRate> ComparisonData::rate(const QString& country) const
{
    const RateCard::Market* market = m_card.marketOfRegion(country);
    if (!market || country.size() != 2)
        return std::nullopt;
    // A market of one country is named as the country is; a region by Meta's words, translated.
    const QString marketName = market->key.size() == 2
        ? countryName(market->key)
        : QCoreApplication::translate("ComparisonData", market->name.toUtf8().constData());
    return MetaRate {country.toUpper(), countryName(country), marketName, market->marketing, market->utility,
        market->authentication, market->effective.toString(Qt::ISODate), market->source, market->secondary};
}

QList<MetaRate> ComparisonData::rates() const
{
    QList<MetaRate> all;
    for (const QString& region : supportedPhoneRegions()) {
        if (const std::optional<MetaRate> r = rate(region))
            all << *r;
    }
    const QCollator collator;
    std::sort(all.begin(), all.end(),
        [&](const MetaRate& a, const MetaRate& b) { return collator.compare(a.name, b.name) < 0; });
    return all;
}

const RateCard& ComparisonData::rateCard() const
{
    return m_card;
}

void ComparisonData::setRateCard(const RateCard& card)
{
    m_card = card;
}

QString ComparisonData::pricingNote() const
{
    return m_pricingNote;
}

QString ComparisonData::rateCardUrl() const
{
    return m_rateCardUrl;
}
