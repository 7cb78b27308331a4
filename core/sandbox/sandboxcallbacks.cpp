#include "sandboxcallbacks.h"

#include "metasandbox.h"
#include "sandboxaccounts.h"
#include "twiliosandbox.h"
#include "util/formencoding.h"
#include "webhooks/signatures.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QUrlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSandboxCallbacks, "tandem.sandbox.callbacks")

namespace {
qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// Meta keeps trying for days; the sandbox a few times within a minute.
constexpr int kMetaAttempts = 4;
constexpr qint64 kMetaRetryMs = 2000;

// A business-scoped user ID for a number, stable like Meta's (country, a period, digits).
QString userIdFor(const QString& e164)
{
    const QByteArray digest = QCryptographicHash::hash(e164.toUtf8(), QCryptographicHash::Sha256).toHex();
    QString digits;
    for (char c : digest) {
        if (digits.size() == 16)
            break;
        digits += QChar(u'0' + (uchar(c) % 10));
    }
    return (e164.startsWith(u"+1"_s) ? u"US."_s : u"ZZ."_s) + digits;
}
} // namespace

SandboxCallbacks::SandboxCallbacks(SandboxState& state, QObject* parent)
    : QObject(parent), m_state(state), m_network(new QNetworkAccessManager(this))
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &SandboxCallbacks::fire);
}

int SandboxCallbacks::pending() const
{
    return int(m_queue.size());
}

void SandboxCallbacks::accepted(const SandboxState::StoredMessage& message)
{
    const bool twilio = message.provider == u"twilio"_s;
    const bool keyed = message.provider == u"360dialog"_s;
    SandboxState::MetaWebhook target;
    const SandboxState::KeyedWebhook keyedTarget = m_state.dialog360Webhook();
    if (twilio && message.statusCallback.isEmpty())
        return;
    if (keyed) {
        if (keyedTarget.url.isEmpty())
            return;
        target.url = keyedTarget.url;
    } else if (!twilio) {
        target = m_state.metaWebhook(message.phoneNumberId);
        if (target.url.isEmpty())
            return;
    }
    const qint64 accepted = message.created.toMSecsSinceEpoch();
    const QList<SandboxLifecycle::Step> steps
        = m_state.lifecycle().steps(message.sid, message.provider, message.asyncErrorCode);
    // Some customers write back once it reached them (some of them STOP).
    const SandboxLifecycle::Reply reply
        = m_state.lifecycle().replyTo(message.sid, message.provider, message.asyncErrorCode);
    if (!reply.text.isEmpty()) {
        const QString provider = message.provider;
        const QString customer = message.to;
        const QString text = reply.text;
        QTimer::singleShot(qMax<qint64>(0, accepted + reply.afterMs - nowMs()), this,
            [this, provider, customer, text] { customerWrites(provider, customer, text); });
    }
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const SandboxLifecycle::Step& step = steps.at(i);
        // Meta prices a message on "sent" and on one of delivered/read.
        const bool pricing = step.status == u"sent"_s || step.status == u"delivered"_s;
        const Report report = twilio ? twilioReport(message, step)
            : keyed                  ? asKeyed(metaReport(message, step, target, pricing), keyedTarget)
                                     : metaReport(message, step, target, pricing);
        schedule(accepted + step.afterMs, report);
    }
}

SandboxCallbacks::Report SandboxCallbacks::twilioReport(
    const SandboxState::StoredMessage& m, const SandboxLifecycle::Step& step) const
{
    FormFields params {{u"AccountSid"_s, m.accountSid}, {u"ApiVersion"_s, u"2010-04-01"_s},
        {u"ChannelPrefix"_s, u"whatsapp"_s}, {u"ChannelToAddress"_s, m.to},
        {u"From"_s, m.from.isEmpty() ? QString() : u"whatsapp:"_s + m.from}, {u"MessageSid"_s, m.sid},
        {u"MessageStatus"_s, step.status}, {u"SmsSid"_s, m.sid}, {u"SmsStatus"_s, step.status},
        {u"To"_s, u"whatsapp:"_s + m.to}};
    if (!m.messagingServiceSid.isEmpty())
        params.append({u"MessagingServiceSid"_s, m.messagingServiceSid});
    if (step.status == u"delivered"_s || step.status == u"read"_s || step.status == u"undelivered"_s)
        params.append({u"EventType"_s, step.status.toUpper()});
    if (step.errorCode != 0) {
        params.append({u"ErrorCode"_s, QString::number(step.errorCode)});
        params.append({u"ErrorMessage"_s, TwilioSandbox::messageFor(step.errorCode)});
    }
    Report r;
    r.url = m.statusCallback;
    r.body = encodeForm(params);
    r.contentType = "application/x-www-form-urlencoded";
    r.headers.append({"X-Twilio-Signature",
        Signatures::twilio(QString::fromUtf16(SandboxAccounts::twilioAuthToken), m.statusCallback, params)});
    r.headers.append({"I-Twilio-Idempotency-Token", QUuid::createUuid().toByteArray(QUuid::WithoutBraces)});
    return r;
}

SandboxCallbacks::Report SandboxCallbacks::metaReport(const SandboxState::StoredMessage& m,
    const SandboxLifecycle::Step& step,
    const SandboxState::MetaWebhook& target,
    bool withPricing) const
{
    QJsonObject status {{u"id"_s, m.sid}, {u"status"_s, step.status},
        {u"timestamp"_s, QString::number((m.created.toMSecsSinceEpoch() + step.afterMs) / 1000)},
        {u"recipient_id"_s, m.to.mid(1)}, {u"recipient_user_id"_s, userIdFor(m.to)}};
    if (withPricing && step.errorCode == 0) {
        const QString category = m.pricingCategory.isEmpty() ? u"service"_s : m.pricingCategory;
        // Since 2026-10-01 service messages are charged too: {type: regular, category: service} (provider
        // reference §5), and so is every message this practice copy delivers.
        status.insert(u"pricing"_s,
            QJsonObject {{u"billable"_s, true}, {u"pricing_model"_s, u"PMP"_s}, {u"type"_s, u"regular"_s},
                {u"category"_s, category}});
    }
    if (step.errorCode != 0) {
        const QString title = MetaSandbox::titleFor(step.errorCode);
        status.insert(u"errors"_s,
            QJsonArray {QJsonObject {{u"code"_s, step.errorCode}, {u"title"_s, title}, {u"message"_s, title},
                {u"error_data"_s, QJsonObject {{u"details"_s, title}}},
                {u"href"_s, u"https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes/"_s}}});
    }
    const QJsonObject value {{u"messaging_product"_s, u"whatsapp"_s},
        {u"metadata"_s,
            QJsonObject {{u"display_phone_number"_s, u"15550783881"_s}, {u"phone_number_id"_s, m.phoneNumberId}}},
        {u"statuses"_s, QJsonArray {status}}};
    const QJsonObject envelope {{u"object"_s, u"whatsapp_business_account"_s},
        {u"entry"_s,
            QJsonArray {QJsonObject {{u"id"_s, QString::fromUtf16(SandboxAccounts::metaWabaId)},
                {u"changes"_s, QJsonArray {QJsonObject {{u"field"_s, u"messages"_s}, {u"value"_s, value}}}}}}}};
    Report r;
    r.url = target.url;
    r.body = QJsonDocument(envelope).toJson(QJsonDocument::Compact);
    r.contentType = "application/json";
    r.headers.append(
        {"X-Hub-Signature-256", Signatures::meta(QString::fromUtf16(SandboxAccounts::metaAppSecret), r.body)});
    r.attemptsLeft = kMetaAttempts;
    return r;
}

SandboxCallbacks::Report SandboxCallbacks::asKeyed(Report report, const SandboxState::KeyedWebhook& target)
{
    // 360dialog forwards Meta's envelope without Meta's signature, with the headers its webhook was set with.
    report.headers.removeIf([](const auto& header) { return header.first == "X-Hub-Signature-256"; });
    report.headers.append(target.headers);
    return report;
}

bool SandboxCallbacks::customerWrites(
    const QString& provider, const QString& from, const QString& text, const QString& name)
{
    const QString who = name.isEmpty() ? u"Customer %1"_s.arg(from.right(4)) : name;
    const qint64 now = nowMs();
    Report r;
    if (provider == u"twilio"_s) {
        const QString sid = u"SM"_s + QUuid::createUuid().toString(QUuid::Id128);
        const QString business = QString::fromUtf16(SandboxAccounts::twilioSender);
        // Twilio keeps it in the account's message list whether or not a webhook is set.
        SandboxState::StoredMessage stored;
        stored.sid = sid;
        stored.provider = provider;
        stored.from = u"whatsapp:"_s + from;
        stored.to = business;
        stored.body = text;
        stored.created = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
        stored.accountSid = QString::fromUtf16(SandboxAccounts::twilioAccountSid);
        stored.inbound = true;
        m_state.recordInbound(stored);
        r.url = m_state.twilioInboundUrl();
        if (r.url.isEmpty())
            return false;
        const FormFields params {{u"AccountSid"_s, QString::fromUtf16(SandboxAccounts::twilioAccountSid)},
            {u"ApiVersion"_s, u"2010-04-01"_s}, {u"Body"_s, text}, {u"From"_s, u"whatsapp:"_s + from},
            {u"MessageSid"_s, sid}, {u"MessageType"_s, u"text"_s}, {u"NumMedia"_s, u"0"_s}, {u"NumSegments"_s, u"1"_s},
            {u"ProfileName"_s, who}, {u"SmsMessageSid"_s, sid}, {u"SmsSid"_s, sid}, {u"SmsStatus"_s, u"received"_s},
            {u"To"_s, u"whatsapp:"_s + business}, {u"WaId"_s, from.mid(1)}};
        r.body = encodeForm(params);
        r.contentType = "application/x-www-form-urlencoded";
        r.headers.append({"X-Twilio-Signature",
            Signatures::twilio(QString::fromUtf16(SandboxAccounts::twilioAuthToken), r.url, params)});
    } else {
        const bool keyed = provider == u"360dialog"_s;
        const QString number
            = QString::fromUtf16(keyed ? SandboxAccounts::dialog360PhoneNumberId : SandboxAccounts::metaPhoneNumberId);
        const SandboxState::KeyedWebhook keyedTarget = m_state.dialog360Webhook();
        const SandboxState::MetaWebhook target
            = keyed ? SandboxState::MetaWebhook {keyedTarget.url, {}} : m_state.metaWebhook(number);
        if (target.url.isEmpty())
            return false;
        QByteArray raw(24, Qt::Uninitialized);
        for (char& c : raw)
            c = char(QRandomGenerator::global()->bounded(256));
        const QString id = u"wamid."_s
            + QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
        const QJsonObject value {{u"messaging_product"_s, u"whatsapp"_s},
            {u"metadata"_s,
                QJsonObject {{u"display_phone_number"_s, u"15550783881"_s}, {u"phone_number_id"_s, number}}},
            {u"contacts"_s,
                QJsonArray {QJsonObject {{u"profile"_s, QJsonObject {{u"name"_s, who}}}, {u"wa_id"_s, from.mid(1)},
                    {u"user_id"_s, userIdFor(from)}}}},
            {u"messages"_s,
                QJsonArray {QJsonObject {{u"from"_s, from.mid(1)}, {u"from_user_id"_s, userIdFor(from)}, {u"id"_s, id},
                    {u"timestamp"_s, QString::number(now / 1000)}, {u"type"_s, u"text"_s},
                    {u"text"_s, QJsonObject {{u"body"_s, text}}}}}}};
        const QJsonObject envelope {{u"object"_s, u"whatsapp_business_account"_s},
            {u"entry"_s,
                QJsonArray {QJsonObject {{u"id"_s, QString::fromUtf16(SandboxAccounts::metaWabaId)},
                    {u"changes"_s, QJsonArray {QJsonObject {{u"field"_s, u"messages"_s}, {u"value"_s, value}}}}}}}};
        r.url = target.url;
        r.body = QJsonDocument(envelope).toJson(QJsonDocument::Compact);
        r.contentType = "application/json";
        r.headers.append(
            {"X-Hub-Signature-256", Signatures::meta(QString::fromUtf16(SandboxAccounts::metaAppSecret), r.body)});
        r.attemptsLeft = kMetaAttempts;
        if (keyed)
            r = asKeyed(r, keyedTarget);
    }
    post(r);
    return true;
}

void SandboxCallbacks::templateReviewed(const SandboxTemplate& t, const QString& provider)
{
    const bool keyed = provider == u"360dialog"_s;
    const SandboxState::KeyedWebhook channel = m_state.dialog360Webhook();
    const SandboxState::MetaWebhook app
        = keyed ? SandboxState::MetaWebhook {channel.url, {}} : m_state.metaWebhook(QString());
    if (app.url.isEmpty())
        return;
    QJsonObject value {{u"event"_s, t.decision}, {u"message_template_id"_s, t.id.toLongLong()},
        {u"message_template_name"_s, t.name}, {u"message_template_language"_s, t.language},
        {u"reason"_s, t.decision == u"REJECTED"_s ? t.rejectedReason : u"NONE"_s}};
    const QJsonObject envelope {{u"object"_s, u"whatsapp_business_account"_s},
        {u"entry"_s,
            QJsonArray {
                QJsonObject {{u"id"_s, QString::fromUtf16(SandboxAccounts::metaWabaId)}, {u"time"_s, nowMs() / 1000},
                    {u"changes"_s,
                        QJsonArray {
                            QJsonObject {{u"field"_s, u"message_template_status_update"_s}, {u"value"_s, value}}}}}}}};
    Report r;
    r.url = app.url;
    r.body = QJsonDocument(envelope).toJson(QJsonDocument::Compact);
    r.contentType = "application/json";
    r.headers.append(
        {"X-Hub-Signature-256", Signatures::meta(QString::fromUtf16(SandboxAccounts::metaAppSecret), r.body)});
    r.attemptsLeft = kMetaAttempts;
    schedule(t.decideAtMs, keyed ? asKeyed(r, channel) : r);
}

void SandboxCallbacks::schedule(qint64 dueMs, Report report)
{
    m_queue.insert(dueMs, std::move(report));
    const qint64 wait = qMax<qint64>(0, m_queue.firstKey() - nowMs());
    if (!m_timer.isActive() || m_timer.remainingTime() > wait)
        m_timer.start(int(wait));
}

void SandboxCallbacks::fire()
{
    const qint64 now = nowMs();
    while (!m_queue.isEmpty() && m_queue.firstKey() <= now) {
        Report report = m_queue.first();
        m_queue.erase(m_queue.begin());
        post(std::move(report));
    }
    if (!m_queue.isEmpty())
        m_timer.start(int(qMax<qint64>(0, m_queue.firstKey() - now)));
}

void SandboxCallbacks::post(Report report)
{
    QNetworkRequest request {QUrl(report.url)};
    request.setHeader(QNetworkRequest::ContentTypeHeader, report.contentType);
    request.setHeader(QNetworkRequest::UserAgentHeader,
        report.contentType.startsWith("application/json") ? QByteArray("facebookexternalua")
                                                          : QByteArray("TwilioProxy/1.1"));
    for (const auto& [name, value] : std::as_const(report.headers))
        request.setRawHeader(name, value);
    request.setTransferTimeout(10000);
    QNetworkReply* reply = m_network->post(request, report.body);
    connect(reply, &QNetworkReply::finished, this, [this, reply, report]() mutable {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const bool answered = status >= 200 && status < 300;
        m_state.recordCallback(answered);
        if (!answered) {
            qCDebug(lcSandboxCallbacks) << "callback to" << report.url << "answered" << status << reply->errorString();
            if (--report.attemptsLeft > 0)
                schedule(nowMs() + kMetaRetryMs * (kMetaAttempts - report.attemptsLeft), report);
        }
    });
}

void SandboxCallbacks::verify(
    const QString& url, const QString& verifyToken, std::function<void(bool ok, QString problem)> done)
{
    const QString challenge = QString::number(QRandomGenerator::global()->bounded(1000000000, 2000000000));
    QUrl target(url);
    QUrlQuery query(target);
    query.addQueryItem(u"hub.mode"_s, u"subscribe"_s);
    query.addQueryItem(u"hub.challenge"_s, challenge);
    query.addQueryItem(u"hub.verify_token"_s, QString::fromLatin1(QUrl::toPercentEncoding(verifyToken)));
    target.setQuery(query);
    QNetworkRequest request(target);
    request.setTransferTimeout(10000);
    QNetworkReply* reply = m_network->get(request);
    connect(reply, &QNetworkReply::finished, this, [reply, challenge, done = std::move(done)] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll().trimmed();
        if (status == 200 && body == challenge.toLatin1())
            return done(true, QString());
        done(false,
            status == 0
                ? reply->errorString()
                : u"HTTP Status Code = %1; HTTP Message = %2"_s.arg(status).arg(QString::fromUtf8(body.left(200))));
    });
}
