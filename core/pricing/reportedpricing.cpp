#include "reportedpricing.h"

#include "comparisondata.h"
#include "ratecardstore.h"

using namespace Qt::StringLiterals;

Result<ReportedPricing> ReportedPricing::load(Database& database)
{
    const Result<ComparisonData> data = ComparisonData::builtin();
    if (!data.isOk())
        return data.status();
    Result<RateCard> card = RateCardStore(database).current(data.value().rateCard());
    if (!card.isOk())
        return card.status();
    QHash<QString, double> fees;
    for (const QString& kind : {u"twilio"_s, u"meta_cloud"_s, u"360dialog"_s}) {
        if (const ProviderFacts* facts = data.value().provider(kind))
            fees.insert(kind, facts->feePerMessageUsd);
    }
    return ReportedPricing(card.takeValue(), fees);
}

ReportedPricing::ReportedPricing(RateCard card, QHash<QString, double> feeByProvider)
    : m_card(std::move(card)), m_fees(std::move(feeByProvider))
{ }

std::optional<double> ReportedPricing::cost(
    const QString& e164, const QString& reportedCategory, const QString& provider) const
{
    const QString category = reportedCategory.trimmed().toLower();
    const double fee = m_fees.value(provider);
    std::optional<double> meta;
    if (category == u"authentication-international"_s || category == u"authentication_international"_s) {
        const RateCard::Market* market = m_card.marketOfNumber(e164);
        if (market)
            meta = market->authenticationInternational;
    } else if (category == u"referral_conversion"_s) {
        meta = 0.0; // a free entry point (an ad or a Page button): Meta charges nothing for 72 hours
    } else if (category == u"marketing"_s || category == u"marketing_lite"_s || category == u"utility"_s
        || category == u"authentication"_s || category == u"service"_s) {
        if (const std::optional<RateCard::Price> price = m_card.priceForNumber(e164, messageCategoryFromName(category)))
            meta = price->usd;
    }
    if (!meta)
        return std::nullopt;
    return *meta + fee;
}
