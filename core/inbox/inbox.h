#pragma once

#include "contacts/contact.h"
#include "model/outboxstate.h"
#include "model/outgoingmessage.h"
#include "util/result.h"

#include <QDateTime>
#include <QList>

class Database;

// A customer who wrote to the business, as the Replies view lists them: newest message first, with how many the
// owner has not seen yet.
struct Conversation
{
    Contact contact;
    qint64 profileId = 0; // the sender they wrote to last: replies go out through it
    QString lastText;
    QString lastType; // text, image, …
    qint64 lastAtMs = 0;
    int unread = 0;
};

// One message of a conversation, either way: what the customer wrote, or what Tandem sent them (broadcasts
// included) with where it stands.
struct ThreadEntry
{
    bool inbound = false;
    qint64 id = 0; // inbound_messages.id, or outbox.id
    qint64 atMs = 0;
    QString text; // for people: the text, a caption, "Template order_update (en): Ann, #1234", "[image]"
    QString type; // inbound: text, image, …; outbound: the message's kind
    QString mediaUrl;
    OutboxState state = OutboxState::Queued; // outbound
    QString errorExplanation; // outbound, failed
    QString broadcastTitle; // outbound: the broadcast it was part of ("" for a reply)
};

// Reads conversations and threads, marks them seen, and queues the owner's replies: free text only inside the
// customer's 24-hour window, a template at any time. Replies go through the outbox like any broadcast (paced,
// crash-safe, with delivery reports), as one-recipient "reply" broadcasts that Activity leaves out.
class Inbox
{
public:
    explicit Inbox(Database& database);

    Result<QList<Conversation>> conversations(int limit = 500) const;
    // Up to `limit` entries older than beforeMs (0: the newest), newest first.
    Result<QList<ThreadEntry>> thread(qint64 contactId, qint64 beforeMs, int limit) const;
    Status markSeen(qint64 contactId, qint64 upToMs);
    // Messages no conversation has shown yet.
    Result<int> unread() const;
    Result<Contact> contact(qint64 contactId) const;
    // Queues a reply; refuses free text and media outside the window, with the time it closed.
    Result<qint64> reply(qint64 contactId, qint64 profileId, const OutgoingMessage& message, const QDateTime& now);

    // What a message says, in one line for people.
    static QString describe(const OutgoingMessage& message);
    // A message without words, by its WhatsApp type ("image", "audio", …), in the owner's language: "[photo]".
    static QString wordlessMessage(const QString& type);
    // Why free text cannot go to this contact now, or empty when it can.
    static QString windowProblem(const Contact& contact, const QDateTime& now);

private:
    Database& m_database;
};
