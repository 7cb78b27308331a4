#pragma once

#include <QDate>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

// Meta's account_update VOLUME_BASED_PRICING_TIER_UPDATE for this month, kept as the receiver keeps a verified one
// (webhook_events, kind pricing_tier; tst_volumetiers posts real ones): the state a screen or command reads.
// Returns the database's error, or an empty string.
inline QString keepVolumeTier(
    QSqlDatabase db, const QString& category, const QString& region, const QString& tier, const QString& key)
{
    const QJsonObject value {{QStringLiteral("event"), QStringLiteral("VOLUME_BASED_PRICING_TIER_UPDATE")},
        {QStringLiteral("volume_tier_info"),
            QJsonObject {{QStringLiteral("effective_month"), QDate::currentDate().toString(QStringLiteral("yyyy-MM"))},
                {QStringLiteral("pricing_category"), category}, {QStringLiteral("region"), region},
                {QStringLiteral("tier"), tier}, {QStringLiteral("tier_update_time"), 1796300000}}}};
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO webhook_events (provider, profile_id, kind, event_key, received_at, payload) "
                             "VALUES ('meta_cloud', 1, 'pricing_tier', ?, 1796300000000, ?)"));
    q.addBindValue(key);
    q.addBindValue(QString::fromUtf8(QJsonDocument(value).toJson(QJsonDocument::Compact)));
    return q.exec() ? QString() : q.lastError().text();
}
