#include "outbox.h"

Outbox::Outbox(Database& database)
    : m_queue(database), m_broadcasts(database), m_polls(database), m_unconfirmed(database, m_polls), m_reads(database)
{ }

SendQueue& Outbox::queue()
{
    return m_queue;
}

Broadcasts& Outbox::broadcasts()
{
    return m_broadcasts;
}

const Broadcasts& Outbox::broadcasts() const
{
    return m_broadcasts;
}

UnconfirmedRows& Outbox::unconfirmed()
{
    return m_unconfirmed;
}

StatusPolls& Outbox::polls()
{
    return m_polls;
}

const OutboxReads& Outbox::reads() const
{
    return m_reads;
}
