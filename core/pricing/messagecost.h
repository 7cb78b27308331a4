#pragma once

#include "model/outgoingmessage.h"
#include "ratecard.h"

#include <QHash>

class Database;

// What one message to a number is estimated to cost when it is queued: Meta's price for the number's market and
// the message's category (the rate card in use: built in, with the owner's imports), plus the provider's fee per
// message (Twilio's $0.005). Unknown when the card has no price for that market and category. The estimate is kept
// on the row (outbox.cost_estimate): budgets add it up, and reports put it beside what the provider reports.
class MessageCost
{
public:
    MessageCost(RateCard card, MessageCategory category, double providerFeeUsd);
    // For a sender's messages: its provider's fee, the card in this database.
    static Result<MessageCost> forSender(Database& database, qint64 profileId, MessageCategory category);
    // The category a message is priced in: a template's own (marketing when not known), free text a service message.
    static MessageCategory categoryOf(const OutgoingMessage& message, const QString& templateCategory);

    std::optional<double> of(const QString& e164) const;
    // The estimate for all these numbers; `unpriced` gets how many have no price.
    double total(const QStringList& e164s, int* unpriced = nullptr) const;

private:
    RateCard m_card;
    MessageCategory m_category;
    double m_fee = 0;
    mutable QHash<const RateCard::Market*, std::optional<double>> m_byMarket;
};
