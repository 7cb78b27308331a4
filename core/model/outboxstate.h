#pragma once

#include <QHash>
#include <QString>

// Where one outbox row stands. Accepted, Sent, Delivered and Read are the order of progress: a status report never
// moves a row backwards (a late "delivered" does not undo "read").
enum class OutboxState
{
    Queued,
    Sending, // claimed and committed before the request leaves
    Accepted, // the provider took it and gave an id
    Sent, // the provider handed it to WhatsApp
    Delivered,
    Read,
    RetryWait, // a transient failure; next_attempt_at says when
    Failed, // a permanent failure, with its class, code and explanation
    Cancelled,
    Unconfirmed, // the program stopped while the request was in flight: never resent silently
    Skipped, // not sent: at its turn Admission left the customer out (opted out since, window closed), with why
};

QString outboxStateName(OutboxState state);
OutboxState outboxStateFromName(const QString& name);
QList<OutboxState> allOutboxStates();
// True when a status report may move a row from `from` to `to` (progress only, terminal states stay).
bool outboxMayAdvance(OutboxState from, OutboxState to);
// How far a message the provider took has come: 1 accepted, 2 sent, 3 delivered, 4 read; 0 for every other state.
// A message that reached a step reached the ones before it (read says delivered), so counts add up from the top.
int outboxProgress(OutboxState state);
// Of these counts per state, the rows that got at least this far (progress 1: the provider took them).
int outboxReached(const QHash<OutboxState, int>& counts, int progress);
// Waiting to go out: queued, waiting for a retry, or claimed and on its way.
bool outboxPending(OutboxState state);
// Nothing more will happen to it by itself: read, failed, cancelled or skipped.
bool outboxFinal(OutboxState state);
