#include "messagecost.h"

#include "comparisondata.h"
#include "ratecardstore.h"
#include "storage/database.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

MessageCost::MessageCost(RateCard card, MessageCategory category, double providerFeeUsd)
    : m_card(std::move(card)), m_category(category), m_fee(providerFeeUsd)
{ }

Result<MessageCost> MessageCost::forSender(Database& database, qint64 profileId, MessageCategory category)
{
    Result<ComparisonData> data = ComparisonData::builtin();
    if (!data.isOk())
        return data.status();
    Result<RateCard> card = RateCardStore(database).current(data.value().rateCard());
    if (!card.isOk())
        return card.status();
    QSqlQuery q(database.connection());
    q.prepare(u"SELECT whatsapp_provider FROM profiles WHERE id = ?"_s);
    q.addBindValue(profileId);
    if (!q.exec())
        return Status::failure(q.lastError().text());
    const QString kind = q.next() ? q.value(0).toString() : QString();
    const ProviderFacts* facts = data.value().provider(kind);
    return MessageCost(card.takeValue(), category, facts ? facts->feePerMessageUsd : 0);
}

MessageCategory MessageCost::categoryOf(const OutgoingMessage& message, const QString& templateCategory)
{
    return message.isTemplate() ? messageCategoryFromName(templateCategory) : MessageCategory::Service;
}

std::optional<double> MessageCost::of(const QString& e164) const
{
    const RateCard::Market* market = m_card.marketOfNumber(e164);
    auto it = m_byMarket.constFind(market);
    if (it == m_byMarket.cend()) {
        std::optional<double> cost;
        if (market) {
            if (const std::optional<RateCard::Price> price = m_card.priceForNumber(e164, m_category))
                cost = price->usd + m_fee;
        }
        it = m_byMarket.insert(market, cost);
    }
    return it.value();
}

double MessageCost::total(const QStringList& e164s, int* unpriced) const
{
    double sum = 0;
    int missing = 0;
    for (const QString& number : e164s) {
        if (const std::optional<double> cost = of(number))
            sum += *cost;
        else
            ++missing;
    }
    if (unpriced)
        *unpriced = missing;
    return sum;
}
