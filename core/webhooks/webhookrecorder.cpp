#include "webhookrecorder.h"

#include "consent/optouts.h"
#include "inbox/optoutconfirmations.h"
#include "outbox/outbox.h"
#include "pricing/volumetiers.h"
#include "senderdirectory.h"
#include "storage/database.h"
#include "storage/writetransaction.h"
#include "templates/templatecatalogue.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcWebhooks)

namespace {
const QByteArray kEmptyTwiml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response></Response>";

QString kindName(WebhookDelivery::Event::Kind kind)
{
    switch (kind) {
    case WebhookDelivery::Event::Kind::TemplateReview:
        return u"template"_s;
    case WebhookDelivery::Event::Kind::MarketingPreference:
        return u"preferences"_s;
    case WebhookDelivery::Event::Kind::PricingTier:
        return VolumeTiers::eventKind();
    }
    return u"other"_s;
}
} // namespace

WebhookRecorder::WebhookRecorder(Database& database, SenderDirectory& senders, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_senders(senders)
    , m_ledger(database)
    , m_inbox(database)
    , m_outbox(std::make_unique<Outbox>(database))
{
    m_flush.setSingleShot(true);
    connect(&m_flush, &QTimer::timeout, this, &WebhookRecorder::flush);
}

WebhookRecorder::~WebhookRecorder() = default;

void WebhookRecorder::add(WebhookDelivery delivery, HttpReply reply)
{
    m_batch.push_back({std::move(delivery), std::move(reply)});
    if (!m_flush.isActive())
        m_flush.start(0); // what else arrives before the event loop comes back shares the commit
}

void WebhookRecorder::flush()
{
    std::vector<Waiting> batch;
    batch.swap(m_batch);
    if (batch.empty())
        return;
    Stored stored;
    const Status status = store(batch, stored);
    for (const Waiting& w : batch) {
        if (!status.isOk())
            w.reply.send(500, "could not store it; try again later\n");
        else if (w.delivery.answerWithTwiml)
            w.reply.send(200, kEmptyTwiml, "text/xml");
        else
            w.reply.send(200, QByteArray());
    }
    if (!status.isOk()) {
        qCWarning(lcWebhooks) << "could not store" << batch.size() << "webhook(s):" << status.error();
        return;
    }
    queueConfirmations(stored.confirmations);
    if (stored.statuses > 0 || stored.messages > 0)
        Q_EMIT received(stored.statuses, stored.messages);
    if (stored.templates > 0)
        Q_EMIT templatesChanged(stored.templates);
}

Status WebhookRecorder::store(const std::vector<Waiting>& batch, Stored& stored)
{
    WriteTransaction transaction(m_database.connection());
    if (!transaction.isOpen())
        return transaction.status();
    const auto confirmationFor = [this](qint64 profileId) {
        return m_senders.setting(profileId, InboxLedger::confirmationSetting());
    };
    for (const Waiting& w : batch) {
        const Result<StatusLedger::Outcome> recorded = m_ledger.record(w.delivery.statuses);
        if (!recorded.isOk())
            return recorded.status();
        const Result<InboxLedger::Outcome> inbound = m_inbox.record(w.delivery.messages, confirmationFor);
        if (!inbound.isOk())
            return inbound.status();
        stored.statuses += recorded.value().stored;
        stored.messages += inbound.value().stored;
        stored.confirmations << inbound.value().confirmations;
        for (const WebhookDelivery::Event& event : w.delivery.events) {
            const Status kept = storeEvent(event, stored);
            if (!kept.isOk())
                return kept;
        }
    }
    return transaction.commit();
}

Status WebhookRecorder::storeEvent(const WebhookDelivery::Event& event, Stored& stored)
{
    const QByteArray json = QJsonDocument(event.value).toJson(QJsonDocument::Compact);
    const QString kind = kindName(event.kind);
    QSqlQuery q(m_database.connection());
    // Kept once per sender: Meta repeats events, and another sender's report is another event.
    q.prepare(u"INSERT INTO webhook_events (provider, profile_id, kind, event_key, received_at, payload, applied) "
              "VALUES ('meta_cloud', ?, ?, ?, ?, ?, 0) ON CONFLICT (event_key) DO NOTHING RETURNING id"_s);
    q.addBindValue(event.senderId);
    q.addBindValue(kind);
    q.addBindValue(QString(kind + u':' + QString::number(event.senderId) + u':'
        + QString::fromLatin1(QCryptographicHash::hash(json, QCryptographicHash::Sha256).toHex())));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    q.addBindValue(QString::fromUtf8(json));
    if (!q.exec())
        return Status::failure(q.lastError().text());
    if (!q.next())
        return Status::success(); // a repeat: applied the first time
    if (event.kind == WebhookDelivery::Event::Kind::MarketingPreference)
        return applyPreference(event.value);
    if (event.kind == WebhookDelivery::Event::Kind::PricingTier)
        return Status::success(); // kept as it came: VolumeTiers reads it
    // message_template_status_update: {event: APPROVED | REJECTED | PAUSED | …, message_template_id,
    // message_template_name, message_template_language, reason}. The account's other senders share its templates.
    QList<qint64> account {event.senderId};
    const QString waba = m_senders.setting(event.senderId, u"waba_id"_s);
    if (!waba.isEmpty()) {
        for (const Profile& p : m_senders.all(WebhookStyle::MetaSigned)) {
            if (p.id != event.senderId && p.setting(u"waba_id"_s) == waba)
                account << p.id;
        }
    }
    const QJsonObject& v = event.value;
    const Result<int> changed
        = TemplateCatalogue(m_database)
              .updateStatus(account, QString::number(v.value(u"message_template_id"_s).toInteger()),
                  v.value(u"message_template_name"_s).toString(), v.value(u"message_template_language"_s).toString(),
                  v.value(u"event"_s).toString(), v.value(u"reason"_s).toString());
    if (!changed.isOk())
        return changed.status();
    stored.templates += changed.value();
    return Status::success();
}

Status WebhookRecorder::applyPreference(const QJsonObject& value)
{
    // Meta's user_preferences: {"contacts": [{"wa_id", "user_id"}], "user_preferences": [{"wa_id", "user_id",
    // "category": "marketing_messages", "value": "stop" | "resume", "timestamp"}]}.
    for (const QJsonValue& v : value.value(u"user_preferences"_s).toArray()) {
        const QJsonObject p = v.toObject();
        if (p.value(u"category"_s).toString() != u"marketing_messages"_s)
            continue;
        const QString word = p.value(u"value"_s).toString().toLower();
        if (word != u"stop"_s && word != u"resume"_s)
            continue;
        const QString waId = p.value(u"wa_id"_s).toString();
        const QString phone = waId.isEmpty() ? QString() : (waId.startsWith(u'+') ? waId : u"+"_s + waId);
        bool ok = false;
        const qint64 seconds = p.value(u"timestamp"_s).toVariant().toLongLong(&ok);
        const QDateTime at
            = ok && seconds > 0 ? QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC) : QDateTime::currentDateTimeUtc();
        const Status applied = OptOuts::fromMarketingPreference(
            m_database.connection(), phone, p.value(u"user_id"_s).toString(), word == u"stop"_s, at);
        if (!applied.isOk())
            return applied;
    }
    return Status::success();
}

void WebhookRecorder::queueConfirmations(const QList<InboxLedger::Confirmation>& confirmations)
{
    for (const QString& problem : queueOptOutConfirmations(*m_outbox, confirmations))
        qCWarning(lcWebhooks) << "could not queue an opt-out confirmation:" << problem;
}
