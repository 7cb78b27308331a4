#pragma once

#include "messagetemplate.h"
#include "util/result.h"

#include <QDateTime>
#include <QList>
#include <QPair>

#include <optional>

class Database;

// The templates of each sender's account as last synced, in the database so every computer and the composer see
// them without asking the provider. A sync replaces a sender's list whole; Meta's status webhooks change one
// template's status in between. Meta allows 200 management requests an hour per app and account: the catalogue
// counts them and says when the allowance is used up.
class TemplateCatalogue
{
public:
    static constexpr int kRequestsPerHour = 200;
    static constexpr int kReserve = 10; // left for creating templates when syncs used the rest

    explicit TemplateCatalogue(Database& database);

    Status replace(qint64 profileId, const QList<MessageTemplate>& templates, qint64 syncedAtMs);
    Status upsert(const MessageTemplate& t);
    Result<QList<MessageTemplate>> list(qint64 profileId) const;
    Result<std::optional<MessageTemplate>> find(qint64 profileId, const QString& key) const;
    // Meta's message_template_status_update: the template of this name and language (or id), in these senders (those
    // of the account the report came for); returns how many changed.
    Result<int> updateStatus(const QList<qint64>& profileIds,
        const QString& providerId,
        const QString& name,
        const QString& language,
        const QString& status,
        const QString& reason);
    // When the sender's list was last synced (0: never).
    Result<qint64> syncedAt(qint64 profileId) const;
    // "The same message": links the template `key` of one sender with `otherKey` of another (a Meta template and
    // a Twilio Content, say). A template is linked to at most one template per other sender; linking again
    // replaces that one.
    Status link(qint64 profileId, const QString& key, qint64 otherProfileId, const QString& otherKey);
    Status unlink(qint64 profileId, const QString& key);
    // The templates linked with this one, as (sender, key); empty when none.
    Result<QList<QPair<qint64, QString>>> linked(qint64 profileId, const QString& key) const;
    // The key of the template in `otherProfileId` that is the same message; empty when none is linked.
    Result<QString> linkedIn(qint64 profileId, const QString& key, qint64 otherProfileId) const;

    // Counts `requests` management requests for the sender; false (nothing counted) when the hour's allowance
    // would be exceeded.
    Result<bool> takeRequests(qint64 profileId, int requests, qint64 nowMs, bool forCreating = false);

private:
    Database& m_database;
};
