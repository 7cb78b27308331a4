#pragma once

#include "outboxattempt.h"
#include "outboxrow.h"
#include "util/result.h"

#include <QList>
#include <QVariantList>

#include <optional>

class Database;

// The outbox's rows as screens and commands read them: by broadcast and state, a page at a time (the activity view
// reads 100,000 recipients this way, never all at once), and what changed since a moment.
class OutboxReads
{
public:
    explicit OutboxReads(Database& database);

    Result<QList<OutboxRow>> rows(qint64 broadcastId, OutboxState state, int limit = 10000) const;
    // Rows in this state across every broadcast, oldest first, at most `limit`.
    Result<QList<OutboxRow>> rows(OutboxState state, int limit) const;
    Result<std::optional<OutboxRow>> row(qint64 rowId) const;
    // One page of a broadcast's rows in id order after `afterId`, optionally only one state.
    Result<QList<OutboxRow>> page(
        qint64 broadcastId, qint64 afterId, int limit, std::optional<OutboxState> state = std::nullopt) const;
    // Rows of a broadcast with ids up to `maxId` changed at or after `sinceMs` (updated_at, wall-clock ms), at most
    // `limit` of them, oldest change first.
    Result<QList<OutboxRow>> updatedSince(qint64 broadcastId, qint64 sinceMs, qint64 maxId, int limit) const;
    // Every attempt of one row, oldest first, across the owner's retries.
    Result<QList<OutboxAttempt>> attempts(qint64 rowId) const;

private:
    Result<QList<OutboxRow>> select(
        const QString& where, const QVariantList& values, int limit, const QString& order = QString()) const;

    Database& m_database;
};
