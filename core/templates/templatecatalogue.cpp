#include "templatecatalogue.h"

#include "storage/database.h"
#include "storage/writetransaction.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

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

Result<int> TemplateCatalogue::updateStatus(const QString& providerId,
    const QString& name,
    const QString& language,
    const QString& status,
    const QString& reason)
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"UPDATE templates SET status = ?, rejection_reason = ? WHERE (provider_id = ? AND provider_id <> '') "
              "OR (name = ? AND language = ?)"_s);
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
