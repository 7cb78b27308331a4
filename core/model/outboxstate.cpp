#include "outboxstate.h"

#include <QList>

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace {
const std::array<std::pair<OutboxState, const char16_t*>, 11> kNames = {{
    {OutboxState::Queued, u"queued"},
    {OutboxState::Sending, u"sending"},
    {OutboxState::Accepted, u"accepted"},
    {OutboxState::Sent, u"sent"},
    {OutboxState::Delivered, u"delivered"},
    {OutboxState::Read, u"read"},
    {OutboxState::RetryWait, u"retry_wait"},
    {OutboxState::Failed, u"failed"},
    {OutboxState::Cancelled, u"cancelled"},
    {OutboxState::Unconfirmed, u"unconfirmed"},
    {OutboxState::Skipped, u"skipped"},
}};
} // namespace

int outboxProgress(OutboxState s)
{
    switch (s) {
    case OutboxState::Accepted:
        return 1;
    case OutboxState::Sent:
        return 2;
    case OutboxState::Delivered:
        return 3;
    case OutboxState::Read:
        return 4;
    default:
        return 0;
    }
}

int outboxReached(const QHash<OutboxState, int>& counts, int progress)
{
    int reached = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (outboxProgress(it.key()) >= progress && progress > 0)
            reached += it.value();
    }
    return reached;
}

bool outboxPending(OutboxState s)
{
    return s == OutboxState::Queued || s == OutboxState::RetryWait || s == OutboxState::Sending;
}

bool outboxFinal(OutboxState s)
{
    return s == OutboxState::Read || s == OutboxState::Failed || s == OutboxState::Cancelled
        || s == OutboxState::Skipped;
}

QString outboxStateName(OutboxState state)
{
    for (const auto& [value, name] : kNames) {
        if (value == state)
            return QString::fromUtf16(name);
    }
    return u"queued"_s;
}

OutboxState outboxStateFromName(const QString& name)
{
    for (const auto& [value, text] : kNames) {
        if (name == QString::fromUtf16(text))
            return value;
    }
    return OutboxState::Queued;
}

QList<OutboxState> allOutboxStates()
{
    QList<OutboxState> states;
    for (const auto& [value, name] : kNames)
        states << value;
    return states;
}

bool outboxMayAdvance(OutboxState from, OutboxState to)
{
    if (from == to)
        return false;
    if (from == OutboxState::Failed || from == OutboxState::Cancelled || from == OutboxState::Skipped)
        return false;
    const int before = outboxProgress(from);
    const int after = outboxProgress(to);
    if (before > 0 && after > 0)
        return after > before;
    // A delivery report may also settle an unconfirmed row, and a failure report may end an accepted (or sent) one.
    if (to == OutboxState::Failed)
        return from == OutboxState::Accepted || from == OutboxState::Sent || from == OutboxState::Unconfirmed
            || from == OutboxState::Sending;
    return after > 0 && (from == OutboxState::Sending || from == OutboxState::Unconfirmed);
}
