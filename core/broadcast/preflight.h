#pragma once

#include "admission/leftout.h"
#include "broadcast/variablemapping.h"
#include "contacts/contact.h"
#include "model/outgoingmessage.h"
#include "pricing/costestimate.h"
#include "pricing/volumetiers.h"
#include "templates/messagetemplate.h"

#include <QDateTime>
#include <QHash>
#include <QList>

#include <optional>

class ComparisonData;

// What will happen before anything is sent: who will get the message, who will not and why, what it will cost
// and how long it will take. Each group keeps its contacts so the owner can open it.
struct PreflightReport
{
    QList<Contact> sendable; // with their variables resolved in `variables`
    QList<QMap<QString, QString>> variables; // parallel to sendable
    QList<Contact> optedOut;
    QList<Contact> outsideWindow; // free text to customers who have not written in the last 24 hours
    QList<Contact> missingVariable;
    QList<Contact> invalidNumber; // not a number WhatsApp can reach (a CSV audience, an edited contact)
    QList<LeftOut> leftOut; // everyone above who will not get it, with the reason in Admission's words
    QHash<QString, int> sendableByCountry; // ISO region -> recipients
    // The estimate per country, cheapest-first is not the point: in the order of the countries' codes.
    struct CountryCost
    {
        QString country; // ISO region
        int recipients = 0;
        std::optional<double> priceUsd; // one message: Meta's price plus the provider's fee; none when unknown
        QString priceDate; // when Meta's price took effect
        bool stale = false; // older than a quarter
        // Meta's volume tier this month for this market and the message's category, in words (VolumeTiers): Meta
        // charges less than the list price above; empty when Meta has reported none.
        QString volumeTier;
    };
    QList<CountryCost> costByCountry;
    double estimatedCostUsd = 0; // Meta's price, plus the provider's fee
    int recipientsWithoutPrice = 0; // in countries Tandem has no rate for
    double estimatedSeconds = 0; // at the sender's rate; 0 when unlimited
    // What stops the message for everyone, found against the sender's template catalogue: a template that is not
    // approved (132001, 132015, 132016), not in this language, or given the wrong number of values (132000).
    QStringList blockers;
};

// Checks an audience against a message before sending.
class Preflight
{
public:
    struct Input
    {
        QList<Contact> audience;
        OutgoingMessage message; // text, media or a template
        VariableMapping variables;
        MessageCategory category = MessageCategory::Marketing; // of the template; free text is "service"
        QString providerKind; // whose fee on top of Meta's price applies (the comparison data's, by kind)
        QString providerName; // for people: "Twilio"
        double ratePerSecond = 80;
        QDateTime now;
        QList<MessageTemplate> catalogue; // the sender's synced templates; empty: not checked against them
        QList<VolumeTier> volumeTiers; // this month's, as Meta reported them (VolumeTiers::forMonth)
    };

    static PreflightReport check(const Input& input, const ComparisonData& prices);
};
