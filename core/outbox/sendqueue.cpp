// The queue itself: claims under a lease, outcomes recorded by the lease holder, leases renewed and expired.
#include "sendqueue.h"

#include "consent/optouts.h"
#include "outboxsql.h"
#include "statusledger.h"
#include "storage/changenotifier.h"
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

SendQueue::SendQueue(Database& database) : m_database(database)
{ }

SendQueue::~SendQueue() = default;

Result<QList<qint64>> SendQueue::profilesWithDueRows(qint64 now) const
{
    // EXISTS stops at the first due row of each sender; a DISTINCT over the outbox would read every queued row.
    QSqlQuery& q = prepared(
        u"SELECT p.id FROM profiles p WHERE EXISTS (SELECT 1 FROM outbox o WHERE o.profile_id = p.id AND "
        "o.state = 'retry_wait' AND o.next_attempt_at <= ? AND o."_s
        + kRunning + u") OR EXISTS (SELECT 1 FROM outbox o WHERE o.profile_id = p.id AND o.state = 'queued' AND o."_s
        + kRunning
        + u") OR EXISTS (SELECT 1 FROM outbox o WHERE o.profile_id = p.id AND o.state = 'unconfirmed' AND "
          "o.next_attempt_at <= ?)"_s);
    // Unconfirmed rows due for a check count too: the reconciler checks them for the senders this worker holds, so
    // a Tandem started after a crash takes those senders even when nothing new is queued.
    q.bindValue(0, now);
    q.bindValue(1, now);
    if (!q.exec()) {
        const Status error = failed(q);
        m_prepared.clear(); // prepared afresh next time
        return error;
    }
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    q.finish();
    return ids;
}

Result<QList<OutboxRow>> SendQueue::claimDue(qint64 profileId, int limit, qint64 now, const Lease& lease)
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

QSqlQuery& SendQueue::prepared(const QString& sql) const
{
    auto it = m_prepared.find(sql);
    if (it == m_prepared.end()) {
        auto query = std::make_unique<QSqlQuery>(m_database.connection());
        query->prepare(sql);
        it = m_prepared.emplace(sql, std::move(query)).first;
    }
    return *it->second;
}

Result<SendQueue::Recorded> SendQueue::record(const QList<Completion>& completions, const QString& owner)
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
                    "provider_message_id, error_explanation) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
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
        attempt.bindValue(7, text(c.error.explanation));
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

Status SendQueue::release(const QList<OutboxRow>& rows, qint64 notBeforeMs, const QString& owner)
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

Status SendQueue::skip(const QList<Skip>& rows, const QString& owner)
{
    if (rows.isEmpty())
        return Status::success();
    QSqlDatabase db = m_database.connection();
    WriteTransaction transaction(db);
    if (!transaction.isOpen())
        return transaction.status();
    QSqlQuery q(db);
    q.prepare(u"UPDATE outbox SET state = 'skipped', attempts = attempts - 1, error_class = 'skipped', error_code = ?, "
              "error_explanation = ?, updated_at = ?, lease_expires_at = 0 WHERE id = ? AND state = 'sending' AND "
              "lease_owner = ?"_s);
    const qint64 now = nowMs();
    for (const Skip& s : rows) {
        q.bindValue(0, s.reason);
        q.bindValue(1, text(s.explanation));
        q.bindValue(2, now);
        q.bindValue(3, s.row.id);
        q.bindValue(4, owner);
        if (!q.exec())
            return failed(q);
    }
    ChangeNotifier::notify(db, ChangeNotifier::Channel::Outbox);
    return transaction.commit();
}

Result<int> SendQueue::renewLeases(const Lease& lease)
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"UPDATE outbox SET lease_expires_at = ? WHERE state = 'sending' AND lease_owner = ?"_s);
    q.addBindValue(lease.untilMs);
    q.addBindValue(lease.owner);
    if (!q.exec())
        return failed(q);
    return q.numRowsAffected();
}

Result<int> SendQueue::expireLeases(qint64 now, const QString& reason)
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
