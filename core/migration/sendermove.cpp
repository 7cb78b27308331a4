#include "sendermove.h"

#include "messagemapping.h"
#include "model/outgoingmessagejson.h"
#include "outbox/broadcasts.h"
#include "profiles/profilerepository.h"
#include "providers/providerregistry.h"
#include "storage/database.h"
#include "storage/writetransaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {
struct MoveText
{
    Q_DECLARE_TR_FUNCTIONS(MigrationPlan)
};

const QList<std::pair<SenderMove::State, QString>> kStates = {{SenderMove::State::Planned, u"planned"_s},
    {SenderMove::State::Confirmed, u"confirmed"_s}, {SenderMove::State::Moved, u"moved"_s},
    {SenderMove::State::Done, u"done"_s}, {SenderMove::State::Undone, u"undone"_s}};

SenderMove::State stateFromName(const QString& name)
{
    for (const auto& [state, text] : kStates) {
        if (text == name)
            return state;
    }
    return SenderMove::State::Planned;
}

template<typename T>
Result<T> failed(const QSqlQuery& q)
{
    return Result<T>::failure(MoveText::tr("The move could not be stored: %1").arg(q.lastError().text()));
}

QString idList(const QJsonArray& ids)
{
    QStringList list;
    for (const QJsonValue& v : ids)
        list << QString::number(v.toInteger());
    return list.join(u',');
}
} // namespace

SenderMove::SenderMove(Database& database, const ProviderRegistry& registry)
    : m_database(database), m_registry(registry)
{ }

QString SenderMove::stateName(State state)
{
    for (const auto& [s, text] : kStates) {
        if (s == state)
            return text;
    }
    return {};
}

Result<SenderMove::Record> SenderMove::find(qint64 moveId) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(
        u"SELECT id, from_profile, to_profile, from_name, state, moved_at, moved FROM sender_moves WHERE id = ?"_s);
    q.addBindValue(moveId);
    if (!q.exec())
        return failed<Record>(q);
    if (!q.next())
        return Result<Record>::failure(MoveText::tr("There is no move %1.").arg(moveId));
    Record r;
    r.id = q.value(0).toLongLong();
    r.fromId = q.value(1).toLongLong();
    r.toId = q.value(2).toLongLong();
    r.fromName = q.value(3).toString();
    r.state = stateFromName(q.value(4).toString());
    r.movedAtMs = q.value(5).toLongLong();
    for (const QJsonValue& b : QJsonDocument::fromJson(q.value(6).toString().toUtf8()).array()) {
        ++r.movedBroadcasts;
        r.movedRows += int(b.toObject().value(u"rows"_s).toArray().size());
    }
    return r;
}

Result<std::optional<SenderMove::Record>> SenderMove::latest(qint64 fromId) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT id FROM sender_moves WHERE from_profile = ? ORDER BY id DESC LIMIT 1"_s);
    q.addBindValue(fromId);
    if (!q.exec())
        return failed<std::optional<Record>>(q);
    if (!q.next())
        return std::optional<Record>();
    const Result<Record> r = find(q.value(0).toLongLong());
    if (!r.isOk())
        return r.status();
    return std::optional<Record>(r.value());
}

Result<std::optional<SenderMove::Record>> SenderMove::latestNamed(const QString& name) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT from_profile FROM sender_moves WHERE from_name = ? ORDER BY id DESC LIMIT 1"_s);
    q.addBindValue(name.trimmed());
    if (!q.exec())
        return failed<std::optional<Record>>(q);
    if (!q.next())
        return std::optional<Record>();
    return latest(q.value(0).toLongLong());
}

Status SenderMove::setState(qint64 moveId, State state)
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"UPDATE sender_moves SET state = ?, updated_at = ? WHERE id = ?"_s);
    q.addBindValue(stateName(state));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    q.addBindValue(moveId);
    if (!q.exec())
        return failed<bool>(q).status();
    return Status::success();
}

Result<SenderMove::Record> SenderMove::open(qint64 fromId, qint64 toId)
{
    const Result<std::optional<Record>> last = latest(fromId);
    if (!last.isOk())
        return last.status();
    if (last.value() && last.value()->state != State::Done && last.value()->state != State::Undone) {
        if (last.value()->toId == toId)
            return *last.value();
        return Result<Record>::failure(
            MoveText::tr("This sender is already moving to another sender: finish or undo that move first."));
    }
    ProfileRepository profiles(m_database, m_registry);
    const Result<Profile> from = profiles.find(fromId);
    if (!from.isOk())
        return from.status();
    if (!profiles.find(toId).isOk())
        return profiles.find(toId).status();
    QSqlQuery q(m_database.connection());
    q.prepare(u"INSERT INTO sender_moves (from_profile, to_profile, from_name, created_at, updated_at) "
              "VALUES (?, ?, ?, ?, ?) RETURNING id"_s);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    q.addBindValue(fromId);
    q.addBindValue(toId);
    q.addBindValue(from.value().name);
    q.addBindValue(now);
    q.addBindValue(now);
    if (!q.exec() || !q.next())
        return failed<Record>(q);
    return find(q.value(0).toLongLong());
}

Result<SenderMove::Record> SenderMove::confirmNumberWorks(qint64 moveId)
{
    const Result<Record> move = find(moveId);
    if (!move.isOk())
        return move;
    if (move.value().state != State::Planned)
        return move; // confirmed already (a resumed run)
    const Status set = setState(moveId, State::Confirmed);
    return set.isOk() ? find(moveId) : Result<Record>(set);
}

Result<SenderMove::Record> SenderMove::moveBroadcasts(qint64 moveId)
{
    const Result<Record> move = find(moveId);
    if (!move.isOk())
        return move;
    const Record& m = move.value();
    if (m.state == State::Planned)
        return Result<Record>::failure(MoveText::tr(
            "First check the number works at the new sender: send a test message and confirm it arrived."));
    if (m.state != State::Confirmed)
        return move; // moved already
    ProfileRepository profiles(m_database, m_registry);
    const Result<Profile> to = profiles.find(m.toId);
    if (!to.isOk())
        return to.status();
    const ProviderDescriptor* provider = m_registry.find(to.value().kind);
    if (!provider)
        return Result<Record>::failure(MoveText::tr("Tandem does not know the new sender's provider."));

    QSqlDatabase db = m_database.connection();
    WriteTransaction transaction(db);
    if (!transaction.isOpen())
        return transaction.status();
    QSqlQuery broadcasts(db);
    broadcasts.prepare(u"SELECT id, message FROM broadcasts WHERE profile_id = ? AND state IN ('scheduled', "
                       "'running', 'paused') ORDER BY id"_s);
    broadcasts.addBindValue(m.fromId);
    if (!broadcasts.exec())
        return failed<Record>(broadcasts);
    QList<std::pair<qint64, QString>> pending;
    while (broadcasts.next())
        pending.append({broadcasts.value(0).toLongLong(), broadcasts.value(1).toString()});
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QJsonArray moved;
    for (const auto& [id, json] : pending) {
        const OutgoingMessage message = outgoingMessageFromJson(QJsonDocument::fromJson(json.toUtf8()).object());
        const MappedMessage mapped = MappedMessage::of(m_database, *provider, m.fromId, m.toId, message);
        if (!mapped.problem.isEmpty())
            return Result<Record>::failure(
                MoveText::tr("Nothing was moved. Broadcast %1: %2").arg(id).arg(mapped.problem));
        QSqlQuery rows(db);
        rows.prepare(u"SELECT id FROM outbox WHERE broadcast_id = ? AND profile_id = ? AND state IN ('queued', "
                     "'retry_wait') ORDER BY id"_s);
        rows.addBindValue(id);
        rows.addBindValue(m.fromId);
        if (!rows.exec())
            return failed<Record>(rows);
        QJsonArray ids;
        while (rows.next())
            ids.append(rows.value(0).toLongLong());
        QSqlQuery hand(db);
        hand.prepare(u"UPDATE outbox SET profile_id = ?, updated_at = ? WHERE broadcast_id = ? AND profile_id = ? "
                     "AND state IN ('queued', 'retry_wait')"_s);
        hand.addBindValue(m.toId);
        hand.addBindValue(now);
        hand.addBindValue(id);
        hand.addBindValue(m.fromId);
        QSqlQuery retarget(db);
        retarget.prepare(u"UPDATE broadcasts SET profile_id = ?, message = ? WHERE id = ?"_s);
        retarget.addBindValue(m.toId);
        retarget.addBindValue(
            QString::fromUtf8(QJsonDocument(outgoingMessageToJson(mapped.message)).toJson(QJsonDocument::Compact)));
        retarget.addBindValue(id);
        if (!hand.exec())
            return failed<Record>(hand);
        if (!retarget.exec())
            return failed<Record>(retarget);
        // The rows are priced at the new sender now: its provider's fee, not the old one's.
        if (const Status repriced = Broadcasts(m_database).reprice(id, m.toId); !repriced.isOk())
            return repriced;
        moved.append(QJsonObject {{u"broadcast"_s, id}, {u"message"_s, json}, {u"rows"_s, ids}});
    }
    QSqlQuery record(db);
    record.prepare(u"UPDATE sender_moves SET state = ?, moved = ?, moved_at = ?, updated_at = ? WHERE id = ?"_s);
    record.addBindValue(stateName(State::Moved));
    record.addBindValue(QString::fromUtf8(QJsonDocument(moved).toJson(QJsonDocument::Compact)));
    record.addBindValue(now);
    record.addBindValue(now);
    record.addBindValue(moveId);
    if (!record.exec())
        return failed<Record>(record);
    const Status committed = transaction.commit();
    return committed.isOk() ? find(moveId) : Result<Record>(committed);
}

Result<SenderMove::Record> SenderMove::finish(qint64 moveId)
{
    const Result<Record> move = find(moveId);
    if (!move.isOk())
        return move;
    if (move.value().state == State::Done)
        return move;
    if (move.value().state != State::Moved)
        return Result<Record>::failure(MoveText::tr("Move the broadcasts first; the old sender is archived last."));
    // Archived, never deleted: its history stays, and an undo brings it back.
    const Status archived = ProfileRepository(m_database, m_registry).archive(move.value().fromId);
    if (!archived.isOk())
        return archived;
    const Status set = setState(moveId, State::Done);
    return set.isOk() ? find(moveId) : Result<Record>(set);
}

Result<SenderMove::Record> SenderMove::undo(qint64 moveId)
{
    const Result<Record> move = find(moveId);
    if (!move.isOk())
        return move;
    const Record& m = move.value();
    if (m.state == State::Undone)
        return move;
    QSqlDatabase db = m_database.connection();
    WriteTransaction transaction(db);
    if (!transaction.isOpen())
        return transaction.status();
    QSqlQuery movedQuery(db);
    movedQuery.prepare(u"SELECT moved FROM sender_moves WHERE id = ?"_s);
    movedQuery.addBindValue(moveId);
    if (!movedQuery.exec() || !movedQuery.next())
        return failed<Record>(movedQuery);
    const QJsonArray moved = QJsonDocument::fromJson(movedQuery.value(0).toString().toUtf8()).array();
    for (const QJsonValue& v : moved) {
        const QJsonObject b = v.toObject();
        const QJsonArray rows = b.value(u"rows"_s).toArray();
        if (rows.isEmpty())
            continue;
        QSqlQuery sent(db);
        sent.prepare(
            u"SELECT COUNT(*) FROM outbox_attempts WHERE profile_id = ? AND outbox_id IN (%1)"_s.arg(idList(rows)));
        sent.addBindValue(m.toId);
        if (!sent.exec() || !sent.next())
            return failed<Record>(sent);
        if (sent.value(0).toInt() > 0)
            return Result<Record>::failure(
                MoveText::tr("The new sender has sent moved messages already; the move can no longer be undone."));
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const QJsonValue& v : moved) {
        const QJsonObject b = v.toObject();
        const QJsonArray rows = b.value(u"rows"_s).toArray();
        QSqlQuery back(db);
        back.prepare(u"UPDATE broadcasts SET profile_id = ?, message = ? WHERE id = ?"_s);
        back.addBindValue(m.fromId);
        back.addBindValue(b.value(u"message"_s).toString());
        back.addBindValue(b.value(u"broadcast"_s).toInteger());
        if (!back.exec())
            return failed<Record>(back);
        if (rows.isEmpty())
            continue;
        QSqlQuery rowsBack(db);
        rowsBack.prepare(u"UPDATE outbox SET profile_id = ?, updated_at = ? WHERE profile_id = ? AND id IN (%1)"_s.arg(
            idList(rows)));
        rowsBack.addBindValue(m.fromId);
        rowsBack.addBindValue(now);
        rowsBack.addBindValue(m.toId);
        if (!rowsBack.exec())
            return failed<Record>(rowsBack);
        if (const Status repriced = Broadcasts(m_database).reprice(b.value(u"broadcast"_s).toInteger(), m.fromId);
            !repriced.isOk())
            return repriced;
    }
    // The old sender comes back under its own name, if it was archived.
    QSqlQuery restore(db);
    restore.prepare(u"UPDATE profiles SET archived_at = NULL, name = ? WHERE id = ? AND archived_at IS NOT NULL"_s);
    restore.addBindValue(m.fromName);
    restore.addBindValue(m.fromId);
    QSqlQuery state(db);
    state.prepare(u"UPDATE sender_moves SET state = ?, updated_at = ? WHERE id = ?"_s);
    state.addBindValue(stateName(State::Undone));
    state.addBindValue(now);
    state.addBindValue(moveId);
    if (!restore.exec())
        return failed<Record>(restore);
    if (!state.exec())
        return failed<Record>(state);
    const Status committed = transaction.commit();
    return committed.isOk() ? find(moveId) : Result<Record>(committed);
}
