#pragma once

#include "util/result.h"

#include <QDateTime>
#include <QList>
#include <QString>

class Database;

// What a provider said each day cost a sender (Meta's pricing_analytics), kept per UTC day, market and category,
// and read by the results beside Tandem's own estimate. A fetch replaces the days it covered.
class ReportedCosts
{
public:
    struct Point
    {
        qint64 dayStartMs = 0; // the UTC day
        QString country; // ISO 3166, as the provider names the market
        QString category; // marketing, utility, authentication, service, …
        qint64 volume = 0; // messages charged or counted
        double costUsd = 0;
    };

    explicit ReportedCosts(Database& database);

    // Replaces what was kept for the sender's days in [fromMs, toMs) with these points, and notes the fetch.
    Status replace(qint64 profileId, qint64 fromMs, qint64 toMs, const QList<Point>& points, qint64 nowMs);
    Result<QList<Point>> of(qint64 profileId, qint64 fromMs, qint64 toMs) const;
    // When the sender's costs were last fetched (invalid: never).
    Result<QDateTime> lastFetched(qint64 profileId) const;

private:
    Database& m_database;
};
