// The queue itself: claims under a lease, outcomes recorded by the lease holder, leases renewed and expired, and
// what becomes of unconfirmed rows. Broadcast-level control and reads are in outboxbroadcasts.cpp.
#include "outbox.h"

#include "storage/changenotifier.h"

#include "consent/optouts.h"
#include "outboxsql.h"
#include "statusledger.h"
#include "storage/database.h"
#include "storage/writetransaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace OutboxSql;

namespace {
bool isPostgres(const QSqlDatabase& db)
{
    return db.driverName() == u"QPSQL"_s;
}
} // namespace

Outbox::Outbox(Database& database) : m_database(database)
{ }

Outbox::~Outbox() = default;

Result<QList<OutboxRow>> Outbox::claimDue(qint64 profileId, int limit, qint64 now, const Lease& lease)
{
    QSqlDatabase db = m_database.connection();
    WriteTransaction transaction(db);
    if (!transaction.isOpen())
        return transaction.status();
    // Retries that are due first, then new rows; each walks the outbox_due index in order, and one UPDATE both
    // picks and claims, so two workers can never claim the same row.
    QList<OutboxRow> rows;
    for (const QString& state : {u"retry_wait"_s, u"queued"_s}) {
        const int left = limit - int(rows.size());
        if (left <= 0)
            break;
        QSqlQuery& q
            = prepared(u"UPDATE outbox SET state = 'sending', attempts = attempts + 1, claimed_at = ?, updated_at = ?, "
                       "lease_owner = ?, lease_expires_at = ? WHERE id IN (SELECT id FROM outbox WHERE profile_id = ? "
                       "AND state = ? AND next_attempt_at <= ? AND "_s
                + kRunning + u" ORDER BY next_attempt_at, id LIMIT ?"_s
                + (isPostgres(db) ? u" FOR UPDATE SKIP LOCKED"_s : QString()) + u") RETURNING "_s + kRowColumns);
        q.bindValue(0, now);
        q.bindValue(1, now);
        q.bindValue(2, lease.owner);
        q.bindValue(3, lease.untilMs);
        q.bindValue(4, profileId);
        q.bindValue(5, state);
        q.bindValue(6, now);
        q.bindValue(7, left);
        if (!q.exec()) {
            const Status error = failed(q);
            m_prepared.clear(); // prepared afresh next time
            return error;
        }
        QList<OutboxRow> claimed;
        while (q.next())
            claimed << rowFrom(q);
        q.finish();
        std::sort(claimed.begin(), claimed.end(), [](const OutboxRow& a, const OutboxRow& b) {
            return a.nextAttemptAtMs != b.nextAttemptAtMs ? a.nextAttemptAtMs < b.nextAttemptAtMs : a.id < b.id;
        });
        rows << claimed;
    }
    const Status committed = transaction.commit();
    if (!committed.isOk())
        return committed;
    return rows;
}

QSqlQuery& Outbox::prepared(const QString& sql) const
{
    auto it = m_prepared.find(sql);
    if (it == m_prepared.end()) {
        auto query = std::make_unique<QSqlQuery>(m_database.connection());
        query->prepare(sql);
        it = m_prepared.emplace(sql, std::move(query)).first;
    }
    return *it->second;
}

Result<Outbox::Recorded> Outbox::record(const QList<Completion>& completions, const QString& owner)
{
    Recorded result;
    if (completions.isEmpty())
        return result;
    QSqlDatabase db = m_database.connection();
    WriteTransaction transaction(db);
    if (!transaction.isOpen())
        return transaction.status();
    // Only the lease holder writes the outcome. An "unconfirmed" row it still holds (its lease ran out while the
    // answer was on its way) takes the answer too: the answer is the truth.
    QStringList acceptedIds;
    QSqlQuery update(db);
    update.prepare(u"UPDATE outbox SET state = ?, next_attempt_at = ?, provider_message_id = ?, error_class = ?, "
                   "error_code = ?, error_explanation = ?, profile_id = ?, attempts = ?, updated_at = ?, "
                   "unconfirmed_reason = ?, throttles = ?, lease_expires_at = 0, next_poll_at = ? "
                   "WHERE id = ? AND lease_owner = ? AND state IN ('sending', 'unconfirmed')"_s);
    QSqlQuery attempt(db);
    attempt.prepare(u"INSERT INTO outbox_attempts (outbox_id, attempt, profile_id, at, outcome, error_code, "
                    "provider_message_id) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    QSqlQuery pause(db);
    pause.prepare(u"UPDATE broadcasts SET state = 'paused', pause_reason = ? WHERE id = ? AND state = 'running'"_s);
    for (const Completion& c : completions) {
        const bool rerouted = c.reroutedToProfileId != 0;
        const OutboxState state = rerouted ? OutboxState::Queued : c.decision.state;
        const bool throttled = c.error.errorClass == ErrorClass::RateLimited;
        // A row paused by an authentication failure, or slowed by a rate limit, does not count that attempt.
        const int attempts = c.decision.pauseBroadcast || throttled ? c.row.attempts - 1 : c.row.attempts;
        update.bindValue(0, outboxStateName(state));
        update.bindValue(1, state == OutboxState::RetryWait ? c.decision.nextAttemptAtMs : 0);
        update.bindValue(2, c.providerMessageId.isEmpty() ? QVariant() : QVariant(c.providerMessageId));
        update.bindValue(3, text(c.error.isError() ? errorClassName(c.error.errorClass) : QString()));
        update.bindValue(4, text(c.error.code));
        update.bindValue(5, text(c.error.explanation));
        update.bindValue(6, rerouted ? c.reroutedToProfileId : c.row.profileId);
        update.bindValue(7, rerouted ? 0 : attempts);
        update.bindValue(8, c.atMs);
        update.bindValue(9, text(state == OutboxState::Unconfirmed ? c.error.explanation : QString()));
        update.bindValue(10, throttled ? c.row.throttles + 1 : 0);
        update.bindValue(11, state == OutboxState::Accepted ? c.pollAtMs : 0);
        update.bindValue(12, c.row.id);
        update.bindValue(13, owner);
        if (!update.exec())
            return failed(update);
        if (update.numRowsAffected() != 1) {
            result.lost << c.row.id;
            continue;
        }
        ++result.recorded;
        attempt.bindValue(0, c.row.id);
        attempt.bindValue(1, c.row.attempts);
        attempt.bindValue(2, c.sentThroughProfileId);
        attempt.bindValue(3, c.atMs);
        attempt.bindValue(4, c.error.isError() ? errorClassName(c.error.errorClass) : u"accepted"_s);
        attempt.bindValue(5, text(c.error.code));
        attempt.bindValue(6, c.providerMessageId.isEmpty() ? QVariant() : QVariant(c.providerMessageId));
        if (!attempt.exec())
            return failed(attempt);
        if (c.decision.pauseBroadcast && c.row.broadcastId != 0) {
            pause.bindValue(0, text(c.error.explanation));
            pause.bindValue(1, c.row.broadcastId);
            if (!pause.exec())
                return failed(pause);
        }
        if (state == OutboxState::Accepted && !c.providerMessageId.isEmpty())
            acceptedIds << c.providerMessageId;
        if (state == OutboxState::Failed && c.error.errorClass == ErrorClass::OptedOut) {
            // Twilio 21610, Meta 131050: the customer opted out; the contact says so for the next broadcast.
            QSqlQuery kind(db);
            kind.prepare(u"SELECT whatsapp_provider FROM profiles WHERE id = ?"_s);
            kind.addBindValue(c.sentThroughProfileId);
            const QString provider = kind.exec() && kind.next() ? kind.value(0).toString() : QString();
            const Status optedOut = OptOuts::fromSendError(db, c.row.recipient, provider, c.error);
            if (!optedOut.isOk())
                return optedOut;
        }
    }
    // A status report can beat the send's own answer: it waited for this id, and applies now.
    const Result<int> waiting = StatusLedger(m_database).applyWaiting(acceptedIds);
    if (!waiting.isOk())
        return waiting.status();
    ChangeNotifier::notify(db, ChangeNotifier::Channel::Outbox); // other desks hear it when this commits
    const Status committed = transaction.commit();
    if (!committed.isOk())
        return committed;
    return result;
}

Status Outbox::release(const QList<OutboxRow>& rows, qint64 notBeforeMs, const QString& owner)
{
    if (rows.isEmpty())
        return Status::success();
    QSqlDatabase db = m_database.connection();
    WriteTransaction transaction(db);
    if (!transaction.isOpen())
        return transaction.status();
    QSqlQuery q(db);
    q.prepare(u"UPDATE outbox SET state = 'retry_wait', attempts = attempts - 1, next_attempt_at = ?, updated_at = ?, "
              "lease_expires_at = 0 WHERE id = ? AND state = 'sending' AND lease_owner = ?"_s);
    const qint64 now = nowMs();
    for (const OutboxRow& r : rows) {
        q.bindValue(0, notBeforeMs);
        q.bindValue(1, now);
        q.bindValue(2, r.id);
        q.bindValue(3, owner);
        if (!q.exec())
            return failed(q); // the transaction rolls back: every row stays as it was
    }
    return transaction.commit();
}

Result<int> Outbox::renewLeases(const Lease& lease)
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"UPDATE outbox SET lease_expires_at = ? WHERE state = 'sending' AND lease_owner = ?"_s);
    q.addBindValue(lease.untilMs);
    q.addBindValue(lease.owner);
    if (!q.exec())
        return failed(q);
    return q.numRowsAffected();
}

Result<int> Outbox::expireLeases(qint64 now, const QString& reason)
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"UPDATE outbox SET state = 'unconfirmed', unconfirmed_reason = ?, updated_at = ? "
              "WHERE state = 'sending' AND lease_expires_at < ?"_s);
    q.addBindValue(text(reason));
    q.addBindValue(nowMs()); // when it changed, for the activity view; `now` is the leases' clock
    q.addBindValue(now);
    if (!q.exec())
        return failed(q);
    return q.numRowsAffected();
}

Result<QList<OutboxRow>> Outbox::unconfirmed(const QList<qint64>& profileIds, qint64 nowMs, int limit) const
{
    if (profileIds.isEmpty())
        return QList<OutboxRow>();
    QStringList ids;
    for (qint64 id : profileIds)
        ids << QString::number(id);
    return selectRows(
        u"state = 'unconfirmed' AND next_attempt_at <= ? AND profile_id IN (%1)"_s.arg(ids.join(u',')), {nowMs}, limit);
}

Result<QList<OutboxRow>> Outbox::claimPolls(
    const QList<qint64>& profileIds, qint64 nowMs, int limit, qint64 holdUntilMs)
{
    if (profileIds.isEmpty() || limit <= 0)
        return QList<OutboxRow>();
    QStringList ids;
    for (qint64 id : profileIds)
        ids << QString::number(id);
    // The outbox_polls index holds only rows with a question scheduled. Moving next_poll_at past the answer's
    // expected time keeps a row from being asked twice at once; if Tandem stops before the answer, it is asked again
    // at holdUntilMs.
    QSqlQuery q(m_database.connection());
    q.prepare(u"UPDATE outbox SET next_poll_at = ? WHERE id IN (SELECT id FROM outbox WHERE next_poll_at > 0 AND "
              "next_poll_at <= ? AND profile_id IN (%1) AND state IN ('accepted', 'sent', 'delivered') "
              "ORDER BY next_poll_at, id LIMIT ?) RETURNING "_s.arg(ids.join(u','))
        + kRowColumns);
    q.addBindValue(holdUntilMs);
    q.addBindValue(nowMs);
    q.addBindValue(limit);
    if (!q.exec())
        return failed(q);
    QList<OutboxRow> rows;
    while (q.next())
        rows << rowFrom(q);
    return rows;
}

Result<QList<qint64>> Outbox::profilesWithDuePolls(qint64 nowMs) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT DISTINCT profile_id FROM outbox WHERE next_poll_at > 0 AND next_poll_at <= ?"_s);
    q.addBindValue(nowMs);
    if (!q.exec())
        return failed(q);
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

Status Outbox::schedulePoll(qint64 rowId, qint64 atMs)
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"UPDATE outbox SET next_poll_at = ? WHERE id = ?"_s);
    q.addBindValue(atMs);
    q.addBindValue(rowId);
    return q.exec() ? Status::success() : failed(q);
}

Status Outbox::polled(qint64 rowId, qint64 nextAtMs)
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"UPDATE outbox SET next_poll_at = ?, polls = polls + 1 WHERE id = ?"_s);
    q.addBindValue(nextAtMs);
    q.addBindValue(rowId);
    return q.exec() ? Status::success() : failed(q);
}

Status Outbox::scheduleCheck(qint64 rowId, qint64 atMs, const QString& reason)
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

Result<QSet<QString>> Outbox::knownProviderIds(const QString& recipient) const
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

Status Outbox::resolveUnconfirmed(
    qint64 rowId, Resolution resolution, const QString& providerMessageId, qint64 pollAtMs)
{
    if (resolution == Resolution::Resend)
        return requeueUnconfirmed(rowId, false);
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
            const Status scheduled = schedulePoll(rowId, pollAtMs);
            if (!scheduled.isOk())
                return scheduled;
        }
        const Result<int> waiting = StatusLedger(m_database).applyWaiting({providerMessageId});
        if (!waiting.isOk())
            return waiting.status();
    }
    return transaction.commit();
}

Status Outbox::resendUnconfirmed(qint64 rowId)
{
    return requeueUnconfirmed(rowId, true);
}

Status Outbox::requeueUnconfirmed(qint64 rowId, bool byTandem)
{
    QSqlDatabase db = m_database.connection();
    WriteTransaction transaction(db);
    if (!transaction.isOpen())
        return transaction.status();
    QSqlQuery q(db);
    q.prepare(u"UPDATE outbox SET state = 'queued', next_attempt_at = 0, unconfirmed_reason = '', lease_owner = '', "
              "resends = resends + ?, updated_at = ? WHERE id = ? AND state = 'unconfirmed'"_s);
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

Result<int> Outbox::resolveAllUnconfirmed(qint64 broadcastId, Resolution resolution)
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
