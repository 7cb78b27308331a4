#include "profilerepository.h"

#include "providers/providerregistry.h"
#include "storage/database.h"
#include "storage/writetransaction.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {
// This file's words, under the context translators see ("ProfileRepository").
struct ProfileRepositoryText
{
    Q_DECLARE_TR_FUNCTIONS(ProfileRepository)
};
} // namespace

namespace {
QString isoNow()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString settingsJson(const QVariantMap& settings)
{
    return QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(settings)).toJson(QJsonDocument::Compact));
}

bool isUniqueViolation(const QSqlError& error)
{
    const QString text = error.databaseText();
    return text.contains(u"UNIQUE"_s, Qt::CaseInsensitive) || error.nativeErrorCode() == u"23505"_s;
}

const QString kColumns = u"id, name, whatsapp_provider, settings, created_at, updated_at, verified_at, verified_ok, "
                         "verification_summary, verified_number"_s;

Profile fromRow(const QSqlQuery& q)
{
    Profile p;
    p.id = q.value(0).toLongLong();
    p.name = q.value(1).toString();
    p.kind = q.value(2).toString();
    p.settings = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object().toVariantMap();
    p.createdAt = QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs);
    p.updatedAt = QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs);
    p.verifiedAt = QDateTime::fromString(q.value(6).toString(), Qt::ISODateWithMs);
    p.verifiedOk = q.value(7).toBool();
    p.verificationSummary = q.value(8).toString();
    p.verifiedNumber = q.value(9).toString();
    return p;
}
} // namespace

ProfileRepository::ProfileRepository(Database& database, const ProviderRegistry& registry)
    : m_database(database), m_registry(registry)
{ }

Status ProfileRepository::check(const Profile& profile) const
{
    const QString name = profile.name.trimmed();
    if (name.isEmpty())
        return Status::failure(ProfileRepositoryText::tr("Give the sender a name, for example your shop's name."));
    if (name.size() > 80)
        return Status::failure(ProfileRepositoryText::tr("The sender's name is too long (80 characters at most)."));
    const ProviderDescriptor* descriptor = m_registry.find(profile.kind);
    if (!descriptor) {
        return Status::failure(ProfileRepositoryText::tr("Unknown provider \"%1\". Choose one of: %2.")
                                   .arg(profile.kind, m_registry.kinds().join(u", "_s)));
    }
    for (auto it = profile.settings.cbegin(); it != profile.settings.cend(); ++it) {
        const ConfigField* field = descriptor->field(it.key());
        if (!field)
            return Status::failure(
                ProfileRepositoryText::tr("%1 has no setting called \"%2\".").arg(descriptor->displayName, it.key()));
        if (field->isSecret())
            return Status::failure(
                ProfileRepositoryText::tr("%1 is a secret and is kept in the system keychain, not in the database.")
                    .arg(field->label));
    }
    return Status::success();
}

Result<Profile> ProfileRepository::create(const Profile& profile)
{
    const Status valid = check(profile);
    if (!valid.isOk())
        return valid;
    Profile stored = profile;
    stored.name = profile.name.trimmed();
    stored.createdAt = stored.updatedAt = QDateTime::fromString(isoNow(), Qt::ISODateWithMs);

    QSqlQuery q(m_database.connection());
    q.prepare(u"INSERT INTO profiles (name, whatsapp_provider, whatsapp_business_phone_id, whatsapp_app_id, "
              "settings, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"_s);
    q.addBindValue(stored.name);
    q.addBindValue(stored.kind);
    q.addBindValue(stored.setting(u"phone_number_id"_s));
    q.addBindValue(stored.setting(u"app_id"_s));
    q.addBindValue(settingsJson(stored.settings));
    q.addBindValue(stored.createdAt.toString(Qt::ISODateWithMs));
    q.addBindValue(stored.updatedAt.toString(Qt::ISODateWithMs));
    if (!q.exec()) {
        if (isUniqueViolation(q.lastError()))
            return Result<Profile>::failure(
                ProfileRepositoryText::tr("A sender called \"%1\" already exists.").arg(stored.name));
        return Result<Profile>::failure(
            ProfileRepositoryText::tr("Could not save the sender: %1").arg(q.lastError().text()));
    }
    stored.id = q.next() ? q.value(0).toLongLong() : 0;
    return stored;
}

Result<QList<Profile>> ProfileRepository::select(const QString& where, const QVariantList& values) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT "_s + kColumns + u" FROM profiles "_s + where + u" ORDER BY name"_s);
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec())
        return Result<QList<Profile>>::failure(
            ProfileRepositoryText::tr("Could not read senders: %1").arg(q.lastError().text()));
    QList<Profile> profiles;
    while (q.next())
        profiles << fromRow(q);
    return profiles;
}

Result<Profile> ProfileRepository::find(qint64 id) const
{
    Result<QList<Profile>> rows = select(u"WHERE id = ?"_s, {id});
    if (!rows.isOk())
        return rows.status();
    if (rows.value().isEmpty())
        return Result<Profile>::failure(ProfileRepositoryText::tr("There is no sender with id %1.").arg(id));
    return rows.value().first();
}

Result<Profile> ProfileRepository::findByName(const QString& name) const
{
    Result<QList<Profile>> rows = select(u"WHERE name = ? AND archived_at IS NULL"_s, {name.trimmed()});
    if (!rows.isOk())
        return rows.status();
    if (rows.value().isEmpty())
        return Result<Profile>::failure(ProfileRepositoryText::tr("There is no sender called \"%1\".").arg(name));
    return rows.value().first();
}

Result<QList<Profile>> ProfileRepository::list() const
{
    return select(u"WHERE archived_at IS NULL"_s, {});
}

Status ProfileRepository::update(const Profile& profile)
{
    const Status valid = check(profile);
    if (!valid.isOk())
        return valid;
    QSqlQuery q(m_database.connection());
    q.prepare(u"UPDATE profiles SET name = ?, whatsapp_provider = ?, whatsapp_business_phone_id = ?, "
              "whatsapp_app_id = ?, settings = ?, updated_at = ? WHERE id = ?"_s);
    q.addBindValue(profile.name.trimmed());
    q.addBindValue(profile.kind);
    q.addBindValue(profile.setting(u"phone_number_id"_s));
    q.addBindValue(profile.setting(u"app_id"_s));
    q.addBindValue(settingsJson(profile.settings));
    q.addBindValue(isoNow());
    q.addBindValue(profile.id);
    if (!q.exec()) {
        if (isUniqueViolation(q.lastError()))
            return Status::failure(
                ProfileRepositoryText::tr("A sender called \"%1\" already exists.").arg(profile.name.trimmed()));
        return Status::failure(ProfileRepositoryText::tr("Could not save the sender: %1").arg(q.lastError().text()));
    }
    if (q.numRowsAffected() == 0)
        return Status::failure(ProfileRepositoryText::tr("There is no sender with id %1.").arg(profile.id));
    return Status::success();
}

Status ProfileRepository::archive(qint64 id)
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"UPDATE profiles SET archived_at = ?, name = name || ? WHERE id = ? AND archived_at IS NULL"_s);
    q.addBindValue(isoNow());
    q.addBindValue(ProfileRepositoryText::tr(" (moved, #%1)").arg(id));
    q.addBindValue(id);
    if (!q.exec())
        return Status::failure(ProfileRepositoryText::tr("Could not archive the sender: %1").arg(q.lastError().text()));
    return Status::success();
}

Status ProfileRepository::remove(qint64 id)
{
    QSqlDatabase db = m_database.connection();
    WriteTransaction transaction(db);
    if (!transaction.isOpen())
        return transaction.status();
    QSqlQuery history(db);
    history.prepare(u"SELECT name, EXISTS (SELECT 1 FROM broadcasts WHERE profile_id = ?) OR EXISTS (SELECT 1 FROM "
                    "outbox WHERE profile_id = ?) FROM profiles WHERE id = ? AND archived_at IS NULL"_s);
    history.addBindValue(id);
    history.addBindValue(id);
    history.addBindValue(id);
    if (!history.exec())
        return Status::failure(
            ProfileRepositoryText::tr("Could not remove the sender: %1").arg(history.lastError().text()));
    if (!history.next())
        return Status::failure(ProfileRepositoryText::tr("There is no sender with id %1.").arg(id));
    QSqlQuery q(db);
    if (history.value(1).toBool()) {
        // Its broadcasts and every attempt stay on record, so it is archived instead: hidden, under a name that
        // frees its own for a new sender. What it still had to send will not go out.
        q.prepare(u"UPDATE profiles SET archived_at = ?, name = ? WHERE id = ?"_s);
        q.addBindValue(isoNow());
        q.addBindValue(ProfileRepositoryText::tr("%1 (removed, #%2)").arg(history.value(0).toString()).arg(id));
        q.addBindValue(id);
        QSqlQuery cancel(db);
        cancel.prepare(u"UPDATE outbox SET state = 'cancelled', updated_at = ? WHERE profile_id = ? AND state IN "
                       "('queued', 'retry_wait')"_s);
        cancel.addBindValue(QDateTime::currentMSecsSinceEpoch());
        cancel.addBindValue(id);
        QSqlQuery broadcasts(db);
        broadcasts.prepare(u"UPDATE broadcasts SET state = 'cancelled' WHERE profile_id = ? AND state IN ('preparing', "
                           "'scheduled', 'running', 'paused')"_s);
        broadcasts.addBindValue(id);
        if (!cancel.exec() || !broadcasts.exec())
            return Status::failure(
                ProfileRepositoryText::tr("Could not remove the sender: %1")
                    .arg(cancel.lastError().isValid() ? cancel.lastError().text() : broadcasts.lastError().text()));
    } else {
        q.prepare(u"DELETE FROM profiles WHERE id = ?"_s);
        q.addBindValue(id);
    }
    if (!q.exec())
        return Status::failure(ProfileRepositoryText::tr("Could not remove the sender: %1").arg(q.lastError().text()));
    return transaction.commit();
}

const ProviderRegistry& ProfileRepository::registry() const
{
    return m_registry;
}

Status ProfileRepository::recordVerification(qint64 id, bool ok, const QString& summary, const QString& number)
{
    QSqlQuery q(m_database.connection());
    // A failed check keeps the number found before: the sender still has it.
    q.prepare(u"UPDATE profiles SET verified_at = ?, verified_ok = ?, verification_summary = ?, "
              "verified_number = CASE WHEN ? = '' THEN verified_number ELSE ? END WHERE id = ?"_s);
    q.addBindValue(isoNow());
    q.addBindValue(ok ? 1 : 0);
    q.addBindValue(summary.isNull() ? u""_s : summary); // a check that found nothing to say is still recorded
    const QString found = ok && !number.isNull() ? number : u""_s;
    q.addBindValue(found);
    q.addBindValue(found);
    q.addBindValue(id);
    if (!q.exec())
        return Status::failure(ProfileRepositoryText::tr("Could not record the check: %1").arg(q.lastError().text()));
    return Status::success();
}
