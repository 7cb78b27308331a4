#pragma once

#include "util/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

#include <optional>

class Database;
class RateCard;

// Meta's volume tiers: since 2025-07-01 utility and authentication templates cost less per message once a business
// has sent enough of them in one market within a calendar month. Meta tells an account when it moves to another
// tier with the account_update webhook VOLUME_BASED_PRICING_TIER_UPDATE, whose volume_tier_info gives the month
// ("2025-11"), the category ("UTILITY"), the market ("INDIA"), the tier's range of messages ("25000001:50000000")
// and when the move happened (providers.md §5b). The receiver keeps each event (webhook_events); this reads them
// back, the latest per month, category and market. Meta's tier prices are not in any file Tandem has, so estimates
// stay at the list price and the owner is told the discount shows in what Meta reports it charged.
struct VolumeTier
{
    QString month; // "2026-12"
    QString category; // "utility" or "authentication", as the rate card names them
    QString region; // Meta's market name, as the event gives it: "INDIA"
    qint64 from = 0; // messages in the month where the tier starts
    std::optional<qint64> to; // where it ends; none for the last tier
    QDateTime since; // when Meta moved the account into it (UTC)
};

class VolumeTiers
{
public:
    explicit VolumeTiers(Database& database);

    // The tiers Meta reported for a month ("yyyy-MM"), the latest per category and market, by market name.
    Result<QList<VolumeTier>> forMonth(const QString& month) const;

    // Reads one account_update value; none when it is not a tier update or its tier cannot be read.
    static std::optional<VolumeTier> fromEvent(const QJsonObject& value);
    // The market's name as the owner's rate card spells it ("Rest of Africa"), else Meta's, capitalised.
    static QString marketName(const QString& region, const RateCard& card);
    // "India, utility: 25,000,001–50,000,000 messages this month, since 3 Dec 2026", in the owner's language.
    static QString describe(const VolumeTier& tier, const RateCard& card);
    // webhook_events.kind for these events.
    static QString eventKind();

private:
    Database& m_database;
};
