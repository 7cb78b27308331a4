#pragma once

#include "ratecard.h"

#include <QHash>

class Database;

// What a delivered message costs by the category its provider reported for it, rather than the one it was queued
// with: Meta's status webhooks carry `pricing.category` (marketing, utility, authentication,
// authentication-international, service, referral_conversion) and never an amount, so the cost is the rate card's
// price for that category in the recipient's market, plus the provider's fee per message. A template Meta now
// counts as marketing, or an authentication message billed at the international rate, is then costed as billed.
// Unknown (nothing to change) when the card has no such price.
class ReportedPricing
{
public:
    // The card in this database (built in, with the owner's imports) and the providers' fees.
    static Result<ReportedPricing> load(Database& database);
    ReportedPricing(RateCard card, QHash<QString, double> feeByProvider);

    std::optional<double> cost(const QString& e164, const QString& reportedCategory, const QString& provider) const;

private:
    RateCard m_card;
    QHash<QString, double> m_fees;
};
