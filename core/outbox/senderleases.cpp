#include "senderleases.h"

#include "storage/database.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {
Status failed(const QSqlQuery& q)
{
    return Status::failure(q.lastError().text());
}
} // namespace

SenderLeases::SenderLeases(Database& database) : m_database(database)
{ }

Result<bool> SenderLeases::acquire(
    qint64 profileId, const QString& owner, const QString& holder, qint64 nowMs, qint64 untilMs)
{
    // One statement, so two processes asking at once cannot both win: the row is inserted, or updated only when it
    // is ours already or its lease has run out. RETURNING yields a row only when this owner holds it afterwards.
    QSqlQuery q(m_database.connection());
    q.prepare(u"INSERT INTO sender_leases (profile_id, owner, holder, expires_at) VALUES (?, ?, ?, ?) "
              "ON CONFLICT (profile_id) DO UPDATE SET owner = excluded.owner, holder = excluded.holder, "
              "expires_at = excluded.expires_at "
              "WHERE sender_leases.owner = excluded.owner OR sender_leases.expires_at < ? RETURNING owner"_s);
    q.addBindValue(profileId);
    q.addBindValue(owner);
    q.addBindValue(holder.isNull() ? QStringLiteral("") : holder);
    q.addBindValue(untilMs);
    q.addBindValue(nowMs);
    if (!q.exec())
        return failed(q);
    return q.next() && q.value(0).toString() == owner;
}

Result<QList<qint64>> SenderLeases::renew(const QString& owner, qint64 untilMs)
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"UPDATE sender_leases SET expires_at = ? WHERE owner = ? RETURNING profile_id"_s);
    q.addBindValue(untilMs);
    q.addBindValue(owner);
    if (!q.exec())
        return failed(q);
    QList<qint64> held;
    while (q.next())
        held << q.value(0).toLongLong();
    return held;
}

Status SenderLeases::release(const QString& owner)
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"DELETE FROM sender_leases WHERE owner = ?"_s);
    q.addBindValue(owner);
    return q.exec() ? Status::success() : failed(q);
}

Status SenderLeases::release(qint64 profileId, const QString& owner)
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"DELETE FROM sender_leases WHERE profile_id = ? AND owner = ?"_s);
    q.addBindValue(profileId);
    q.addBindValue(owner);
    return q.exec() ? Status::success() : failed(q);
}

Result<QList<SenderLeases::Holder>> SenderLeases::holders(qint64 nowMs) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT profile_id, owner, holder, expires_at FROM sender_leases WHERE expires_at >= ? "
              "ORDER BY profile_id"_s);
    q.addBindValue(nowMs);
    if (!q.exec())
        return failed(q);
    QList<Holder> result;
    while (q.next())
        result << Holder {
            q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong()};
    return result;
}
