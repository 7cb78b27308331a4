#pragma once

#include "consentfacts.h"
#include "leftout.h"

#include "model/outgoingmessage.h"
#include "model/recipient.h"
#include "pricing/costestimate.h"
#include "templates/messagetemplate.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

#include <optional>

// Who may receive a message, decided in one place for every way a message leaves Tandem: the composer, a reply from
// Replies, `tandem-cli send` and `broadcast start`, and, just before each row goes out, the dispatcher (so a STOP
// that arrives while a broadcast runs, or a window that closed while it waited, stops that customer's rows: a
// broadcast scheduled days ago, a retry and `serve` are held to the rules too). The rules:
// - a customer who opted out gets nothing, with no override (subscribing them again is an act of its own);
// - a customer who stopped marketing messages gets no marketing template;
// - free text, media and reply buttons or lists reach a customer only within 24 hours of their last message,
//   unless the owner says they wrote outside Tandem (ignoreWindow, for those kinds only);
// - a message that cannot be sent as it is (a template not approved, in no such language, with the wrong number
//   of values; reply buttons over WhatsApp's limits) reaches nobody.
// The single exception: the confirmation of an opt-out, the one message that may follow a STOP.
class Admission
{
public:
    // What is being sent, as far as the rules care.
    struct Message
    {
        OutgoingMessage message;
        MessageCategory category = MessageCategory::Marketing; // of a template; free text is a service message
        bool ignoreWindow = false; // the customer wrote outside Tandem: free text may go (never past an opt-out)
        bool confirmsOptOut = false; // the reply that confirms a STOP
        bool headerPerRecipient = false; // a template's media header comes from each recipient's own link
    };

    // Why no one can receive it; empty when it may go to those admitted. `given` is how many values the message
    // gives its template's body; `catalogue` the sender's synced templates (empty: not checked).
    static QStringList blockers(const Message& message, int given, const QList<MessageTemplate>& catalogue);
    // Whether this one recipient may receive it now; the reason when not.
    static std::optional<LeftOut::Reason> judge(
        const Message& message, const ConsentFacts::Facts& facts, const QDateTime& now);

    struct Decision
    {
        QList<Recipient> admitted;
        QList<LeftOut> leftOut;
    };
    // The recipients (E.164, their values resolved) split into those who may receive it and those left out.
    static Decision decide(
        const Message& message, const QList<Recipient>& recipients, const ConsentFacts& facts, const QDateTime& now);
};
