#include "twiliosentmatch.h"

#include <QDateTime>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace {
// date_created has whole seconds, and the two clocks may differ a little.
constexpr qint64 kBeforeMs = 3000;
// A request that hung may have been taken until the transfer timeout ran out.
constexpr qint64 kAfterMs = 120000;

} // namespace

QDateTime twilioDateTime(const QString& text)
{
    QDateTime t = QLocale::c().toDateTime(text.left(25), u"ddd, dd MMM yyyy HH:mm:ss"_s);
    t.setTimeSpec(Qt::UTC);
    return t;
}

QString matchTwilioSentMessage(const QJsonArray& messages, const SentMessageQuery& query)
{
    const OutgoingMessage& m = query.message;
    for (const QJsonValue& value : messages) {
        const QJsonObject message = value.toObject();
        const QString sid = message.value(u"sid"_s).toString();
        if (sid.isEmpty() || query.knownIds.contains(sid))
            continue;
        if (!message.value(u"direction"_s).toString().startsWith(u"outbound"_s))
            continue;
        const QDateTime created = twilioDateTime(message.value(u"date_created"_s).toString());
        if (!created.isValid())
            continue;
        const qint64 at = created.toMSecsSinceEpoch();
        if (at < query.sentAtMs - kBeforeMs || at > query.sentAtMs + kAfterMs)
            continue;
        const QString body = message.value(u"body"_s).toString();
        switch (m.kind) {
        case OutgoingMessage::Kind::Text:
            if (body.trimmed() != m.text.trimmed())
                continue;
            break;
        case OutgoingMessage::Kind::Media:
            if (message.value(u"num_media"_s).toString().toInt() < 1 || body.trimmed() != m.text.trimmed())
                continue;
            break;
        case OutgoingMessage::Kind::ContentTemplate:
            // Twilio's Message resource has no Content SID in its specification; where an answer carries one, it
            // must agree.
            if (message.contains(u"content_sid"_s) && !message.value(u"content_sid"_s).isNull()
                && message.value(u"content_sid"_s).toString() != m.contentSid)
                continue;
            break;
        default:
            continue; // Twilio sends nothing else
        }
        return sid;
    }
    return QString();
}
