#include "sandboxstate.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

SandboxState::SandboxState() = default;

void SandboxState::setLatencyMs(int milliseconds)
{
    QMutexLocker lock(&m_mutex);
    m_data.latencyMs = qMax(0, milliseconds);
}

int SandboxState::latencyMs() const
{
    QMutexLocker lock(&m_mutex);
    return m_data.latencyMs;
}

void SandboxState::setRecipientFault(const QString& e164, const SandboxFault& fault)
{
    QMutexLocker lock(&m_mutex);
    if (fault.kind == SandboxFault::Kind::None)
        m_data.recipientFaults.remove(e164);
    else
        m_data.recipientFaults.insert(e164, fault);
}

void SandboxState::setChaos(const SandboxChaos& chaos)
{
    QMutexLocker lock(&m_mutex);
    m_data.chaos = chaos;
    m_data.random.seed(chaos.seed);
}

void SandboxState::setRateLimit(int perSecond)
{
    QMutexLocker lock(&m_mutex);
    m_data.rateLimit = qMax(0, perSecond);
}

bool SandboxState::takeRateSlot(const QString& sender)
{
    QMutexLocker lock(&m_mutex);
    if (m_data.rateLimit <= 0)
        return true;
    const qint64 second = QDateTime::currentSecsSinceEpoch();
    QPair<qint64, int>& window = m_data.rateWindows[sender];
    if (window.first != second)
        window = {second, 0};
    if (window.second >= m_data.rateLimit)
        return false;
    ++window.second;
    return true;
}

void SandboxState::reset()
{
    QMutexLocker lock(&m_mutex);
    m_data = Data();
}

bool SandboxState::isRegistered(const QString& phoneNumberId) const
{
    QMutexLocker lock(&m_mutex);
    return !m_data.unregistered.contains(phoneNumberId);
}

void SandboxState::registerNumber(const QString& phoneNumberId, const QString& pin)
{
    QMutexLocker lock(&m_mutex);
    m_data.unregistered.remove(phoneNumberId);
    m_data.registrationPins.insert(phoneNumberId, pin);
}

QString SandboxState::registrationPin(const QString& phoneNumberId) const
{
    QMutexLocker lock(&m_mutex);
    return m_data.registrationPins.value(phoneNumberId);
}

bool SandboxState::isSubscribed(const QString& wabaId) const
{
    QMutexLocker lock(&m_mutex);
    return !m_data.unsubscribed.contains(wabaId);
}

void SandboxState::subscribe(const QString& wabaId)
{
    QMutexLocker lock(&m_mutex);
    m_data.unsubscribed.remove(wabaId);
}

void SandboxState::setLifecycle(const SandboxLifecycle& lifecycle)
{
    QMutexLocker lock(&m_mutex);
    m_data.lifecycle = lifecycle;
}

SandboxLifecycle SandboxState::lifecycle() const
{
    QMutexLocker lock(&m_mutex);
    return m_data.lifecycle;
}

void SandboxState::setMetaWebhook(const QString& phoneNumberId, const MetaWebhook& webhook)
{
    QMutexLocker lock(&m_mutex);
    if (webhook.url.isEmpty())
        m_data.metaWebhooks.remove(phoneNumberId);
    else
        m_data.metaWebhooks.insert(phoneNumberId, webhook);
}

void SandboxState::setDialog360Webhook(const KeyedWebhook& webhook)
{
    QMutexLocker lock(&m_mutex);
    m_data.dialog360Webhook = webhook;
}

SandboxState::KeyedWebhook SandboxState::dialog360Webhook() const
{
    QMutexLocker lock(&m_mutex);
    return m_data.dialog360Webhook;
}

SandboxState::MetaWebhook SandboxState::metaWebhook(const QString& phoneNumberId) const
{
    QMutexLocker lock(&m_mutex);
    if (phoneNumberId == QString::fromUtf16(SandboxAccounts::metaSecondPhoneNumberId)
        && m_data.unsubscribed.contains(QString::fromUtf16(SandboxAccounts::metaSecondWabaId)))
        return {}; // the app does not serve that account yet: Meta posts nothing
    return m_data.metaWebhooks.value(phoneNumberId, m_data.metaWebhooks.value(QString()));
}

void SandboxState::recordCallback(bool answered)
{
    QMutexLocker lock(&m_mutex);
    ++(answered ? m_data.callbacksAnswered : m_data.callbacksRefused);
}

void SandboxState::recordInbound(const StoredMessage& message)
{
    QMutexLocker lock(&m_mutex);
    ++m_data.inbound;
    m_data.messages.insert(message.sid, message);
}

QList<SandboxTemplate>& SandboxState::store(const QString& provider)
{
    if (provider == u"twilio"_s)
        return m_data.twilioTemplates;
    if (provider.startsWith(u"waba:"_s))
        return m_data.accountTemplates[provider];
    return m_data.metaTemplates; // Meta's own account, which the practice 360dialog channel shares
}

const QList<SandboxTemplate>& SandboxState::store(const QString& provider) const
{
    return const_cast<SandboxState*>(this)->store(provider);
}

QList<SandboxTemplate> SandboxState::templates(const QString& provider) const
{
    QMutexLocker lock(&m_mutex);
    QList<SandboxTemplate> list = store(provider);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (SandboxTemplate& t : list) {
        if (!t.decision.isEmpty() && t.decideAtMs > 0 && now >= t.decideAtMs)
            t.status = t.decision; // WhatsApp's review has ended
    }
    return list;
}

void SandboxState::addTemplate(const QString& provider, const SandboxTemplate& t)
{
    QMutexLocker lock(&m_mutex);
    store(provider).append(t);
}

bool SandboxState::updateTemplate(const QString& provider, const SandboxTemplate& t)
{
    QMutexLocker lock(&m_mutex);
    for (SandboxTemplate& existing : store(provider)) {
        if (existing.name == t.name && existing.language == t.language) {
            existing = t;
            return true;
        }
    }
    return false;
}

void SandboxState::setTemplateReviewMs(int milliseconds)
{
    QMutexLocker lock(&m_mutex);
    m_data.templateReviewMs = qMax(0, milliseconds);
}

void SandboxState::setTemplatePageLimit(int templates)
{
    QMutexLocker lock(&m_mutex);
    m_data.templatePageLimit = qMax(1, templates);
}

int SandboxState::templatePageLimit() const
{
    QMutexLocker lock(&m_mutex);
    return m_data.templatePageLimit;
}

int SandboxState::templateReviewMs() const
{
    QMutexLocker lock(&m_mutex);
    return m_data.templateReviewMs;
}

void SandboxState::setTwilioInboundUrl(const QString& url)
{
    QMutexLocker lock(&m_mutex);
    m_data.twilioInboundUrl = url;
}

QString SandboxState::twilioInboundUrl() const
{
    QMutexLocker lock(&m_mutex);
    return m_data.twilioInboundUrl;
}

SandboxFault SandboxState::takeFault(const QString& e164)
{
    QMutexLocker lock(&m_mutex);
    auto it = m_data.recipientFaults.find(e164);
    if (it != m_data.recipientFaults.end()) {
        const SandboxFault fault = it.value();
        if (it->times > 0 && --it->times == 0)
            m_data.recipientFaults.erase(it);
        return fault;
    }
    const SandboxChaos& chaos = m_data.chaos;
    SandboxFault fault;
    // Each kind takes its slice of [0, 1), in this order.
    const std::pair<double, SandboxFault::Kind> slices[] = {
        {chaos.tooManyRequests, SandboxFault::Kind::TooManyRequests},
        {chaos.serverError, SandboxFault::Kind::ServerError},
        {chaos.drop, SandboxFault::Kind::Drop},
        {chaos.dropAfterAccept, SandboxFault::Kind::DropAfterAccept},
        {chaos.hang, SandboxFault::Kind::Hang},
        {chaos.hangAfterAccept, SandboxFault::Kind::HangAfterAccept},
    };
    const double roll = m_data.random.generateDouble();
    double threshold = 0;
    for (const auto& [probability, kind] : slices) {
        threshold += probability;
        if (roll < threshold) {
            fault.kind = kind;
            break;
        }
    }
    if (fault.kind == SandboxFault::Kind::TooManyRequests)
        fault.retryAfterSeconds = chaos.retryAfterSeconds;
    if (fault.kind == SandboxFault::Kind::ServerError)
        fault.httpStatus = 503;
    return fault;
}

void SandboxState::recordRequest()
{
    QMutexLocker lock(&m_mutex);
    ++m_data.requests;
}

QString SandboxState::addMedia(UploadedMedia media)
{
    QMutexLocker lock(&m_mutex);
    // Meta's media ids are decimal numbers of 15 or 16 digits.
    do {
        media.id = QString::number(
            1'000'000'000'000'000LL + QRandomGenerator::global()->bounded(Q_INT64_C(9'000'000'000'000'000)));
    } while (m_data.media.contains(media.id));
    m_data.media.insert(media.id, media);
    return media.id;
}

std::optional<SandboxState::UploadedMedia> SandboxState::media(const QString& id) const
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_data.media.constFind(id);
    if (it == m_data.media.constEnd())
        return std::nullopt;
    return *it;
}

void SandboxState::recordAccepted(const StoredMessage& message)
{
    QMutexLocker lock(&m_mutex);
    ++m_data.accepted;
    ++m_data.acceptedPerRecipient[message.to];
    ++m_data.acceptedPerSecond[message.created.toSecsSinceEpoch()];
    m_data.messages.insert(message.sid, message);
}

void SandboxState::recordRejected()
{
    QMutexLocker lock(&m_mutex);
    ++m_data.rejected;
}

std::optional<SandboxState::StoredMessage> SandboxState::message(const QString& sid) const
{
    QMutexLocker lock(&m_mutex);
    auto it = m_data.messages.constFind(sid);
    if (it == m_data.messages.cend())
        return std::nullopt;
    return it.value();
}

QList<SandboxState::StoredMessage> SandboxState::messagesTo(const QString& to) const
{
    QMutexLocker lock(&m_mutex);
    QList<StoredMessage> result;
    for (const StoredMessage& m : m_data.messages) {
        if (to.isEmpty() || m.to == to)
            result << m;
    }
    std::sort(result.begin(), result.end(), [](const auto& a, const auto& b) { return a.created > b.created; });
    return result;
}

QList<SandboxState::StoredMessage> SandboxState::messages(const QString& provider, const QString& to) const
{
    QMutexLocker lock(&m_mutex);
    QList<StoredMessage> result;
    for (const StoredMessage& m : m_data.messages) {
        if (m.provider == provider && (to.isEmpty() || m.to == to))
            result << m;
    }
    std::sort(result.begin(), result.end(),
        [](const auto& a, const auto& b) { return a.created != b.created ? a.created > b.created : a.sid > b.sid; });
    return result;
}

int SandboxState::acceptedFor(const QString& e164) const
{
    QMutexLocker lock(&m_mutex);
    return m_data.acceptedPerRecipient.value(e164);
}

qint64 SandboxState::acceptedTotal() const
{
    QMutexLocker lock(&m_mutex);
    return m_data.accepted;
}

QJsonObject SandboxState::statsJson() const
{
    QMutexLocker lock(&m_mutex);
    QJsonObject perRecipient;
    for (auto it = m_data.acceptedPerRecipient.cbegin(); it != m_data.acceptedPerRecipient.cend(); ++it)
        perRecipient.insert(it.key(), it.value());
    QJsonArray perSecond;
    int maxWindow = 0;
    for (auto it = m_data.acceptedPerSecond.cbegin(); it != m_data.acceptedPerSecond.cend(); ++it) {
        perSecond.append(QJsonArray {it.key(), it.value()});
        maxWindow = qMax(maxWindow, it.value());
    }
    // Each upload, and how many accepted messages were sent by its id.
    QJsonObject uploads;
    for (const UploadedMedia& m : m_data.media)
        uploads.insert(m.id, QJsonObject {{u"mime_type"_s, m.mimeType}, {u"size"_s, m.size}, {u"sent"_s, 0}});
    for (const StoredMessage& m : m_data.messages) {
        if (!m.mediaId.isEmpty() && uploads.contains(m.mediaId)) {
            QJsonObject upload = uploads.value(m.mediaId).toObject();
            upload.insert(u"sent"_s, upload.value(u"sent"_s).toInt() + 1);
            uploads.insert(m.mediaId, upload);
        }
    }
    return {{u"requests"_s, m_data.requests}, {u"accepted"_s, m_data.accepted}, {u"rejected"_s, m_data.rejected},
        {u"accepted_per_recipient"_s, perRecipient}, {u"accepted_per_second"_s, perSecond},
        {u"max_per_second"_s, maxWindow}, {u"callbacks_answered"_s, m_data.callbacksAnswered},
        {u"callbacks_refused"_s, m_data.callbacksRefused}, {u"inbound"_s, m_data.inbound},
        {u"media_uploads"_s, uploads}};
}
