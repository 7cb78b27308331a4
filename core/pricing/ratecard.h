#pragma once

#include "model/messagecategory.h"
#include "util/result.h"

#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// Meta's rate card: what one delivered message costs, in US dollars, by the recipient's market and the message's
// category. Meta prices by the country calling code of the number: most countries are grouped into regions
// ("Rest of Africa"), some are markets of their own. Each market keeps the date its prices took effect and where
// they come from, so every price Tandem shows carries its date. Tandem ships a copy (resources/rate-card.json); the
// owner imports Meta's current file on top of it (RateCardImport), which replaces the markets that file names.
class RateCard
{
public:
    struct Market
    {
        QString key; // an ISO 3166 code for a country priced on its own, else a region's key ("rest_of_africa")
        QString name; // as Meta's rate card names it
        QStringList countries; // ISO 3166 codes priced in this market
        QStringList dial; // calling-code prefixes that say this market on their own ("1809": the Dominican Republic)
        std::optional<double> marketing;
        std::optional<double> utility;
        std::optional<double> authentication;
        std::optional<double> authenticationInternational;
        QDate effective;
        QString source;
        bool secondary = false; // a third party's copy of Meta's card
    };

    // One price, with where it comes from.
    struct Price
    {
        double usd = 0;
        QString market; // the market's name
        QDate effective;
        QString source;
        bool secondary = false;
    };

    static Result<RateCard> fromJson(const QByteArray& json);
    // The copy built into Tandem.
    static Result<RateCard> builtin();
    // A card of these markets only (an import, to lay over another with mergedWith).
    static RateCard fromMarkets(const QList<Market>& markets);
    // One market as toJson writes it; the card's date, source and kind where the market does not give its own.
    static Result<Market> marketFromJson(
        const QJsonObject& o, const QDate& cardDate, const QString& cardSource, bool cardSecondary);
    QByteArray toJson() const;

    const QList<Market>& markets() const;
    const Market* market(const QString& key) const;
    // The market a country's numbers are priced in: its own, the region that lists it, or the one of its calling
    // code (so the islands that share +1 are priced as North America), else "Other".
    const Market* marketOfRegion(const QString& region) const;
    // The market of an E.164 number ("+5511…"), by the longest calling-code prefix that names one.
    const Market* marketOfNumber(const QString& e164) const;
    // Meta's price for one delivered message of this category in the region. Service (non-template) messages are
    // charged at the utility rate since 2026-10-01.
    std::optional<Price> price(const QString& region, MessageCategory category) const;
    std::optional<Price> priceForNumber(const QString& e164, MessageCategory category) const;
    // The oldest date among the markets' prices.
    QDate oldestEffective() const;

    // This card with the markets of `update` replacing (or joining) its own. A country that `update` prices as a
    // market of its own leaves the region that listed it.
    RateCard mergedWith(const RateCard& update) const;

private:
    void index();

    QList<Market> m_markets;
    QHash<QString, int> m_byRegion; // ISO code -> index in m_markets
    QHash<QString, int> m_byDial; // calling-code prefix -> index
    int m_other = -1;
    int m_longestDial = 0;
};

// True when a price is older than a quarter (Meta changes its rates on the first day of a quarter).
bool rateIsStale(const QDate& effective, const QDate& today);
