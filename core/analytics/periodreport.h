#pragma once

#include "broadcastreport.h"
#include "ownmonth.h"

#include <QDate>
#include <QHash>

#include <optional>

class Database;

// What each sender sent and what it cost over days, weeks or months: messages the provider took, delivered, read,
// failed, replies received, Tandem's estimated cost and the cost the provider reported. A message counts on the day
// it went out (the owner's calendar). Days older than eight days are settled (no status report changes them any
// more): their figures are worked out once and kept (report_days), so a year reads as fast as a week.
struct PeriodFigures
{
    QDate start; // the first day of the day, week (Monday) or month
    qint64 profileId = 0;
    int sent = 0;
    int delivered = 0;
    int read = 0;
    int failed = 0;
    int replies = 0; // messages customers wrote to the sender
    double estimatedCostUsd = 0;
    double reportedCostUsd = 0;

    double deliveryRate() const; // of the messages sent, 0..1
    double readRate() const;
};

class PeriodReports
{
public:
    enum class Granularity
    {
        Day,
        Week,
        Month
    };
    struct Query
    {
        QDate from; // inclusive
        QDate to; // inclusive
        std::optional<qint64> profileId; // none: every sender
        Granularity granularity = Granularity::Day;
    };

    explicit PeriodReports(Database& database);

    // One entry per period and sender that sent or heard anything, oldest first.
    Result<QList<PeriodFigures>> figures(const Query& query) const;
    // Works out and keeps the settled days between from and to (inclusive) not kept yet, so that a later figures()
    // over them reads kept figures. The window does this in the background when it starts.
    Status settle(const QDate& from, const QDate& to) const;
    // Why messages failed over the period, most frequent first.
    Result<QList<BroadcastReport::Reason>> failures(const Query& query) const;
    static QDate periodStart(const QDate& day, Granularity granularity);
    // The owner's last calendar month priced through each provider (OwnMonth).
    Result<OwnMonth> lastMonth(const ComparisonData& prices, const QDate& today) const;

private:
    Database& m_database;
};
