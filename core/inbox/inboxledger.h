#pragma once

#include "consent/optoutkeywords.h"
#include "model/inboundmessage.h"
#include "util/result.h"

#include <QList>
#include <QSqlQuery>

#include <functional>
#include <optional>

class Database;

// Where customers' messages go, from a webhook or a poll of Twilio. Each is kept once (by the provider's id) and
// linked to its contact, who is made (tagged "inbound") when the number is new, or found by Meta's business-scoped
// user ID when no number came. A new contact writing from one of the owner's own numbers is called "You". The message
// opens the contact's 24-hour window; STOP and its kin opt them out, START opts them back in. Runs inside the caller's
// transaction.
class InboxLedger
{
public:
    // A confirmation the sender sends to someone who just opted out (when its settings have one).
    struct Confirmation
    {
        qint64 profileId = 0;
        QString recipient;
        QString text;
    };
    struct Outcome
    {
        int stored = 0; // new messages
        int optedOut = 0;
        int optedIn = 0;
        int newContacts = 0;
        QList<Confirmation> confirmations;
    };
    // The text a sender answers a STOP with; empty: none (the default).
    using ConfirmationText = std::function<QString(qint64 profileId)>;

    InboxLedger(Database& database, const OptOutKeywords& keywords = OptOutKeywords::builtin());

    Result<Outcome> record(const QList<InboundMessage>& messages, const ConfirmationText& confirmationFor = {});

    // The sender setting that holds the confirmation text.
    static QString confirmationSetting();

private:
    Result<qint64> contactFor(const InboundMessage& m, bool* created);

    Database& m_database;
    const OptOutKeywords& m_keywords;
    std::optional<QSqlQuery> m_insert;
};
