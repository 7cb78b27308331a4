#pragma once

#include "ratecard.h"

#include <QByteArray>
#include <QDate>
#include <QString>

// Reads the rate card Meta publishes as CSV (one row per market: Market, Currency, Marketing, Utility,
// Authentication, Authentication-International; title lines above the header may give the date it takes effect),
// in US dollars. Every market must be one Tandem knows by name (a region, or a country priced on its own, like
// "Poland"); a price that is not a number, a currency that is not USD or an unknown market is reported with its line,
// and the whole file is refused: nothing is half-applied.
class RateCardImport
{
public:
    struct Input
    {
        QByteArray csv;
        QString source; // where the file came from, shown beside its prices ("rate card imported from ….csv")
        QDate effective; // when the file does not say; invalid: the file must say
    };

    // The markets of the file, to lay over `current` with RateCard::mergedWith.
    static Result<RateCard> read(const Input& input, const RateCard& current);
};
