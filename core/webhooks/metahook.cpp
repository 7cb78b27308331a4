#include "metahook.h"

#include "http/httprequest.h"
#include "metawebhook.h"
#include "signatures.h"

#include <QJsonDocument>
#include <QUrlQuery>

#include <cctype>

using namespace Qt::StringLiterals;

namespace MetaHook {
bool looksSigned(const HttpRequest& request)
{
    const QByteArray header = request.header("X-Hub-Signature-256");
    if (header.size() != 7 + 64 || !header.startsWith("sha256="))
        return false;
    for (qsizetype i = 7; i < header.size(); ++i) {
        if (!std::isxdigit(static_cast<unsigned char>(header.at(i))))
            return false;
    }
    return true;
}

QSet<qint64> signers(const HttpRequest& request, const SenderDirectory::SecretsOf& secrets)
{
    const QByteArray header = request.header("X-Hub-Signature-256");
    QSet<qint64> found;
    QHash<QString, bool> checked; // senders of one app share a secret: one HMAC each
    for (auto it = secrets.cbegin(); it != secrets.cend(); ++it) {
        if (!it.value() || it.value()->appSecret.isEmpty())
            continue;
        const QString& secret = it.value()->appSecret;
        auto known = checked.constFind(secret);
        if (known == checked.cend())
            known = checked.insert(secret, Signatures::metaValid(secret, request.body, header));
        if (known.value())
            found.insert(it.key());
    }
    return found;
}

std::optional<QByteArray> handshake(const HttpRequest& request, const QStringList& tokens)
{
    const QUrlQuery query(QString::fromLatin1(request.query()));
    const QString mode = query.queryItemValue(u"hub.mode"_s, QUrl::FullyDecoded);
    const QByteArray token = query.queryItemValue(u"hub.verify_token"_s, QUrl::FullyDecoded).toUtf8();
    if (mode != u"subscribe"_s || token.isEmpty())
        return std::nullopt;
    bool matched = false;
    for (const QString& t : tokens) // every one compared, in time that does not depend on where they differ
        matched = (!t.isEmpty() && Signatures::sameBytes(token, t.toUtf8())) || matched;
    if (!matched)
        return std::nullopt;
    return query.queryItemValue(u"hub.challenge"_s, QUrl::FullyDecoded).toUtf8();
}

Result<WebhookDelivery> read(const HttpRequest& request,
    qint64 routeSender,
    const QSet<qint64>& signers,
    SenderDirectory& directory,
    qint64 nowMs)
{
    const auto senderOf = [&](const QString& number, const QString& account, QString* why) -> qint64 {
        qint64 sender = 0;
        if (!number.isEmpty()) {
            sender = directory.metaSenderOfNumber(number);
            if (sender == 0) {
                *why = u"names a phone number no sender has"_s; // yet: Meta sends it again
                return 0;
            }
        } else {
            sender = directory.metaSenderOfAccount(account);
            if (sender == 0)
                sender = routeSender;
            if (sender == 0) {
                *why = u"names no sender"_s;
                return 0;
            }
        }
        if (!signers.contains(sender)) {
            *why = u"signed with another sender's secret"_s;
            return 0;
        }
        return sender;
    };
    return deliveryOf(request.body, nowMs, senderOf);
}

Result<WebhookDelivery> deliveryOf(const QByteArray& body, qint64 nowMs, const MetaWebhookPayload::SenderOf& senderOf)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return Result<WebhookDelivery>::failure(u"the body is not JSON"_s);
    const Result<MetaWebhookPayload> payload = MetaWebhookPayload::parse(document, nowMs, senderOf);
    if (!payload.isOk())
        return payload.status();
    WebhookDelivery delivery;
    delivery.statuses = payload.value().statuses;
    delivery.messages = payload.value().messages;
    for (const MetaWebhookPayload::Event& e : payload.value().templateUpdates)
        delivery.events << WebhookDelivery::Event {WebhookDelivery::Event::Kind::TemplateReview, e.senderId, e.value};
    for (const MetaWebhookPayload::Event& e : payload.value().preferences)
        delivery.events << WebhookDelivery::Event {
            WebhookDelivery::Event::Kind::MarketingPreference, e.senderId, e.value};
    for (const MetaWebhookPayload::Event& e : payload.value().pricingTiers)
        delivery.events << WebhookDelivery::Event {WebhookDelivery::Event::Kind::PricingTier, e.senderId, e.value};
    return delivery;
}
} // namespace MetaHook
