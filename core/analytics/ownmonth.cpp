#include "ownmonth.h"

#include "pricing/comparisondata.h"
#include "storage/database.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

Result<OwnMonth> OwnMonth::last(Database& database, const ComparisonData& prices, const QDate& today)
{
    OwnMonth own;
    own.month = QDate(today.year(), today.month(), 1).addMonths(-1);
    const qint64 from = QDateTime(own.month, QTime(0, 0)).toMSecsSinceEpoch();
    const qint64 to = QDateTime(own.month.addMonths(1), QTime(0, 0)).toMSecsSinceEpoch();
    // Per sender: how many went out and their estimates (Meta's price plus that sender's provider's fee).
    QSqlQuery q(database.connection());
    q.prepare(u"SELECT p.whatsapp_provider, COUNT(*), SUM(COALESCE(o.cost_estimate, 0)) FROM outbox o "
              "JOIN profiles p ON p.id = o.profile_id WHERE o.claimed_at >= ? AND o.claimed_at < ? AND "
              "o.state IN ('accepted', 'sent', 'delivered', 'read') GROUP BY p.whatsapp_provider"_s);
    q.addBindValue(from);
    q.addBindValue(to);
    if (!q.exec())
        return Status::failure(q.lastError().text());
    while (q.next()) {
        const ProviderFacts* facts = prices.provider(q.value(0).toString());
        const int messages = q.value(1).toInt();
        own.messages += messages;
        own.metaUsd += q.value(2).toDouble() - messages * (facts ? facts->feePerMessageUsd : 0);
    }
    for (const QString& kind : prices.kinds())
        own.byProvider.insert(kind, own.metaUsd + own.messages * prices.provider(kind)->feePerMessageUsd);
    return own;
}
