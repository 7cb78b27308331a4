#include "templatecatalogue.h"

#include "storage/database.h"
#include "storage/writetransaction.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {
Status failed(const QSqlQuery& q)
{
    return Status::failure(q.lastError().text());
}

constexpr qint64 kHourMs = 60 * 60 * 1000;
} // namespace

TemplateCatalogue::TemplateCatalogue(Database& database) : m_database(database)
{ }

Status TemplateCatalogue::replace(qint64 profileId, const QList<MessageTemplate>& templates, qint64 syncedAtMs)
{
    WriteTransaction transaction(m_database.connection());
    if (!transaction.isOpen())
        return transaction.status();
    QSqlQuery clear(m_database.connection());
    clear.prepare(u"DELETE FROM templates WHERE profile_id = ?"_s);
    clear.addBindValue(profileId);
    if (!clear.exec())
        return failed(clear);
    for (MessageTemplate t : templates) {
        t.profileId = profileId;
        t.syncedAtMs = syncedAtMs;
        const Status stored = upsert(t);
        if (!stored.isOk())
            return stored;
    }
    QSqlQuery synced(m_database.connection());
    synced.prepare(u"INSERT INTO template_syncs (profile_id, synced_at) VALUES (?, ?) "
                   "ON CONFLICT (profile_id) DO UPDATE SET synced_at = excluded.synced_at"_s);
    synced.addBindValue(profileId);
    synced.addBindValue(syncedAtMs);
    if (!synced.exec())
        return failed(synced);
    return transaction.commit();
}

Status TemplateCatalogue::upsert(const MessageTemplate& t)
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"INSERT INTO templates (profile_id, template_key, provider_id, name, language, status, category, "
              "rejection_reason, definition, synced_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
              "ON CONFLICT (profile_id, template_key) DO UPDATE SET provider_id = excluded.provider_id, "
              "name = excluded.name, language = excluded.language, status = excluded.status, "
              "category = excluded.category, rejection_reason = excluded.rejection_reason, "
              "definition = excluded.definition, synced_at = excluded.synced_at"_s);
    const QVariantList values = {t.profileId, t.key(), t.providerId, t.name, t.language, t.status, t.category,
        t.rejectionReason, QString::fromUtf8(QJsonDocument(t.toJson()).toJson(QJsonDocument::Compact)), t.syncedAtMs};
    for (const QVariant& v : values)
        q.addBindValue(v.toString().isNull() && v.typeId() == QMetaType::QString ? QVariant(u""_s) : v);
    return q.exec() ? Status::success() : failed(q);
}

Result<QList<MessageTemplate>> TemplateCatalogue::list(qint64 profileId) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT definition, status, rejection_reason FROM templates WHERE profile_id = ? "
              "ORDER BY name, language"_s);
    q.addBindValue(profileId);
    if (!q.exec())
        return failed(q);
    QList<MessageTemplate> result;
    while (q.next()) {
        MessageTemplate t = MessageTemplate::fromJson(QJsonDocument::fromJson(q.value(0).toByteArray()).object());
        t.status = q.value(1).toString(); // a webhook may have changed it since the sync
        t.rejectionReason = q.value(2).toString();
        result << t;
    }
    return result;
}

Result<std::optional<MessageTemplate>> TemplateCatalogue::find(qint64 profileId, const QString& key) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(
        u"SELECT definition, status, rejection_reason FROM templates WHERE profile_id = ? AND template_key = ?"_s);
    q.addBindValue(profileId);
    q.addBindValue(key);
    if (!q.exec())
        return failed(q);
    if (!q.next())
        return std::optional<MessageTemplate>();
    MessageTemplate t = MessageTemplate::fromJson(QJsonDocument::fromJson(q.value(0).toByteArray()).object());
    t.status = q.value(1).toString();
    t.rejectionReason = q.value(2).toString();
    return std::optional<MessageTemplate>(t);
}

Result<int> TemplateCatalogue::updateStatus(const QList<qint64>& profileIds,
    const QString& providerId,
    const QString& name,
    const QString& language,
    const QString& status,
    const QString& reason)
{
    QSqlQuery q(m_database.connection());
    QStringList ids;
    for (qint64 id : profileIds)
        ids << QString::number(id);
    if (ids.isEmpty())
        return 0;
    q.prepare(u"UPDATE templates SET status = ?, rejection_reason = ? WHERE profile_id IN (%1) AND "
              "((provider_id = ? AND provider_id <> '') OR (name = ? AND language = ?))"_s.arg(ids.join(u',')));
    q.addBindValue(status.toLower());
    q.addBindValue(reason == u"NONE"_s ? u""_s : (reason.isNull() ? u""_s : reason));
    q.addBindValue(providerId.isNull() ? u""_s : providerId);
    q.addBindValue(name.isNull() ? u""_s : name);
    q.addBindValue(language.isNull() ? u""_s : language);
    if (!q.exec())
        return failed(q);
    return q.numRowsAffected();
}

Result<qint64> TemplateCatalogue::syncedAt(qint64 profileId) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT synced_at FROM template_syncs WHERE profile_id = ?"_s);
    q.addBindValue(profileId);
    if (!q.exec())
        return failed(q);
    return q.next() ? q.value(0).toLongLong() : qint64(0);
}

Result<bool> TemplateCatalogue::takeRequests(qint64 profileId, int requests, qint64 nowMs, bool forCreating)
{
    WriteTransaction transaction(m_database.connection());
    if (!transaction.isOpen())
        return transaction.status();
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT hour_started_at, requests_this_hour FROM template_syncs WHERE profile_id = ?"_s);
    q.addBindValue(profileId);
    if (!q.exec())
        return failed(q);
    qint64 hour = nowMs;
    int used = 0;
    if (q.next() && nowMs - q.value(0).toLongLong() < kHourMs) {
        hour = q.value(0).toLongLong();
        used = q.value(1).toInt();
    }
    q.finish();
    const int allowance = kRequestsPerHour - (forCreating ? 0 : kReserve);
    if (used + requests > allowance)
        return false;
    QSqlQuery count(m_database.connection());
    count.prepare(u"INSERT INTO template_syncs (profile_id, hour_started_at, requests_this_hour) VALUES (?, ?, ?) "
                  "ON CONFLICT (profile_id) DO UPDATE SET hour_started_at = excluded.hour_started_at, "
                  "requests_this_hour = excluded.requests_this_hour"_s);
    count.addBindValue(profileId);
    count.addBindValue(hour);
    count.addBindValue(used + requests);
    if (!count.exec())
        return failed(count);
    const Status committed = transaction.commit();
    if (!committed.isOk())
        return committed;
    return true;
}

namespace {
// The link this template belongs to; empty when none.
Result<QString> linkOf(QSqlDatabase connection, qint64 profileId, const QString& key)
{
    QSqlQuery q(connection);
    q.prepare(u"SELECT link_id FROM template_links WHERE profile_id = ? AND template_key = ?"_s);
    q.addBindValue(profileId);
    q.addBindValue(key);
    if (!q.exec())
        return failed(q);
    return q.next() ? q.value(0).toString() : QString();
}

Status exec(QSqlDatabase connection, const QString& sql, const QVariantList& values)
{
    QSqlQuery q(connection);
    q.prepare(sql);
    for (const QVariant& v : values)
        q.addBindValue(v);
    return q.exec() ? Status::success() : failed(q);
}
} // namespace

Status TemplateCatalogue::link(qint64 profileId, const QString& key, qint64 otherProfileId, const QString& otherKey)
{
    if (profileId == otherProfileId)
        return Status::failure(QCoreApplication::translate(
            "TemplateCatalogue", "A template is linked with one of another sender, not of the same one."));
    WriteTransaction transaction(m_database.connection());
    if (!transaction.isOpen())
        return transaction.status();
    const QSqlDatabase connection = m_database.connection();
    const Result<QString> existing = linkOf(connection, profileId, key);
    if (!existing.isOk())
        return existing.status();
    QString linkId = existing.value();
    if (linkId.isEmpty()) {
        linkId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const Status added
            = exec(connection, u"INSERT INTO template_links (profile_id, template_key, link_id) VALUES (?, ?, ?)"_s,
                {profileId, key, linkId});
        if (!added.isOk())
            return added;
    }
    // One template per sender in a link: the other sender's previous one leaves it, and the other template leaves
    // whatever link it was in.
    for (const auto& [sql, values] : QList<QPair<QString, QVariantList>> {
             {u"DELETE FROM template_links WHERE link_id = ? AND profile_id = ?"_s, {linkId, otherProfileId}},
             {u"DELETE FROM template_links WHERE profile_id = ? AND template_key = ?"_s, {otherProfileId, otherKey}},
             {u"INSERT INTO template_links (profile_id, template_key, link_id) VALUES (?, ?, ?)"_s,
                 {otherProfileId, otherKey, linkId}}}) {
        const Status done = exec(connection, sql, values);
        if (!done.isOk())
            return done;
    }
    return transaction.commit();
}

Status TemplateCatalogue::unlink(qint64 profileId, const QString& key)
{
    return exec(m_database.connection(), u"DELETE FROM template_links WHERE profile_id = ? AND template_key = ?"_s,
        {profileId, key});
}

Result<QList<QPair<qint64, QString>>> TemplateCatalogue::linked(qint64 profileId, const QString& key) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT other.profile_id, other.template_key FROM template_links mine "
              "JOIN template_links other ON other.link_id = mine.link_id "
              "WHERE mine.profile_id = ? AND mine.template_key = ? AND other.profile_id <> mine.profile_id "
              "ORDER BY other.profile_id"_s);
    q.addBindValue(profileId);
    q.addBindValue(key);
    if (!q.exec())
        return failed(q);
    QList<QPair<qint64, QString>> found;
    while (q.next())
        found.append({q.value(0).toLongLong(), q.value(1).toString()});
    return found;
}

Result<QString> TemplateCatalogue::linkedIn(qint64 profileId, const QString& key, qint64 otherProfileId) const
{
    const Result<QList<QPair<qint64, QString>>> all = linked(profileId, key);
    if (!all.isOk())
        return all.status();
    for (const auto& [profile, otherKey] : all.value()) {
        if (profile == otherProfileId)
            return otherKey;
    }
    return QString();
}
