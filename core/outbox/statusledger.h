#pragma once

#include "model/deliveryevent.h"
#include "model/inboundmessage.h"
#include "pricing/reportedpricing.h"
#include "util/result.h"

#include <QSqlQuery>
#include <QStringList>

#include <optional>

class Database;

// Where the reports about sent messages go. Each report (from a webhook or a poll of Twilio) is kept once, then
// moves its outbox row forward (sent, delivered, read) or to failed with the provider's explanation, never backwards:
// a late "delivered" after "read" changes nothing. A report for a message id no row has yet (a callback can beat the
// send's own answer) waits, and is applied when the row gets that id. A report that names the category the message
// was billed in re-costs the row by it (ReportedPricing). Customers' messages are kept here too, once each. Everything
// runs inside the caller's transaction, so a webhook is answered only once what it said is stored.
class StatusLedger
{
public:
    struct Outcome
    {
        int stored = 0; // new reports
        int repeated = 0; // already known (providers deliver at least once)
        int applied = 0; // reports that found their row
    };

    explicit StatusLedger(Database& database);

    Result<Outcome> record(const QList<DeliveryEvent>& events);
    // Applies the reports that were waiting for these message ids; returns how many found their row.
    Result<int> applyWaiting(const QStringList& messageIds);
    // Removes the reports about `messageId` (the receiver's self-test leaves nothing behind); false: there were none.
    Result<bool> removeReportsAbout(const QString& messageId);

private:
    // True when a row has the report's message id.
    Result<bool> apply(const DeliveryEvent& event);
    // The row's cost by the category the report says it was billed in, where that changes it.
    Status reprice(qint64 rowId, const QString& recipient, const QVariant& estimate, const DeliveryEvent& event);

    Database& m_database;
    std::optional<QSqlQuery> m_insertEvent;
    std::optional<QSqlQuery> m_findRow;
    std::optional<QSqlQuery> m_advance;
    std::optional<QSqlQuery> m_pricing;
    std::optional<QSqlQuery> m_markApplied;
    std::optional<QSqlQuery> m_reprice;
    // The rate card, read when the first report with a category comes (a card imported later is read by the next
    // ledger: the window's and the server's are made again when they start).
    std::optional<ReportedPricing> m_prices;
    bool m_pricesRead = false;
};
