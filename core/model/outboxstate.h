#pragma once

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
};

QString outboxStateName(OutboxState state);
OutboxState outboxStateFromName(const QString& name);
QList<OutboxState> allOutboxStates();
// True when a status report may move a row from `from` to `to` (progress only, terminal states stay).
bool outboxMayAdvance(OutboxState from, OutboxState to);
