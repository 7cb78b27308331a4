#pragma once

#include "model/providererror.h"
#include "util/result.h"

#include <QDateTime>
#include <QSqlDatabase>

// Where a contact's opt-out comes from, besides the owner and imports: their own STOP (see OptOutKeywords), a send
// the provider refused because they opted out (Twilio 21610: they replied STOP to Twilio; Meta 131050: they
// stopped marketing messages, so marketing only), and Meta's user_preferences webhook (marketing stopped or
// resumed). Each records when and how, for the owner to see. Runs in the caller's transaction.
namespace OptOuts {
// Sources, as stored in contacts.opted_out_source.
QString keywordSource(const QString& word); // "keyword:STOP"
QString errorSource(const QString& provider, const QString& code); // "error:twilio:21610"

// A send to `recipient` failed with an opt-out error: the contact is opted out (of marketing, for 131050).
Status fromSendError(QSqlDatabase db, const QString& recipient, const QString& provider, const ProviderError& error);
// Meta's user_preferences: the customer stopped (or resumed) marketing messages. Either key may be empty.
Status fromMarketingPreference(
    QSqlDatabase db, const QString& phone, const QString& userId, bool stop, const QDateTime& at);

// The owner marks these contacts opted out ("owner"), recorded with who did it.
Status byOwner(QSqlDatabase db, const QStringList& contacts, const QString& byWhom);
// Subscribes an opted-out customer again (of everything, and of marketing): an explicit act, recorded with the
// owner's reason and who did it. False when the contact had not opted out; a failure when there is no such contact
// or no reason is given.
Result<bool> optIn(QSqlDatabase db, const QString& contact, const QString& reason, const QString& byWhom);

// For people: "replied STOP", "Twilio error 21610 (replied STOP to Twilio)", "marked by you", "imported".
QString describe(const QString& source);
} // namespace OptOuts
