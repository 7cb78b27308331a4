#include "outboxrow.h"

using namespace Qt::StringLiterals;

QString Broadcast::stateName(State s)
{
    switch (s) {
    case State::Preparing:
        return u"preparing"_s;
    case State::Scheduled:
        return u"scheduled"_s;
    case State::Running:
        return u"running"_s;
    case State::Paused:
        return u"paused"_s;
    case State::Cancelled:
        return u"cancelled"_s;
    case State::Finished:
        return u"finished"_s;
    }
    return u"running"_s;
}

Broadcast::State Broadcast::stateFromName(const QString& name)
{
    if (name == u"preparing"_s)
        return State::Preparing;
    if (name == u"scheduled"_s)
        return State::Scheduled;
    if (name == u"paused"_s)
        return State::Paused;
    if (name == u"cancelled"_s)
        return State::Cancelled;
    if (name == u"finished"_s)
        return State::Finished;
    return State::Running;
}
