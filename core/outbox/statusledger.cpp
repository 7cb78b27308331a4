#include "statusledger.h"

#include "consent/optouts.h"
#include "storage/changenotifier.h"
#include "storage/database.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace {
Status failed(const QSqlQuery& q)
{
    return Status::failure(q.lastError().text());
}

QString text(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QString json(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QSqlQuery& prepared(std::optional<QSqlQuery>& query, Database& database, const QString& sql)
{
    if (!query) {
        query.emplace(database.connection());
        query->prepare(sql);
    }
    return *query;
}
} // namespace

StatusLedger::StatusLedger(Database& database) : m_database(database)
{ }

Result<StatusLedger::Outcome> StatusLedger::record(const QList<DeliveryEvent>& events)
{
    Outcome outcome;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QSqlQuery& insert = prepared(m_insertEvent, m_database,
        u"INSERT INTO webhook_events (provider, profile_id, kind, event_key, message_id, status, error_code, "
        "occurred_at, received_at, source, payload) VALUES (?, ?, 'status', ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (event_key) DO NOTHING RETURNING id"_s);
    for (const DeliveryEvent& e : events) {
        if (e.messageId.isEmpty() || e.status.isEmpty())
            continue; // nothing to apply it to
        insert.bindValue(0, e.provider);
        insert.bindValue(1, e.profileId);
        insert.bindValue(2, e.eventKey());
        insert.bindValue(3, e.messageId);
        insert.bindValue(4, e.status);
        insert.bindValue(5, text(e.error.code));
        insert.bindValue(6, e.occurredAtMs);
        insert.bindValue(7, now);
        insert.bindValue(8, text(e.source));
        insert.bindValue(9, json(deliveryEventToJson(e)));
        if (!insert.exec())
            return failed(insert);
        // A repeat conflicts and returns no id.
        if (!insert.next()) {
            ++outcome.repeated;
            continue;
        }
        ++outcome.stored;
        const QVariant eventId = insert.value(0);
        insert.finish();
        const Result<bool> applied = apply(e);
        if (!applied.isOk())
            return applied.status();
        if (applied.value()) {
            ++outcome.applied;
            QSqlQuery& mark
                = prepared(m_markApplied, m_database, u"UPDATE webhook_events SET applied = 1 WHERE id = ?"_s);
            mark.bindValue(0, eventId);
            if (!mark.exec())
                return failed(mark);
        }
    }
    if (outcome.applied > 0)
        ChangeNotifier::notify(m_database.connection(), ChangeNotifier::Channel::Outbox);
    return outcome;
}

Result<bool> StatusLedger::apply(const DeliveryEvent& e)
{
    QSqlQuery& find = prepared(m_findRow, m_database,
        u"SELECT id, state, recipient, cost_estimate FROM outbox WHERE provider_message_id = ? AND profile_id = ?"_s);
    find.bindValue(0, e.messageId);
    find.bindValue(1, e.profileId);
    if (!find.exec())
        return failed(find);
    if (!find.next())
        return false;
    const qint64 rowId = find.value(0).toLongLong();
    const OutboxState current = outboxStateFromName(find.value(1).toString());
    const QString recipient = find.value(2).toString();
    const QVariant estimate = find.value(3);
    find.finish();
    const OutboxState target = e.targetState();
    const qint64 at = e.occurredAtMs > 0 ? e.occurredAtMs : QDateTime::currentMSecsSinceEpoch();
    if (outboxMayAdvance(current, target)) {
        const bool failure = target == OutboxState::Failed;
        // Sent, delivered, read: 1, 2, 3 (a message read at once was delivered and sent then too).
        const int reached = qMax(0, outboxProgress(target) - 1);
        // A message read at once has no "delivered" report of its own: reading it says it was delivered.
        QSqlQuery& advance = prepared(m_advance, m_database,
            u"UPDATE outbox SET state = ?, updated_at = ?, "
            "sent_at = CASE WHEN sent_at = 0 AND ? >= 1 THEN ? ELSE sent_at END, "
            "delivered_at = CASE WHEN delivered_at = 0 AND ? >= 2 THEN ? ELSE delivered_at END, "
            "read_at = CASE WHEN read_at = 0 AND ? >= 3 THEN ? ELSE read_at END, "
            "error_class = CASE WHEN ? THEN ? ELSE error_class END, "
            "error_code = CASE WHEN ? THEN ? ELSE error_code END, "
            "error_explanation = CASE WHEN ? THEN ? ELSE error_explanation END, "
            "next_poll_at = CASE WHEN ? OR ? >= 3 THEN 0 ELSE next_poll_at END "
            "WHERE id = ?"_s);
        int i = 0;
        advance.bindValue(i++, outboxStateName(target));
        advance.bindValue(i++, QDateTime::currentMSecsSinceEpoch());
        for (int step = 1; step <= 3; ++step) {
            advance.bindValue(i++, reached);
            advance.bindValue(i++, at);
        }
        advance.bindValue(i++, failure);
        advance.bindValue(i++, text(errorClassName(e.error.errorClass)));
        advance.bindValue(i++, failure);
        advance.bindValue(i++, text(e.error.code));
        advance.bindValue(i++, failure);
        advance.bindValue(i++, text(e.error.explanation));
        advance.bindValue(i++, failure);
        advance.bindValue(i++, reached);
        advance.bindValue(i++, rowId);
        if (!advance.exec())
            return failed(advance);
    }
    if (!e.pricingCategory.isEmpty() || e.billable || !e.price.isEmpty()) {
        QSqlQuery& pricing = prepared(m_pricing, m_database,
            u"UPDATE outbox SET pricing_category = CASE WHEN ? = '' THEN pricing_category ELSE ? END, "
            "billable = COALESCE(?, billable), price = CASE WHEN ? = '' THEN price ELSE ? END, "
            "price_unit = CASE WHEN ? = '' THEN price_unit ELSE ? END WHERE id = ?"_s);
        pricing.bindValue(0, text(e.pricingCategory));
        pricing.bindValue(1, text(e.pricingCategory));
        pricing.bindValue(2, e.billable ? QVariant(*e.billable ? 1 : 0) : QVariant());
        pricing.bindValue(3, text(e.price));
        pricing.bindValue(4, text(e.price));
        pricing.bindValue(5, text(e.priceUnit));
        pricing.bindValue(6, text(e.priceUnit));
        pricing.bindValue(7, rowId);
        if (!pricing.exec())
            return failed(pricing);
        if (!e.pricingCategory.isEmpty()) {
            if (const Status repriced = reprice(rowId, recipient, estimate, e); !repriced.isOk())
                return repriced;
        }
    }
    if (outboxMayAdvance(current, target) && target == OutboxState::Failed) {
        const Status optedOut = OptOuts::fromSendError(m_database.connection(), recipient, e.provider, e.error);
        if (!optedOut.isOk())
            return optedOut;
    }
    if ((!e.recipientUserId.isEmpty() || !e.recipientParentUserId.isEmpty()) && !recipient.isEmpty()) {
        // The provider may later speak of this customer by a business-scoped ID alone: the contact keeps both.
        QSqlQuery q(m_database.connection());
        q.prepare(u"UPDATE contacts SET user_id = CASE WHEN ? = '' THEN user_id ELSE ? END, "
                  "parent_user_id = CASE WHEN ? = '' THEN parent_user_id ELSE ? END "
                  "WHERE phone = ? AND (user_id <> ? OR parent_user_id <> ?)"_s);
        q.addBindValue(text(e.recipientUserId));
        q.addBindValue(text(e.recipientUserId));
        q.addBindValue(text(e.recipientParentUserId));
        q.addBindValue(text(e.recipientParentUserId));
        q.addBindValue(recipient);
        q.addBindValue(text(e.recipientUserId));
        q.addBindValue(text(e.recipientParentUserId));
        if (!q.exec())
            return failed(q);
    }
    return true;
}

Status StatusLedger::reprice(qint64 rowId, const QString& recipient, const QVariant& estimate, const DeliveryEvent& e)
{
    if (!m_pricesRead) {
        m_pricesRead = true;
        Result<ReportedPricing> loaded = ReportedPricing::load(m_database);
        if (loaded.isOk())
            m_prices.emplace(loaded.takeValue());
    }
    if (!m_prices)
        return Status::success(); // no card to read: the estimate stays
    const std::optional<double> cost = m_prices->cost(recipient, e.pricingCategory, e.provider);
    if (!cost || (!estimate.isNull() && qAbs(estimate.toDouble() - *cost) < 1e-9))
        return Status::success();
    QSqlQuery& update = prepared(m_reprice, m_database, u"UPDATE outbox SET cost_estimate = ? WHERE id = ?"_s);
    update.bindValue(0, *cost);
    update.bindValue(1, rowId);
    return update.exec() ? Status::success() : failed(update);
}

Result<int> StatusLedger::applyWaiting(const QStringList& messageIds)
{
    if (messageIds.isEmpty())
        return 0;
    QStringList marks;
    for (qsizetype i = 0; i < messageIds.size(); ++i)
        marks << u"?"_s;
    QSqlQuery waiting(m_database.connection());
    waiting.prepare(u"SELECT id, payload FROM webhook_events WHERE applied = 0 AND message_id IN (%1) "
                    "ORDER BY occurred_at, id"_s.arg(marks.join(u',')));
    for (const QString& id : messageIds)
        waiting.addBindValue(id);
    if (!waiting.exec())
        return failed(waiting);
    QList<QPair<qint64, DeliveryEvent>> events;
    while (waiting.next())
        events.append({waiting.value(0).toLongLong(),
            deliveryEventFromJson(QJsonDocument::fromJson(waiting.value(1).toString().toUtf8()).object())});
    waiting.finish();
    int applied = 0;
    for (const auto& [eventId, event] : std::as_const(events)) {
        const Result<bool> found = apply(event);
        if (!found.isOk())
            return found.status();
        if (!found.value())
            continue;
        ++applied;
        QSqlQuery& mark = prepared(m_markApplied, m_database, u"UPDATE webhook_events SET applied = 1 WHERE id = ?"_s);
        mark.bindValue(0, eventId);
        if (!mark.exec())
            return failed(mark);
    }
    return applied;
}

Result<bool> StatusLedger::removeReportsAbout(const QString& messageId)
{
    QSqlQuery remove(m_database.connection());
    remove.prepare(u"DELETE FROM webhook_events WHERE message_id = ?"_s);
    remove.addBindValue(messageId);
    if (!remove.exec())
        return failed(remove);
    return remove.numRowsAffected() > 0;
}
