#pragma once

#include "util/result.h"

#include <QDate>
#include <QHash>

class ComparisonData;
class Database;

// What the owner's own last month would have cost with each provider: the messages that went out in the previous
// calendar month, each at Meta's price for its market and category as estimated when it was queued, plus each
// provider's fee per message instead of the fee of the provider that sent it. Empty when nothing went out.
struct OwnMonth
{
    QDate month; // the first day of that month
    int messages = 0;
    double metaUsd = 0; // Meta's part, the same through every provider
    QHash<QString, double> byProvider; // provider kind -> the month's cost through it

    bool isEmpty() const
    {
        return messages == 0;
    }
    // The month before the one `today` falls in.
    static Result<OwnMonth> last(Database& database, const ComparisonData& prices, const QDate& today);
};
