#include "sandboxstate.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

SandboxState::SandboxState() : m_random(1)
{ }

void SandboxState::setLatencyMs(int milliseconds)
{
    m_latencyMs = qMax(0, milliseconds);
}

int SandboxState::latencyMs() const
{
    return m_latencyMs;
}

void SandboxState::setRecipientFault(const QString& e164, const SandboxFault& fault)
{
    if (fault.kind == SandboxFault::Kind::None)
        m_recipientFaults.remove(e164);
    else
        m_recipientFaults.insert(e164, fault);
}

void SandboxState::setChaos(const SandboxChaos& chaos)
{
    m_chaos = chaos;
    m_random.seed(chaos.seed);
}

void SandboxState::setRateLimit(int perSecond)
{
    m_rateLimit = qMax(0, perSecond);
}

bool SandboxState::takeRateSlot(const QString& sender)
{
    if (m_rateLimit <= 0)
        return true;
    const qint64 second = QDateTime::currentSecsSinceEpoch();
    QPair<qint64, int>& window = m_rateWindows[sender];
    if (window.first != second)
        window = {second, 0};
    if (window.second >= m_rateLimit)
        return false;
    ++window.second;
    return true;
}

void SandboxState::reset()
{
    *this = SandboxState();
}

SandboxFault SandboxState::takeFault(const QString& e164)
{
    auto it = m_recipientFaults.find(e164);
    if (it != m_recipientFaults.end()) {
        const SandboxFault fault = it.value();
        if (it->times > 0 && --it->times == 0)
            m_recipientFaults.erase(it);
        return fault;
    }
    SandboxFault fault;
    const double roll = m_random.generateDouble();
    double threshold = m_chaos.tooManyRequests;
    if (roll < threshold) {
        fault.kind = SandboxFault::Kind::TooManyRequests;
        fault.retryAfterSeconds = m_chaos.retryAfterSeconds;
        return fault;
    }
    threshold += m_chaos.serverError;
    if (roll < threshold) {
        fault.kind = SandboxFault::Kind::ServerError;
        fault.httpStatus = 503;
        return fault;
    }
    threshold += m_chaos.drop;
    if (roll < threshold) {
        fault.kind = SandboxFault::Kind::Drop;
        return fault;
    }
    threshold += m_chaos.dropAfterAccept;
    if (roll < threshold) {
        fault.kind = SandboxFault::Kind::DropAfterAccept;
        return fault;
    }
    threshold += m_chaos.hang;
    if (roll < threshold) {
        fault.kind = SandboxFault::Kind::Hang;
        return fault;
    }
    threshold += m_chaos.hangAfterAccept;
    if (roll < threshold)
        fault.kind = SandboxFault::Kind::HangAfterAccept;
    return fault;
}

void SandboxState::recordRequest()
{
    ++m_requests;
}

void SandboxState::recordAccepted(const StoredMessage& message)
{
    ++m_accepted;
    ++m_acceptedPerRecipient[message.to];
    ++m_acceptedPerSecond[message.created.toSecsSinceEpoch()];
    m_messages.insert(message.sid, message);
}

void SandboxState::recordRejected()
{
    ++m_rejected;
}

const SandboxState::StoredMessage* SandboxState::message(const QString& sid) const
{
    auto it = m_messages.constFind(sid);
    return it == m_messages.cend() ? nullptr : &it.value();
}

QList<SandboxState::StoredMessage> SandboxState::messagesTo(const QString& to) const
{
    QList<StoredMessage> result;
    for (const StoredMessage& m : m_messages) {
        if (to.isEmpty() || m.to == to)
            result << m;
    }
    std::sort(result.begin(), result.end(), [](const auto& a, const auto& b) { return a.created > b.created; });
    return result;
}

QList<SandboxState::StoredMessage> SandboxState::messages(const QString& provider, const QString& to) const
{
    QList<StoredMessage> result;
    for (const StoredMessage& m : m_messages) {
        if (m.provider == provider && (to.isEmpty() || m.to == to))
            result << m;
    }
    std::sort(result.begin(), result.end(),
        [](const auto& a, const auto& b) { return a.created != b.created ? a.created > b.created : a.sid > b.sid; });
    return result;
}

int SandboxState::acceptedFor(const QString& e164) const
{
    return m_acceptedPerRecipient.value(e164);
}

qint64 SandboxState::acceptedTotal() const
{
    return m_accepted;
}

QJsonObject SandboxState::statsJson() const
{
    QJsonObject perRecipient;
    for (auto it = m_acceptedPerRecipient.cbegin(); it != m_acceptedPerRecipient.cend(); ++it)
        perRecipient.insert(it.key(), it.value());
    QJsonArray perSecond;
    int maxWindow = 0;
    for (auto it = m_acceptedPerSecond.cbegin(); it != m_acceptedPerSecond.cend(); ++it) {
        perSecond.append(QJsonArray {it.key(), it.value()});
        maxWindow = qMax(maxWindow, it.value());
    }
    return {{u"requests"_s, m_requests}, {u"accepted"_s, m_accepted}, {u"rejected"_s, m_rejected},
        {u"accepted_per_recipient"_s, perRecipient}, {u"accepted_per_second"_s, perSecond},
        {u"max_per_second"_s, maxWindow}};
}
