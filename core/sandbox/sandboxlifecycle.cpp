#include "sandboxlifecycle.h"

#include <QCryptographicHash>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace {
// A number in [0, 1) fixed by the message id and what it is for.
double draw(const QString& messageId, char purpose)
{
    const QByteArray digest
        = QCryptographicHash::hash(QByteArray(messageId.toUtf8() + purpose), QCryptographicHash::Sha256).left(4);
    const quint32 value = (quint32(quint8(digest[0])) << 24) | (quint32(quint8(digest[1])) << 16)
        | (quint32(quint8(digest[2])) << 8) | quint32(quint8(digest[3]));
    return value / 4294967296.0;
}
} // namespace

QList<SandboxLifecycle::Step> SandboxLifecycle::steps(
    const QString& messageId, const QString& provider, int asyncErrorCode) const
{
    const bool twilio = provider == u"twilio"_s;
    const double later = 1 + jitter * draw(messageId, 'j');
    int code = asyncErrorCode;
    if (code == 0 && failShare > 0 && draw(messageId, 'f') < failShare)
        code = failCode != 0 ? failCode : (twilio ? 63016 : 131026);
    if (code != 0) {
        const QString word = twilio && code == 30007 ? u"undelivered"_s : u"failed"_s;
        return {{qint64(sentAfterMs * later), word, code}};
    }
    QList<Step> result {{qint64(sentAfterMs * later), u"sent"_s, 0},
        {qint64(qMax(deliveredAfterMs, sentAfterMs) * later), u"delivered"_s, 0}};
    if (readShare > 0 && draw(messageId, 'r') < readShare)
        result.append({qint64(qMax(readAfterMs, deliveredAfterMs) * later), u"read"_s, 0});
    return result;
}

SandboxLifecycle::Reply SandboxLifecycle::replyTo(
    const QString& messageId, const QString& provider, int asyncErrorCode) const
{
    const QList<Step> path = steps(messageId, provider, asyncErrorCode);
    if (replyShare <= 0 || path.size() < 2 || draw(messageId, 'q') >= replyShare)
        return {};
    static const QStringList kReplies = {u"Thanks!"_s, u"What time do you open on Saturday?"_s,
        u"Is it still available in blue?"_s, u"Great, see you tomorrow"_s, u"Can I still use the discount?"_s,
        u"\U0001F44D"_s, u"Obrigada!"_s, u"¿Tienen envío a domicilio?"_s};
    const bool stop = stopShare > 0 && draw(messageId, 's') < stopShare;
    const QString text = stop ? u"STOP"_s : kReplies.at(qsizetype(draw(messageId, 't') * kReplies.size()));
    return {path.at(1).afterMs + replyAfterMs, text};
}

SandboxLifecycle::Step SandboxLifecycle::at(
    const QString& messageId, const QString& provider, int asyncErrorCode, qint64 ageMs) const
{
    Step reached;
    for (const Step& step : steps(messageId, provider, asyncErrorCode)) {
        if (step.afterMs <= ageMs)
            reached = step;
    }
    return reached;
}

SandboxLifecycle SandboxLifecycle::fromJson(const QJsonObject& json, const SandboxLifecycle& base)
{
    SandboxLifecycle l = base;
    l.sentAfterMs = json.value(u"sent_after_ms"_s).toInt(l.sentAfterMs);
    l.deliveredAfterMs = json.value(u"delivered_after_ms"_s).toInt(l.deliveredAfterMs);
    l.readAfterMs = json.value(u"read_after_ms"_s).toInt(l.readAfterMs);
    l.readShare = json.value(u"read_share"_s).toDouble(l.readShare);
    l.failShare = json.value(u"fail_share"_s).toDouble(l.failShare);
    l.failCode = json.value(u"fail_code"_s).toInt(l.failCode);
    l.jitter = json.value(u"jitter"_s).toDouble(l.jitter);
    l.replyShare = json.value(u"reply_share"_s).toDouble(l.replyShare);
    l.stopShare = json.value(u"stop_share"_s).toDouble(l.stopShare);
    l.replyAfterMs = json.value(u"reply_after_ms"_s).toInt(l.replyAfterMs);
    return l;
}
