#pragma once

#include "util/result.h"

#include <QString>

#include <optional>

class Database;
class ProviderRegistry;

// One move of a WhatsApp number from a sender to another (the migration assistant's run), in steps the owner
// takes in order: the number works at the new provider (a test message arrived), the pending broadcasts move,
// the old sender is archived. Each step is one transaction and its progress is stored (sender_moves), so a stop
// anywhere is resumed from the last step done; the move can be undone until the new sender has sent one of the
// moved messages. Pointing the new number's webhooks is the caller's (it asks the provider) between the first two.
class SenderMove
{
public:
    enum class State
    {
        Planned,
        Confirmed, // the owner saw the test message arrive through the new sender
        Moved, // pending broadcasts go through the new sender
        Done, // the old sender is archived
        Undone,
    };
    struct Record
    {
        qint64 id = 0;
        qint64 fromId = 0;
        qint64 toId = 0;
        QString fromName;
        State state = State::Planned;
        qint64 movedAtMs = 0;
        int movedBroadcasts = 0;
        int movedRows = 0;
    };

    SenderMove(Database& database, const ProviderRegistry& registry);

    // The sender's move under way (neither done nor undone), or a new one to `toId`. A move under way to another
    // sender is refused: finish or undo it first.
    Result<Record> open(qint64 fromId, qint64 toId);
    // The sender's latest move, whatever its state; nullopt when it never moved.
    Result<std::optional<Record>> latest(qint64 fromId) const;
    // The latest move of a sender that had this name when it moved (an archived sender has another since).
    Result<std::optional<Record>> latestNamed(const QString& name) const;
    Result<Record> confirmNumberWorks(qint64 moveId);
    // Moves the rows not sent yet of every scheduled, running and paused broadcast to the new sender, with the
    // message as the new sender sends it (MappedMessage); refused, with nothing moved, while one cannot go. Rows
    // whose answer was lost (unconfirmed) stay with the old sender.
    Result<Record> moveBroadcasts(qint64 moveId);
    // Archives the old sender with its history.
    Result<Record> finish(qint64 moveId);
    // Back as it was before the move: the rows that had not gone out, the broadcasts' messages, the old sender.
    // Refused once the new sender has sent one of the moved messages.
    Result<Record> undo(qint64 moveId);

    static QString stateName(State state);

private:
    Result<Record> find(qint64 moveId) const;
    Status setState(qint64 moveId, State state);

    Database& m_database;
    const ProviderRegistry& m_registry;
};
