#pragma once

#include "util/result.h"

#include <QDateTime>
#include <QList>
#include <QString>

class Database;

// What one broadcast achieved and cost: the funnel queued → sent → delivered → read → replied, what failed or was
// skipped and why, the opt-outs that followed, and its cost (Tandem's estimate and, where the provider reports
// one, the provider's figure). "Replied" and "opted out after" count customers who wrote back (or sent STOP) to the
// same sender within a week of their message going out.
struct BroadcastReport
{
    struct Reason
    {
        QString code; // the provider's error code, or Admission's reason name for a skipped row
        QString explanation;
        int rows = 0;
    };

    qint64 broadcastId = 0;
    QString title;
    qint64 profileId = 0;
    QDateTime createdAt;
    int total = 0;
    int sent = 0; // the provider took it (accepted or further)
    int delivered = 0;
    int read = 0;
    int replied = 0;
    int optedOutAfter = 0;
    int failed = 0;
    int skipped = 0;
    int cancelled = 0;
    int waiting = 0; // queued, retrying or on its way
    int unconfirmed = 0;
    QList<Reason> failedBy;
    QList<Reason> skippedBy;
    double estimatedCostUsd = 0; // the rows sent, at their estimates; those Meta said were free count nothing
    double reportedCostUsd = 0; // what the provider reported (Twilio's price), for the rows it reported
    int reportedRows = 0;

    double costPerDelivered() const;
    double costPerRead() const;
};

// The stages of the funnel, to list the recipients behind one of its bars.
enum class FunnelStage
{
    Queued,
    Sent,
    Delivered,
    Read,
    Replied,
    Failed,
    Skipped,
};

class BroadcastReports
{
public:
    explicit BroadcastReports(Database& database);

    Result<BroadcastReport> report(qint64 broadcastId) const;
    // The recipients (E.164) at a stage of the funnel, in the order they were queued.
    Result<QStringList> recipients(qint64 broadcastId, FunnelStage stage) const;

private:
    Database& m_database;
};
