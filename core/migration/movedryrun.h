#pragma once

#include "admission/leftout.h"
#include "model/messagecategory.h"
#include "model/outgoingmessage.h"
#include "util/result.h"

#include <QDateTime>
#include <QList>

#include <optional>
#include <utility>

class Database;

// A pending broadcast's waiting rows as the new sender would send them if they went now: the pre-flight of the
// migration plan. Who Admission lets through today (a STOP since the rows were queued, a 24-hour window that has
// closed since: the dispatcher would leave them out at either sender), what they cost at the old sender and at the
// new one (Meta's price for each market and category, plus each provider's fee), and how long they take at the new
// sender's pace.
struct MoveDryRun
{
    struct Broadcast
    {
        qint64 id = 0;
        qint64 fromId = 0; // the rows that move are this sender's queued and waiting-to-retry rows
        qint64 toId = 0;
        OutgoingMessage message; // as the new sender sends it (MappedMessage)
        MessageCategory category = MessageCategory::Marketing; // the template's; free text is a service message
        bool ignoreWindow = false;
        bool confirmsOptOut = false;
        double ratePerSecond = 80; // the new sender's
    };

    int wouldGo = 0;
    QList<std::pair<LeftOut::Reason, int>> leftOut; // in LeftOut::all()'s order, reasons with nobody omitted
    std::optional<double> costFromUsd; // the same rows at the old sender; none when nothing is priced
    std::optional<double> costToUsd;
    int unpriced = 0; // of those that would go: in markets the rate card has no price for
    double seconds = 0; // at the new sender's pace

    static Result<MoveDryRun> of(Database& database, const Broadcast& broadcast, const QDateTime& now);
};
