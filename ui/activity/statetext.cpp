#include "statetext.h"

QString StateText::recipient(OutboxState state)
{
    switch (state) {
    case OutboxState::Queued:
        return tr("Waiting");
    case OutboxState::Sending:
        return tr("Sending");
    case OutboxState::Accepted:
        return tr("Accepted");
    case OutboxState::Sent:
        return tr("Sent");
    case OutboxState::Delivered:
        return tr("Delivered");
    case OutboxState::Read:
        return tr("Read");
    case OutboxState::RetryWait:
        return tr("Will retry");
    case OutboxState::Failed:
        return tr("Failed");
    case OutboxState::Cancelled:
        return tr("Cancelled");
    case OutboxState::Unconfirmed:
        return tr("Unconfirmed");
    case OutboxState::Skipped:
        return tr("Skipped");
    }
    return QString();
}

QString StateText::broadcast(Broadcast::State state)
{
    switch (state) {
    case Broadcast::State::Preparing:
        return tr("Preparing");
    case Broadcast::State::Scheduled:
        return tr("Scheduled");
    case Broadcast::State::Running:
        return tr("Sending");
    case Broadcast::State::Paused:
        return tr("Paused");
    case Broadcast::State::Cancelled:
        return tr("Cancelled");
    case Broadcast::State::Finished:
        return tr("Finished");
    }
    return QString();
}
