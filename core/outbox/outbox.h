#pragma once

#include "broadcasts.h"
#include "outboxreads.h"
#include "sendqueue.h"
#include "statuspolls.h"
#include "unconfirmedrows.h"

class Database;

// The crash-safe outbox over one database connection, one job to a class: the queue the dispatcher claims from and
// records into (SendQueue), broadcasts as a whole (Broadcasts), rows whose outcome is unknown (UnconfirmedRows),
// status questions to ask a provider (StatusPolls), and reads for screens and commands (OutboxReads). A row exists
// before any byte leaves the machine.
class Outbox
{
public:
    using Completion = SendQueue::Completion;
    using Lease = SendQueue::Lease;
    using Recorded = SendQueue::Recorded;
    using Resolution = UnconfirmedRows::Resolution;
    using BroadcastOptions = OutboxBroadcastOptions;
    using Progress = Broadcasts::Progress;

    explicit Outbox(Database& database);
    Outbox(const Outbox&) = delete;
    Outbox& operator=(const Outbox&) = delete;

    SendQueue& queue();
    Broadcasts& broadcasts();
    const Broadcasts& broadcasts() const;
    UnconfirmedRows& unconfirmed();
    StatusPolls& polls();
    const OutboxReads& reads() const;

private:
    SendQueue m_queue;
    Broadcasts m_broadcasts;
    StatusPolls m_polls;
    UnconfirmedRows m_unconfirmed;
    OutboxReads m_reads;
};
