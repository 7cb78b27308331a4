#include "movedryrun.h"

#include "admission/admission.h"
#include "admission/consentfacts.h"
#include "pricing/messagecost.h"
#include "storage/database.h"

#include <QMap>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

Result<MoveDryRun> MoveDryRun::of(Database& database, const Broadcast& broadcast, const QDateTime& now)
{
    QSqlQuery q(database.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT recipient FROM outbox WHERE broadcast_id = ? AND profile_id = ? "
              "AND state IN ('queued', 'retry_wait') ORDER BY id"_s);
    q.addBindValue(broadcast.id);
    q.addBindValue(broadcast.fromId);
    if (!q.exec())
        return Status::failure(q.lastError().text());
    QStringList recipients;
    while (q.next())
        recipients << q.value(0).toString();
    q.finish();

    const Result<ConsentFacts> facts = ConsentFacts::loadFor(database.connection(), recipients);
    if (!facts.isOk())
        return facts.status();
    Admission::Message rules;
    rules.message = broadcast.message;
    rules.category = broadcast.category;
    rules.ignoreWindow = broadcast.ignoreWindow;
    rules.confirmsOptOut = broadcast.confirmsOptOut;
    QMap<LeftOut::Reason, int> left;
    QStringList going;
    for (const QString& r : std::as_const(recipients)) {
        if (const std::optional<LeftOut::Reason> reason = Admission::judge(rules, facts.value().of(r), now))
            ++left[*reason];
        else
            going << r;
    }

    MoveDryRun run;
    run.wouldGo = int(going.size());
    for (const LeftOut::Reason reason : LeftOut::all()) {
        if (left.value(reason) > 0)
            run.leftOut.append({reason, left.value(reason)});
    }
    const Result<MessageCost> from = MessageCost::forSender(database, broadcast.fromId, broadcast.category);
    const Result<MessageCost> to = MessageCost::forSender(database, broadcast.toId, broadcast.category);
    if (!from.isOk())
        return from.status();
    if (!to.isOk())
        return to.status();
    int unpriced = 0;
    const double toUsd = to.value().total(going, &unpriced);
    run.unpriced = unpriced;
    if (unpriced < run.wouldGo) {
        run.costToUsd = toUsd;
        run.costFromUsd = from.value().total(going);
    }
    run.seconds = broadcast.ratePerSecond > 0 ? run.wouldGo / broadcast.ratePerSecond : 0;
    return run;
}
