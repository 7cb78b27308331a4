#include "consentfacts.h"

#include "contacts/contact.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {
// How many recipients one query names: well under SQLite's and PostgreSQL's limits on bound values.
constexpr qsizetype kBatch = 500;
} // namespace

Result<ConsentFacts> ConsentFacts::load(QSqlDatabase db, const QDateTime& since)
{
    return select(db, u"opted_out = 1 OR marketing_opted_out = 1 OR last_inbound_at >= ?"_s,
        {since.toUTC().toString(Qt::ISODateWithMs)});
}

Result<ConsentFacts> ConsentFacts::loadFor(QSqlDatabase db, const QStringList& recipients)
{
    ConsentFacts all;
    for (qsizetype start = 0; start < recipients.size(); start += kBatch) {
        const QStringList batch = recipients.mid(start, kBatch);
        QStringList marks;
        QVariantList values;
        for (const QString& r : batch) {
            marks << u"?"_s;
            values << r;
        }
        const Result<ConsentFacts> some = select(db, u"phone IN (%1)"_s.arg(marks.join(u',')), values);
        if (!some.isOk())
            return some;
        all.m_facts.insert(some.value().m_facts);
    }
    return all;
}

Result<ConsentFacts> ConsentFacts::select(QSqlDatabase db, const QString& where, const QVariantList& values)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT phone, opted_out, marketing_opted_out, last_inbound_at FROM contacts WHERE "_s + where);
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec())
        return Status::failure(q.lastError().text());
    ConsentFacts facts;
    while (q.next()) {
        Facts f;
        f.optedOut = q.value(1).toInt() != 0;
        f.marketingOptedOut = q.value(2).toInt() != 0;
        f.lastInboundAt = QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs);
        facts.m_facts.insert(q.value(0).toString(), f);
    }
    return facts;
}

ConsentFacts ConsentFacts::fromContacts(const QList<Contact>& contacts)
{
    ConsentFacts facts;
    for (const Contact& c : contacts) {
        if (c.optedOut || c.marketingOptedOut || c.lastInboundAt.isValid())
            facts.m_facts.insert(c.phone, {c.optedOut, c.marketingOptedOut, c.lastInboundAt});
    }
    return facts;
}

ConsentFacts::Facts ConsentFacts::of(const QString& recipient) const
{
    return m_facts.value(recipient);
}

void ConsentFacts::set(const QString& recipient, const Facts& facts)
{
    m_facts.insert(recipient, facts);
}
