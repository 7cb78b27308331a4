#pragma once

#include "util/result.h"

#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>
#include <QStringList>

struct Contact;

// What the contacts' records say about whom Tandem may message: who opted out (of everything, or of marketing) and
// when each last wrote (their 24-hour window). Only contacts with something to say are kept, so a list of 100,000
// recipients costs one small read: everyone else may receive templates and not free text.
class ConsentFacts
{
public:
    struct Facts
    {
        bool optedOut = false;
        bool marketingOptedOut = false;
        QDateTime lastInboundAt; // invalid: never wrote
    };

    // Every contact that opted out of anything or wrote since `since` (a day before now, for the window).
    static Result<ConsentFacts> load(QSqlDatabase db, const QDateTime& since);
    // These recipients only (a batch the dispatcher is about to send).
    static Result<ConsentFacts> loadFor(QSqlDatabase db, const QStringList& recipients);
    // Contacts already in memory (the composer's audience, as read from the database).
    static ConsentFacts fromContacts(const QList<Contact>& contacts);

    Facts of(const QString& recipient) const;
    void set(const QString& recipient, const Facts& facts);

private:
    static Result<ConsentFacts> select(QSqlDatabase db, const QString& where, const QVariantList& values);

    QHash<QString, Facts> m_facts;
};
