#pragma once

#include "util/result.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

// Every change of a contact's consent, kept as an event: opted out or back in (of everything, or of marketing),
// when, how (a keyword, a provider's error, Meta's preferences, the owner, an import), by whom and why. Subscribing a
// customer again is one of these, recorded with its reason, never a silent edit. Runs in the caller's transaction.
namespace ConsentLog {
enum class Change
{
    OptedOut,
    OptedIn,
    MarketingStopped,
    MarketingResumed,
};

struct Event
{
    QString contact; // the number (or business-scoped ID) the contact is kept under
    Change change = Change::OptedOut;
    QString source; // as OptOuts writes it: "keyword:STOP", "error:twilio:21610", "preferences", "owner", "import"
    QString reason; // the owner's words, for an opt-in
    QString byWhom; // who did it: "tandem-cli (pid 4242) on laptop", "Tandem window on laptop"
    QDateTime at;
};

Status record(QSqlDatabase db, const Event& event);
// A contact's events, oldest first.
Result<QList<Event>> history(QSqlDatabase db, const QString& contact);
QString changeName(Change change); // "opted_out", "opted_in", "marketing_stopped", "marketing_resumed"
} // namespace ConsentLog
