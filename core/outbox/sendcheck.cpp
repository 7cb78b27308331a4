#include "sendcheck.h"

#include "admission/admission.h"
#include "rowmessages.h"
#include "storage/database.h"

#include <QSet>

using namespace Qt::StringLiterals;

SendCheck::SendCheck(Database& database, RowMessages& broadcasts) : m_database(database), m_broadcasts(broadcasts)
{ }

Result<QList<SendCheck::Skip>> SendCheck::take(QList<OutboxRow>& rows, qint64 nowMs)
{
    QList<Skip> skipped;
    if (rows.isEmpty())
        return skipped;
    QStringList recipients;
    for (const OutboxRow& r : std::as_const(rows))
        recipients << r.recipient;
    const Result<ConsentFacts> facts = ConsentFacts::loadFor(m_database.connection(), recipients);
    if (!facts.isOk())
        return facts.status();
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC);
    QList<OutboxRow> keep;
    keep.reserve(rows.size());
    for (const OutboxRow& r : std::as_const(rows)) {
        const Result<Broadcast> b = m_broadcasts.broadcastOf(r.broadcastId);
        if (!b.isOk()) {
            keep << r; // sent as before; the dispatcher reports the broadcast it cannot read
            continue;
        }
        Admission::Message message;
        message.message = b.value().message;
        message.category = messageCategoryFromName(b.value().category);
        message.ignoreWindow = b.value().ignoreWindow;
        message.confirmsOptOut = b.value().confirmsOptOut;
        if (const std::optional<LeftOut::Reason> reason = Admission::judge(message, facts.value().of(r.recipient), now))
            skipped << Skip {r, *reason};
        else
            keep << r;
    }
    rows = keep;
    return skipped;
}
