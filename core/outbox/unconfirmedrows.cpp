#include "unconfirmedrows.h"

#include "outboxsql.h"
#include "statusledger.h"
#include "statuspolls.h"
#include "storage/database.h"
#include "storage/writetransaction.h"

#include <QSqlQuery>
#include <QStringList>

using namespace Qt::StringLiterals;
using namespace OutboxSql;

UnconfirmedRows::UnconfirmedRows(Database& database, StatusPolls& polls) : m_database(database), m_polls(polls)
{ }

Result<QList<OutboxRow>> UnconfirmedRows::due(const QList<qint64>& profileIds, qint64 nowMs, int limit) const
{
    if (profileIds.isEmpty())
        return QList<OutboxRow>();
    QStringList ids;
    for (qint64 id : profileIds)
        ids << QString::number(id);
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT "_s + kRowColumns
        + u" FROM outbox WHERE state = 'unconfirmed' AND next_attempt_at <= ? AND profile_id IN (%1) ORDER BY id "
          "LIMIT ?"_s.arg(ids.join(u',')));
    q.addBindValue(nowMs);
    q.addBindValue(limit);
    if (!q.exec())
        return failed(q);
    QList<OutboxRow> rows;
    while (q.next())
        rows << rowFrom(q);
    return rows;
}

Status UnconfirmedRows::scheduleCheck(qint64 rowId, qint64 atMs, const QString& reason)
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"UPDATE outbox SET next_attempt_at = ?, unconfirmed_reason = ?, updated_at = ? "
              "WHERE id = ? AND state = 'unconfirmed'"_s);
    q.addBindValue(atMs);
    q.addBindValue(text(reason));
    q.addBindValue(nowMs());
    q.addBindValue(rowId);
    return q.exec() ? Status::success() : failed(q);
}

Result<QSet<QString>> UnconfirmedRows::knownProviderIds(const QString& recipient) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT provider_message_id FROM outbox WHERE recipient = ? AND provider_message_id IS NOT NULL"_s);
    q.addBindValue(recipient);
    if (!q.exec())
        return failed(q);
    QSet<QString> ids;
    while (q.next())
        ids.insert(q.value(0).toString());
    return ids;
}

Status UnconfirmedRows::resolve(qint64 rowId, Resolution resolution, const QString& providerMessageId, qint64 pollAtMs)
{
    if (resolution == Resolution::Resend)
        return requeue(rowId, false);
    QSqlDatabase db = m_database.connection();
    WriteTransaction transaction(db);
    if (!transaction.isOpen())
        return transaction.status();
    QSqlQuery q(db);
    switch (resolution) {
    case Resolution::Accepted:
        q.prepare(u"UPDATE outbox SET state = 'accepted', provider_message_id = ?, unconfirmed_reason = '', "
                  "error_class = '', error_code = '', error_explanation = '', updated_at = ? "
                  "WHERE id = ? AND state = 'unconfirmed'"_s);
        q.addBindValue(providerMessageId);
        break;
    case Resolution::Resend:
    case Resolution::Drop:
        q.prepare(u"UPDATE outbox SET state = 'cancelled', updated_at = ? WHERE id = ? AND state = 'unconfirmed'"_s);
        break;
    }
    q.addBindValue(nowMs());
    q.addBindValue(rowId);
    if (!q.exec())
        return failed(q);
    if (resolution == Resolution::Accepted && q.numRowsAffected() > 0) {
        if (pollAtMs > 0) {
            const Status scheduled = m_polls.schedule(rowId, pollAtMs);
            if (!scheduled.isOk())
                return scheduled;
        }
        const Result<int> waiting = StatusLedger(m_database).applyWaiting({providerMessageId});
        if (!waiting.isOk())
            return waiting.status();
    }
    return transaction.commit();
}

Status UnconfirmedRows::resend(qint64 rowId)
{
    return requeue(rowId, true);
}

Status UnconfirmedRows::requeue(qint64 rowId, bool byTandem)
{
    QSqlDatabase db = m_database.connection();
    WriteTransaction transaction(db);
    if (!transaction.isOpen())
        return transaction.status();
    QSqlQuery q(db);
    // A row whose sender was archived because its number moved on (SenderMove) goes out through its broadcast's
    // sender now, which has the number.
    q.prepare(u"UPDATE outbox SET state = 'queued', next_attempt_at = 0, unconfirmed_reason = '', lease_owner = '', "
              "resends = resends + ?, updated_at = ?, profile_id = CASE WHEN EXISTS (SELECT 1 FROM profiles p "
              "WHERE p.id = outbox.profile_id AND p.archived_at IS NOT NULL) THEN COALESCE((SELECT b.profile_id FROM "
              "broadcasts b WHERE b.id = outbox.broadcast_id), profile_id) ELSE profile_id END "
              "WHERE id = ? AND state = 'unconfirmed'"_s);
    q.addBindValue(byTandem ? 1 : 0);
    q.addBindValue(nowMs());
    q.addBindValue(rowId);
    if (!q.exec())
        return failed(q);
    // A finished broadcast runs again for the row it sends once more.
    QSqlQuery b(db);
    b.prepare(u"UPDATE broadcasts SET state = 'running', finished_at = NULL WHERE state = 'finished' AND id = "
              "(SELECT broadcast_id FROM outbox WHERE id = ?)"_s);
    b.addBindValue(rowId);
    if (q.numRowsAffected() > 0 && !b.exec())
        return failed(b);
    return transaction.commit();
}

Result<int> UnconfirmedRows::resolveAll(qint64 broadcastId, Resolution resolution)
{
    if (resolution == Resolution::Accepted)
        return Result<int>::failure(u"accepting needs each row's provider id"_s);
    QSqlDatabase db = m_database.connection();
    WriteTransaction transaction(db);
    if (!transaction.isOpen())
        return transaction.status();
    QSqlQuery q(db);
    q.prepare(resolution == Resolution::Resend
            ? u"UPDATE outbox SET state = 'queued', next_attempt_at = 0, unconfirmed_reason = '', lease_owner = '', "
              "updated_at = ? WHERE broadcast_id = ? AND state = 'unconfirmed'"_s
            : u"UPDATE outbox SET state = 'cancelled', updated_at = ? WHERE broadcast_id = ? AND state = 'unconfirmed'"_s);
    q.addBindValue(nowMs());
    q.addBindValue(broadcastId);
    if (!q.exec())
        return failed(q);
    const int changed = q.numRowsAffected();
    if (resolution == Resolution::Resend && changed > 0) {
        QSqlQuery b(db);
        b.prepare(u"UPDATE broadcasts SET state = 'running', finished_at = NULL WHERE id = ? AND state = 'finished'"_s);
        b.addBindValue(broadcastId);
        if (!b.exec())
            return failed(b);
    }
    const Status committed = transaction.commit();
    if (!committed.isOk())
        return committed;
    return changed;
}
