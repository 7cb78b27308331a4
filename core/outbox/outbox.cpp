#include "outbox.h"

#include "model/outgoingmessagejson.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace {
QString variablesJson(const QMap<QString, QString>& variables)
{
    QJsonObject o;
    for (auto it = variables.cbegin(); it != variables.cend(); ++it)
        o.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QMap<QString, QString> variablesFrom(const QString& json)
{
    QMap<QString, QString> variables;
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = o.begin(); it != o.end(); ++it)
        variables.insert(it.key(), it.value().toString());
    return variables;
}

const QString kRowColumns = u"id, broadcast_id, profile_id, recipient, variables, state, attempts, next_attempt_at, "
                            "claimed_at, provider_message_id, error_class, error_code, error_explanation"_s;

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
    return r;
}

Status failed(const QSqlQuery& q)
{
    return Status::failure(q.lastError().text());
}

// Qt binds a null QString as SQL NULL; the text columns are NOT NULL with '' for "none".
QString text(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

const QString kBroadcastColumns = u"id, profile_id, message, state, pause_reason, created_at, title, scheduled_at"_s;

Broadcast broadcastFrom(const QSqlQuery& q)
{
    Broadcast b;
    b.id = q.value(0).toLongLong();
    b.profileId = q.value(1).toLongLong();
    b.message = outgoingMessageFromJson(QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object());
    b.state = Broadcast::stateFromName(q.value(3).toString());
    b.pauseReason = q.value(4).toString();
    b.createdAt = QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs);
    b.title = q.value(6).toString();
    if (const qint64 at = q.value(7).toLongLong(); at > 0)
        b.scheduledAt = QDateTime::fromMSecsSinceEpoch(at, Qt::UTC);
    return b;
}

// Rows of running broadcasts (single sends have no broadcast).
const QString kRunning
    = u"(broadcast_id IS NULL OR broadcast_id IN (SELECT id FROM broadcasts WHERE state = 'running'))"_s;
} // namespace

Outbox::Outbox(Database& database) : m_database(database)
{ }

Result<qint64> Outbox::createBroadcast(qint64 profileId,
    const OutgoingMessage& message,
    const QList<Recipient>& recipients,
    const BroadcastOptions& options)
{
    const bool later = options.scheduledAt.isValid() && options.scheduledAt.toMSecsSinceEpoch() > nowMs();
    QSqlDatabase db = m_database.connection();
    if (!db.transaction())
        return Result<qint64>::failure(db.lastError().text());
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO broadcasts (profile_id, message, state, created_at, title, scheduled_at) "
              "VALUES (?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(profileId);
    q.addBindValue(QString::fromUtf8(QJsonDocument(outgoingMessageToJson(message)).toJson(QJsonDocument::Compact)));
    q.addBindValue(later ? u"scheduled"_s : u"running"_s);
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    q.addBindValue(text(options.title));
    q.addBindValue(later ? options.scheduledAt.toMSecsSinceEpoch() : qint64(0));
    if (!q.exec()) {
        db.rollback();
        return failed(q);
    }
    const qint64 id = q.lastInsertId().toLongLong();
    QSqlQuery insert(db);
    insert.prepare(u"INSERT INTO outbox (broadcast_id, profile_id, recipient, variables, state, updated_at) "
                   "VALUES (?, ?, ?, ?, 'queued', ?) ON CONFLICT DO NOTHING"_s);
    const qint64 now = nowMs();
    for (const Recipient& r : recipients) {
        insert.bindValue(0, id);
        insert.bindValue(1, profileId);
        insert.bindValue(2, r.phone);
        insert.bindValue(3, variablesJson(r.variables));
        insert.bindValue(4, now);
        if (!insert.exec()) {
            db.rollback();
            return failed(insert);
        }
    }
    if (!db.commit())
        return Result<qint64>::failure(db.lastError().text());
    return id;
}

Result<Broadcast> Outbox::broadcast(qint64 id) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT "_s + kBroadcastColumns + u" FROM broadcasts WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec())
        return failed(q);
    if (!q.next())
        return Result<Broadcast>::failure(QCoreApplication::translate("Outbox", "There is no broadcast %1.").arg(id));
    return broadcastFrom(q);
}

Result<QList<Broadcast>> Outbox::broadcasts() const
{
    QSqlQuery q(m_database.connection());
    if (!q.exec(u"SELECT "_s + kBroadcastColumns + u" FROM broadcasts ORDER BY id DESC"_s))
        return failed(q);
    QList<Broadcast> result;
    while (q.next())
        result << broadcastFrom(q);
    return result;
}

Result<QList<BroadcastSummary>> Outbox::summaries() const
{
    const Result<QList<Broadcast>> all = broadcasts();
    if (!all.isOk())
        return all.status();
    QHash<qint64, qsizetype> index;
    QList<BroadcastSummary> result;
    for (const Broadcast& b : all.value()) {
        index.insert(b.id, result.size());
        BroadcastSummary s;
        s.broadcast = b;
        for (OutboxState state : allOutboxStates())
            s.counts.insert(state, 0);
        result << s;
    }
    // The outbox_broadcast_state index answers this without reading the rows.
    QSqlQuery q(m_database.connection());
    if (!q.exec(u"SELECT broadcast_id, state, COUNT(*) FROM outbox WHERE broadcast_id IS NOT NULL "
                "GROUP BY broadcast_id, state"_s))
        return failed(q);
    while (q.next()) {
        const auto it = index.constFind(q.value(0).toLongLong());
        if (it == index.cend())
            continue;
        BroadcastSummary& s = result[it.value()];
        s.counts.insert(outboxStateFromName(q.value(1).toString()), q.value(2).toInt());
        s.total += q.value(2).toInt();
    }
    return result;
}

Result<int> Outbox::startScheduled(qint64 now)
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"UPDATE broadcasts SET state = 'running' WHERE state = 'scheduled' AND scheduled_at <= ?"_s);
    q.addBindValue(now);
    if (!q.exec())
        return failed(q);
    return q.numRowsAffected();
}

Result<QList<qint64>> Outbox::profilesWithDueRows(qint64 now) const
{
    // EXISTS stops at the first due row of each sender; a DISTINCT over the outbox would read every queued row.
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT p.id FROM profiles p WHERE EXISTS (SELECT 1 FROM outbox o WHERE o.profile_id = p.id AND "
              "o.state = 'retry_wait' AND o.next_attempt_at <= ? AND "_s
        + kRunning + u") OR EXISTS (SELECT 1 FROM outbox o WHERE o.profile_id = p.id AND o.state = 'queued' AND "_s
        + kRunning + u")"_s);
    q.addBindValue(now);
    if (!q.exec())
        return failed(q);
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

Result<QList<OutboxRow>> Outbox::claimDue(qint64 profileId, int limit, qint64 now)
{
    QSqlDatabase db = m_database.connection();
    if (!db.transaction())
        return Result<QList<OutboxRow>>::failure(db.lastError().text());
    // Retries that are due first, then new rows; each query walks the outbox_due index in order.
    QList<OutboxRow> rows;
    QStringList ids;
    for (const QString& state : {u"retry_wait"_s, u"queued"_s}) {
        const int left = limit - int(rows.size());
        if (left <= 0)
            break;
        QSqlQuery q(db);
        q.prepare(u"SELECT "_s + kRowColumns
            + u" FROM outbox WHERE profile_id = ? AND state = ? AND next_attempt_at <= ? AND "_s + kRunning
            + u" ORDER BY next_attempt_at, id LIMIT ?"_s);
        q.addBindValue(profileId);
        q.addBindValue(state);
        q.addBindValue(now);
        q.addBindValue(left);
        if (!q.exec()) {
            db.rollback();
            return failed(q);
        }
        while (q.next()) {
            OutboxRow r = rowFrom(q);
            r.state = OutboxState::Sending;
            r.attempts += 1;
            r.claimedAtMs = now;
            ids << QString::number(r.id);
            rows << r;
        }
    }
    if (!rows.isEmpty()) {
        QSqlQuery update(db);
        if (!update.exec(
                u"UPDATE outbox SET state = 'sending', attempts = attempts + 1, claimed_at = %1, updated_at = %1 "
                "WHERE id IN (%2)"_s.arg(now)
                    .arg(ids.join(u',')))) {
            db.rollback();
            return failed(update);
        }
    }
    if (!db.commit())
        return Result<QList<OutboxRow>>::failure(db.lastError().text());
    return rows;
}

Status Outbox::record(const QList<Completion>& completions)
{
    if (completions.isEmpty())
        return Status::success();
    QSqlDatabase db = m_database.connection();
    if (!db.transaction())
        return Status::failure(db.lastError().text());
    QSqlQuery update(db);
    update.prepare(u"UPDATE outbox SET state = ?, next_attempt_at = ?, provider_message_id = ?, error_class = ?, "
                   "error_code = ?, error_explanation = ?, profile_id = ?, attempts = ?, updated_at = ? "
                   "WHERE id = ? AND state = 'sending'"_s);
    QSqlQuery attempt(db);
    attempt.prepare(u"INSERT INTO outbox_attempts (outbox_id, attempt, profile_id, at, outcome, error_code, "
                    "provider_message_id) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    QSqlQuery pause(db);
    pause.prepare(u"UPDATE broadcasts SET state = 'paused', pause_reason = ? WHERE id = ? AND state = 'running'"_s);
    for (const Completion& c : completions) {
        const bool rerouted = c.reroutedToProfileId != 0;
        const OutboxState state = rerouted ? OutboxState::Queued : c.decision.state;
        // A row paused by an authentication failure does not count that attempt.
        const int attempts = c.decision.pauseBroadcast ? c.row.attempts - 1 : c.row.attempts;
        update.bindValue(0, outboxStateName(state));
        update.bindValue(1, state == OutboxState::RetryWait ? c.decision.nextAttemptAtMs : 0);
        update.bindValue(2, c.providerMessageId.isEmpty() ? QVariant() : QVariant(c.providerMessageId));
        update.bindValue(3, text(c.error.isError() ? errorClassName(c.error.errorClass) : QString()));
        update.bindValue(4, text(c.error.code));
        update.bindValue(5, text(c.error.explanation));
        update.bindValue(6, rerouted ? c.reroutedToProfileId : c.row.profileId);
        update.bindValue(7, rerouted ? 0 : attempts);
        update.bindValue(8, c.atMs);
        update.bindValue(9, c.row.id);
        if (!update.exec()) {
            db.rollback();
            return failed(update);
        }
        attempt.bindValue(0, c.row.id);
        attempt.bindValue(1, c.row.attempts);
        attempt.bindValue(2, c.sentThroughProfileId);
        attempt.bindValue(3, c.atMs);
        attempt.bindValue(4, c.error.isError() ? errorClassName(c.error.errorClass) : u"accepted"_s);
        attempt.bindValue(5, text(c.error.code));
        attempt.bindValue(6, c.providerMessageId.isEmpty() ? QVariant() : QVariant(c.providerMessageId));
        if (!attempt.exec()) {
            db.rollback();
            return failed(attempt);
        }
        if (c.decision.pauseBroadcast && c.row.broadcastId != 0) {
            pause.bindValue(0, text(c.error.explanation));
            pause.bindValue(1, c.row.broadcastId);
            if (!pause.exec()) {
                db.rollback();
                return failed(pause);
            }
        }
    }
    if (!db.commit())
        return Status::failure(db.lastError().text());
    return Status::success();
}

Result<QList<OutboxRow>> Outbox::rowsPage(
    qint64 broadcastId, qint64 afterId, int limit, std::optional<OutboxState> state) const
{
    if (state)
        return selectRows(
            u"broadcast_id = ? AND id > ? AND state = ?"_s, {broadcastId, afterId, outboxStateName(*state)}, limit);
    return selectRows(u"broadcast_id = ? AND id > ?"_s, {broadcastId, afterId}, limit);
}

Result<QList<OutboxRow>> Outbox::rowsUpdatedSince(qint64 broadcastId, qint64 sinceMs, qint64 maxId) const
{
    return selectRows(u"broadcast_id = ? AND updated_at >= ? AND id <= ?"_s, {broadcastId, sinceMs, maxId});
}

Status Outbox::release(const QList<OutboxRow>& rows, qint64 notBeforeMs)
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"UPDATE outbox SET state = 'retry_wait', attempts = attempts - 1, next_attempt_at = ? "
              "WHERE id = ? AND state = 'sending'"_s);
    for (const OutboxRow& r : rows) {
        q.bindValue(0, notBeforeMs);
        q.bindValue(1, r.id);
        if (!q.exec())
            return failed(q);
    }
    return Status::success();
}

Result<int> Outbox::markInFlightUnconfirmed()
{
    QSqlQuery q(m_database.connection());
    if (!q.exec(u"UPDATE outbox SET state = 'unconfirmed' WHERE state = 'sending'"_s))
        return failed(q);
    return q.numRowsAffected();
}

Result<QList<OutboxRow>> Outbox::selectRows(const QString& where, const QVariantList& values, int limit) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT "_s + kRowColumns + u" FROM outbox WHERE "_s + where + u" ORDER BY id LIMIT ?"_s);
    for (const QVariant& v : values)
        q.addBindValue(v);
    q.addBindValue(limit); // SQLite: a negative limit is none
    if (!q.exec())
        return failed(q);
    QList<OutboxRow> result;
    while (q.next())
        result << rowFrom(q);
    return result;
}

Result<QList<OutboxRow>> Outbox::rows(qint64 broadcastId, OutboxState state) const
{
    return selectRows(u"broadcast_id = ? AND state = ?"_s, {broadcastId, outboxStateName(state)});
}

Result<QList<OutboxRow>> Outbox::rows(OutboxState state) const
{
    return selectRows(u"state = ?"_s, {outboxStateName(state)});
}

Status Outbox::resolveUnconfirmed(qint64 rowId, bool resend, const QString& providerMessageId)
{
    QSqlQuery q(m_database.connection());
    if (!providerMessageId.isEmpty()) {
        q.prepare(
            u"UPDATE outbox SET state = 'accepted', provider_message_id = ? WHERE id = ? AND state = 'unconfirmed'"_s);
        q.addBindValue(providerMessageId);
    } else {
        q.prepare(resend
                ? u"UPDATE outbox SET state = 'queued', next_attempt_at = 0 WHERE id = ? AND state = 'unconfirmed'"_s
                : u"UPDATE outbox SET state = 'cancelled' WHERE id = ? AND state = 'unconfirmed'"_s);
    }
    q.addBindValue(rowId);
    return q.exec() ? Status::success() : failed(q);
}

Result<QHash<OutboxState, int>> Outbox::counts(qint64 broadcastId) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT state, COUNT(*) FROM outbox WHERE broadcast_id = ? GROUP BY state"_s);
    q.addBindValue(broadcastId);
    if (!q.exec())
        return failed(q);
    QHash<OutboxState, int> counts;
    for (OutboxState s : allOutboxStates())
        counts.insert(s, 0);
    while (q.next())
        counts.insert(outboxStateFromName(q.value(0).toString()), q.value(1).toInt());
    return counts;
}

Status Outbox::pause(qint64 broadcastId, const QString& reason)
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"UPDATE broadcasts SET state = 'paused', pause_reason = ? WHERE id = ? AND state = 'running'"_s);
    q.addBindValue(text(reason));
    q.addBindValue(broadcastId);
    return q.exec() ? Status::success() : failed(q);
}

Status Outbox::pauseSender(qint64 profileId, const QString& reason)
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"UPDATE broadcasts SET state = 'paused', pause_reason = ? WHERE profile_id = ? AND state = 'running'"_s);
    q.addBindValue(text(reason));
    q.addBindValue(profileId);
    return q.exec() ? Status::success() : failed(q);
}

Status Outbox::resume(qint64 broadcastId)
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"UPDATE broadcasts SET state = 'running', pause_reason = '' WHERE id = ? AND state = 'paused'"_s);
    q.addBindValue(broadcastId);
    return q.exec() ? Status::success() : failed(q);
}

Status Outbox::cancel(qint64 broadcastId)
{
    QSqlDatabase db = m_database.connection();
    db.transaction();
    QSqlQuery q(db);
    q.prepare(
        u"UPDATE broadcasts SET state = 'cancelled' WHERE id = ? AND state IN ('scheduled', 'running', 'paused')"_s);
    q.addBindValue(broadcastId);
    if (!q.exec()) {
        db.rollback();
        return failed(q);
    }
    QSqlQuery rows(db);
    rows.prepare(u"UPDATE outbox SET state = 'cancelled', updated_at = ? WHERE broadcast_id = ? AND state IN "
                 "('queued', 'retry_wait')"_s);
    rows.addBindValue(nowMs());
    rows.addBindValue(broadcastId);
    if (!rows.exec()) {
        db.rollback();
        return failed(rows);
    }
    return db.commit() ? Status::success() : Status::failure(db.lastError().text());
}

Status Outbox::retryFailed(qint64 broadcastId)
{
    return retryFailedThrough(broadcastId, 0);
}

Status Outbox::retryFailedThrough(qint64 broadcastId, qint64 profileId)
{
    QSqlDatabase db = m_database.connection();
    db.transaction();
    QSqlQuery q(db);
    // profile_id 0 keeps each row's own sender.
    q.prepare(u"UPDATE outbox SET state = 'queued', attempts = 0, next_attempt_at = 0, updated_at = ?, "
              "profile_id = CASE WHEN ? = 0 THEN profile_id ELSE ? END WHERE broadcast_id = ? AND state = 'failed'"_s);
    q.addBindValue(nowMs());
    q.addBindValue(profileId);
    q.addBindValue(profileId);
    q.addBindValue(broadcastId);
    QSqlQuery b(db);
    b.prepare(
        u"UPDATE broadcasts SET state = 'running', finished_at = NULL WHERE id = ? AND state IN ('finished', 'paused')"_s);
    b.addBindValue(broadcastId);
    if (!q.exec() || !b.exec()) {
        db.rollback();
        return failed(q);
    }
    return db.commit() ? Status::success() : Status::failure(db.lastError().text());
}

Status Outbox::finishCompleted()
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"UPDATE broadcasts SET state = 'finished', finished_at = ? WHERE state = 'running' AND NOT EXISTS "
              "(SELECT 1 FROM outbox WHERE outbox.broadcast_id = broadcasts.id AND outbox.state IN ('queued', "
              "'retry_wait', 'sending'))"_s);
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    return q.exec() ? Status::success() : failed(q);
}
