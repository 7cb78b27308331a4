#include "costestimate.h"

#include "comparisondata.h"

using namespace Qt::StringLiterals;

CostEstimate estimateMonthlyCost(const ComparisonData& data,
    int messagesPerMonth,
    const QString& country,
    MessageCategory category,
    std::optional<double> ownRate)
{
    CostEstimate estimate;
    std::optional<double> rate = ownRate;
    if (!rate) {
        const std::optional<MetaRate> row = data.rate(country);
        if (!row)
            return estimate;
        switch (category) {
        case MessageCategory::Marketing:
            rate = row->marketing;
            break;
        case MessageCategory::Utility:
        case MessageCategory::Service:
            rate = row->utility;
            break;
        case MessageCategory::Authentication:
            rate = row->authentication;
            break;
        }
        estimate.rateDate = row->date;
        estimate.rateSource = row->source;
        estimate.rateIsSecondary = row->secondary;
    }
    if (!rate)
        return estimate;
    const ProviderFacts* twilio = data.provider(u"twilio"_s);
    const double twilioFee = twilio ? twilio->feePerMessageUsd : 0;
    estimate.known = true;
    estimate.metaRate = *rate;
    estimate.metaDirect = messagesPerMonth * *rate;
    estimate.viaTwilio = messagesPerMonth * (*rate + twilioFee);
    return estimate;
}
