// Broadcasts as a whole: writing one, reading them with their counts, and the owner's controls.
#include "broadcasts.h"

#include "model/outgoingmessagejson.h"
#include "outboxsql.h"
#include "pricing/messagecost.h"
#include "storage/changenotifier.h"
#include "storage/database.h"
#include "storage/writetransaction.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace OutboxSql;

namespace {
const QString kBroadcastColumns = u"id, profile_id, message, state, pause_reason, created_at, title, scheduled_at, "
                                  "category, ignore_window, confirms_opt_out"_s;

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
    b.category = q.value(8).toString();
    b.ignoreWindow = q.value(9).toInt() != 0;
    b.confirmsOptOut = q.value(10).toInt() != 0;
    return b;
}

// Rows are written this many to a transaction, so the write lock is never held for long: the dispatcher keeps
// sending other broadcasts while a large one is written.
constexpr int kChunk = 5000;

Status removeBroadcast(QSqlDatabase db, qint64 id)
{
    WriteTransaction transaction(db);
    QSqlQuery q(db);
    q.prepare(u"DELETE FROM outbox WHERE broadcast_id = ?"_s);
    q.addBindValue(id);
    QSqlQuery b(db);
    b.prepare(u"DELETE FROM broadcasts WHERE id = ?"_s);
    b.addBindValue(id);
    if (!q.exec())
        return failed(q);
    if (!b.exec())
        return failed(b);
    return transaction.commit();
}
} // namespace

Broadcasts::Broadcasts(Database& database) : m_database(database)
{ }

Result<qint64> Broadcasts::create(qint64 profileId,
    const OutgoingMessage& message,
    const QList<Recipient>& recipients,
    const Options& options,
    const Progress& progress)
{
    const bool later = options.scheduledAt.isValid() && options.scheduledAt.toMSecsSinceEpoch() > nowMs();
    QSqlDatabase db = m_database.connection();
    // The broadcast is "preparing" (never claimed) until every row is written, then running or scheduled.
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO broadcasts (profile_id, message, state, created_at, title, scheduled_at, kind, category, "
              "ignore_window, confirms_opt_out, budget_usd) VALUES (?, ?, 'preparing', ?, ?, ?, ?, ?, ?, ?, ?) "
              "RETURNING id"_s);
    q.addBindValue(profileId);
    q.addBindValue(QString::fromUtf8(QJsonDocument(outgoingMessageToJson(message)).toJson(QJsonDocument::Compact)));
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    q.addBindValue(text(options.title));
    q.addBindValue(later ? options.scheduledAt.toMSecsSinceEpoch() : qint64(0));
    q.addBindValue(options.reply ? u"reply"_s : u"broadcast"_s);
    q.addBindValue(text(options.category));
    q.addBindValue(options.ignoreWindow ? 1 : 0);
    q.addBindValue(options.confirmsOptOut ? 1 : 0);
    q.addBindValue(options.budgetUsd ? QVariant(*options.budgetUsd) : QVariant(QMetaType(QMetaType::Double)));
    if (!q.exec())
        return failed(q);
    const qint64 id = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    auto abandon = [&](const Status& why) -> Result<qint64> {
        removeBroadcast(db, id);
        return why;
    };
    // Each row keeps its estimated price, for budgets and reports; free text is a service message.
    const Result<MessageCost> cost
        = MessageCost::forSender(m_database, profileId, MessageCost::categoryOf(message, options.category));
    if (!cost.isOk())
        return abandon(cost.status());
    const int total = int(recipients.size());
    for (int start = 0; start < total || start == 0; start += kChunk) {
        WriteTransaction transaction(db);
        if (!transaction.isOpen())
            return abandon(transaction.status());
        QSqlQuery insert(db);
        insert.prepare(u"INSERT INTO outbox (broadcast_id, profile_id, recipient, variables, state, updated_at, "
                       "cost_estimate) VALUES (?, ?, ?, ?, 'queued', ?, ?) ON CONFLICT DO NOTHING"_s);
        const qint64 now = nowMs();
        for (int i = start; i < qMin(total, start + kChunk); ++i) {
            const Recipient& r = recipients.at(i);
            insert.bindValue(0, id);
            insert.bindValue(1, profileId);
            insert.bindValue(2, r.phone);
            insert.bindValue(3, variablesJson(r.variables));
            insert.bindValue(4, now);
            const std::optional<double> price = cost.value().of(r.phone);
            insert.bindValue(5, price ? QVariant(*price) : QVariant(QMetaType(QMetaType::Double)));
            if (!insert.exec())
                return abandon(failed(insert));
        }
        if (start + kChunk >= total) {
            ChangeNotifier::notify(db, ChangeNotifier::Channel::Outbox); // the new broadcast, on every desk
            QSqlQuery ready(db);
            ready.prepare(u"UPDATE broadcasts SET state = ? WHERE id = ? AND state = 'preparing'"_s);
            ready.addBindValue(later ? u"scheduled"_s : u"running"_s);
            ready.addBindValue(id);
            if (!ready.exec())
                return abandon(failed(ready));
        }
        const Status committed = transaction.commit();
        if (!committed.isOk())
            return abandon(committed);
        if (progress && !progress(qMin(total, start + kChunk), total))
            return abandon(Status::failure(
                QCoreApplication::translate("Outbox", "The broadcast was cancelled before it started.")));
        if (total == 0)
            break;
    }
    return id;
}

Result<Broadcast> Broadcasts::find(qint64 id) const
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

Result<QList<Broadcast>> Broadcasts::list() const
{
    QSqlQuery q(m_database.connection());
    if (!q.exec(u"SELECT "_s + kBroadcastColumns + u" FROM broadcasts WHERE kind = 'broadcast' ORDER BY id DESC"_s))
        return failed(q);
    QList<Broadcast> result;
    while (q.next())
        result << broadcastFrom(q);
    return result;
}

Result<QList<BroadcastSummary>> Broadcasts::summaries() const
{
    const Result<QList<Broadcast>> all = list();
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

Result<QHash<OutboxState, int>> Broadcasts::counts(qint64 broadcastId) const
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

Result<int> Broadcasts::startScheduled(qint64 now)
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"UPDATE broadcasts SET state = 'running' WHERE state = 'scheduled' AND scheduled_at <= ?"_s);
    q.addBindValue(now);
    if (!q.exec())
        return failed(q);
    return q.numRowsAffected();
}

Status Broadcasts::pause(qint64 broadcastId, const QString& reason)
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"UPDATE broadcasts SET state = 'paused', pause_reason = ? WHERE id = ? AND state = 'running'"_s);
    q.addBindValue(text(reason));
    q.addBindValue(broadcastId);
    return q.exec() ? Status::success() : failed(q);
}

Status Broadcasts::pauseSender(qint64 profileId, const QString& reason)
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"UPDATE broadcasts SET state = 'paused', pause_reason = ? WHERE profile_id = ? AND state = 'running'"_s);
    q.addBindValue(text(reason));
    q.addBindValue(profileId);
    return q.exec() ? Status::success() : failed(q);
}

Status Broadcasts::resume(qint64 broadcastId)
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"UPDATE broadcasts SET state = 'running', pause_reason = '' WHERE id = ? AND state = 'paused'"_s);
    q.addBindValue(broadcastId);
    return q.exec() ? Status::success() : failed(q);
}

Status Broadcasts::cancel(qint64 broadcastId)
{
    QSqlDatabase db = m_database.connection();
    WriteTransaction transaction(db);
    if (!transaction.isOpen())
        return transaction.status();
    QSqlQuery q(db);
    q.prepare(u"UPDATE broadcasts SET state = 'cancelled' WHERE id = ? AND state IN ('preparing', 'scheduled', "
              "'running', 'paused')"_s);
    q.addBindValue(broadcastId);
    if (!q.exec())
        return failed(q);
    QSqlQuery rows(db);
    rows.prepare(u"UPDATE outbox SET state = 'cancelled', updated_at = ? WHERE broadcast_id = ? AND state IN "
                 "('queued', 'retry_wait')"_s);
    rows.addBindValue(nowMs());
    rows.addBindValue(broadcastId);
    if (!rows.exec())
        return failed(rows);
    return transaction.commit();
}

Status Broadcasts::retryFailed(qint64 broadcastId)
{
    return retryFailedThrough(broadcastId, 0);
}

Status Broadcasts::retryFailedThrough(qint64 broadcastId, qint64 profileId)
{
    QSqlDatabase db = m_database.connection();
    WriteTransaction transaction(db);
    if (!transaction.isOpen())
        return transaction.status();
    QSqlQuery q(db);
    // profile_id 0 keeps each row's own sender. The attempts so far stay counted (the retry policy starts afresh),
    // and each one stays in outbox_attempts with its answer.
    q.prepare(u"UPDATE outbox SET state = 'queued', earlier_attempts = earlier_attempts + attempts, attempts = 0, "
              "throttles = 0, next_attempt_at = 0, updated_at = ?, "
              "profile_id = CASE WHEN ? = 0 THEN profile_id ELSE ? END WHERE broadcast_id = ? AND state = 'failed'"_s);
    q.addBindValue(nowMs());
    q.addBindValue(profileId);
    q.addBindValue(profileId);
    q.addBindValue(broadcastId);
    QSqlQuery b(db);
    b.prepare(u"UPDATE broadcasts SET state = 'running', finished_at = NULL WHERE id = ? "
              "AND state IN ('finished', 'paused', 'cancelled')"_s);
    b.addBindValue(broadcastId);
    if (!q.exec())
        return failed(q);
    if (!b.exec())
        return failed(b);
    if (profileId != 0) {
        const Status repriced = reprice(broadcastId, profileId);
        if (!repriced.isOk())
            return repriced;
    }
    return transaction.commit();
}

Status Broadcasts::reprice(qint64 broadcastId, qint64 profileId)
{
    const Result<Broadcast> broadcast = find(broadcastId);
    if (!broadcast.isOk())
        return broadcast.status();
    const Result<MessageCost> cost = MessageCost::forSender(
        m_database, profileId, MessageCost::categoryOf(broadcast.value().message, broadcast.value().category));
    if (!cost.isOk())
        return cost.status();
    QSqlDatabase db = m_database.connection();
    QSqlQuery rows(db);
    rows.setForwardOnly(true);
    rows.prepare(u"SELECT id, recipient FROM outbox WHERE broadcast_id = ? AND profile_id = ? "
                 "AND state IN ('queued', 'retry_wait')"_s);
    rows.addBindValue(broadcastId);
    rows.addBindValue(profileId);
    if (!rows.exec())
        return failed(rows);
    QList<std::pair<qint64, std::optional<double>>> prices;
    while (rows.next())
        prices.append({rows.value(0).toLongLong(), cost.value().of(rows.value(1).toString())});
    rows.finish();
    QSqlQuery update(db);
    update.prepare(u"UPDATE outbox SET cost_estimate = ? WHERE id = ?"_s);
    for (const auto& [id, price] : std::as_const(prices)) {
        update.bindValue(0, price ? QVariant(*price) : QVariant(QMetaType(QMetaType::Double)));
        update.bindValue(1, id);
        if (!update.exec())
            return failed(update);
    }
    return Status::success();
}

Status Broadcasts::finishCompleted()
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"UPDATE broadcasts SET state = 'finished', finished_at = ? WHERE state = 'running' AND NOT EXISTS "
              "(SELECT 1 FROM outbox WHERE outbox.broadcast_id = broadcasts.id AND outbox.state IN ('queued', "
              "'retry_wait', 'sending'))"_s);
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    return q.exec() ? Status::success() : failed(q);
}
