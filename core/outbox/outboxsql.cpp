#include "outboxsql.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace OutboxSql {
const QString kRowColumns = u"id, broadcast_id, profile_id, recipient, variables, state, attempts, next_attempt_at, "
                            "claimed_at, provider_message_id, error_class, error_code, error_explanation, "
                            "unconfirmed_reason, resends, throttles, lease_owner, updated_at, sent_at, delivered_at, "
                            "read_at, polls, cost_estimate, earlier_attempts"_s;

const QString kRunning = u"broadcast_id IN (SELECT id FROM broadcasts WHERE state = 'running')"_s;

namespace {
QMap<QString, QString> variablesFrom(const QString& json)
{
    QMap<QString, QString> variables;
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = o.begin(); it != o.end(); ++it)
        variables.insert(it.key(), it.value().toString());
    return variables;
}
} // namespace

OutboxRow rowFrom(const QSqlQuery& q)
{
    OutboxRow r;
    r.id = q.value(0).toLongLong();
    r.broadcastId = q.value(1).toLongLong();
    r.profileId = q.value(2).toLongLong();
    r.recipient = q.value(3).toString();
    r.variables = variablesFrom(q.value(4).toString());
    r.state = outboxStateFromName(q.value(5).toString());
    r.attempts = q.value(6).toInt();
    r.nextAttemptAtMs = q.value(7).toLongLong();
    r.claimedAtMs = q.value(8).toLongLong();
    r.providerMessageId = q.value(9).toString();
    r.errorClass = q.value(10).toString();
    r.errorCode = q.value(11).toString();
    r.errorExplanation = q.value(12).toString();
    r.unconfirmedReason = q.value(13).toString();
    r.resends = q.value(14).toInt();
    r.throttles = q.value(15).toInt();
    r.leaseOwner = q.value(16).toString();
    r.updatedAtMs = q.value(17).toLongLong();
    r.sentAtMs = q.value(18).toLongLong();
    r.deliveredAtMs = q.value(19).toLongLong();
    r.readAtMs = q.value(20).toLongLong();
    r.polls = q.value(21).toInt();
    if (!q.value(22).isNull())
        r.costEstimateUsd = q.value(22).toDouble();
    r.earlierAttempts = q.value(23).toInt();
    return r;
}

QString variablesJson(const QMap<QString, QString>& variables)
{
    QJsonObject o;
    for (auto it = variables.cbegin(); it != variables.cend(); ++it)
        o.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

Status failed(const QSqlQuery& q)
{
    return Status::failure(q.lastError().text());
}

QString text(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}
} // namespace OutboxSql
