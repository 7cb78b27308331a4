#pragma once

#include "outbox/outboxrow.h"

#include <QCoreApplication>

// What the owner reads for a recipient's or a broadcast's state.
class StateText
{
    Q_DECLARE_TR_FUNCTIONS(StateText)
public:
    static QString recipient(OutboxState state);
    static QString broadcast(Broadcast::State state);
};
