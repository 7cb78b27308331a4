#include "ratecard.h"

#include <phonenumbers/phonenumberutil.h>

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <set>

using namespace Qt::StringLiterals;
using i18n::phonenumbers::PhoneNumberUtil;

namespace {
std::optional<double> priceFrom(const QJsonValue& value)
{
    if (value.isDouble() && value.toDouble() >= 0)
        return value.toDouble();
    return std::nullopt;
}

QJsonValue priceTo(const std::optional<double>& price)
{
    return price ? QJsonValue(*price) : QJsonValue(QJsonValue::Null);
}

QString tr(const char* text)
{
    return QCoreApplication::translate("RateCard", text);
}

int callingCodeOf(const QString& region)
{
    return PhoneNumberUtil::GetInstance()->GetCountryCodeForRegion(region.toStdString());
}
} // namespace

Result<RateCard> RateCard::fromJson(const QByteArray& json)
{
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(json, &error).object();
    if (error.error != QJsonParseError::NoError)
        return Result<RateCard>::failure(tr("The rate card is not valid JSON: %1").arg(error.errorString()));
    if (root.value(u"currency"_s).toString(u"USD"_s) != u"USD"_s)
        return Result<RateCard>::failure(tr("Tandem keeps Meta's prices in US dollars."));
    const QDate cardDate = QDate::fromString(root.value(u"effective"_s).toString(), Qt::ISODate);
    const QString cardSource = root.value(u"source"_s).toString();
    const bool cardSecondary = root.value(u"secondary"_s).toBool();
    RateCard card;
    for (const QJsonValue& value : root.value(u"markets"_s).toArray()) {
        const Result<Market> m = marketFromJson(value.toObject(), cardDate, cardSource, cardSecondary);
        if (!m.isOk())
            return m.status();
        card.m_markets << m.value();
    }
    card.index();
    if (card.m_other < 0)
        return Result<RateCard>::failure(
            tr("The rate card has no \"Other\" market for the countries it does not name."));
    return card;
}

Result<RateCard> RateCard::builtin()
{
    QFile file(u":/tandem/rate-card.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        return Result<RateCard>::failure(u"The built-in rate card is missing."_s);
    return fromJson(file.readAll());
}

Result<RateCard::Market> RateCard::marketFromJson(
    const QJsonObject& o, const QDate& cardDate, const QString& cardSource, bool cardSecondary)
{
    Market m;
    m.key = o.value(u"key"_s).toString();
    m.name = o.value(u"name"_s).toString();
    for (const QJsonValue& c : o.value(u"countries"_s).toArray())
        m.countries << c.toString().toUpper();
    for (const QJsonValue& d : o.value(u"dial"_s).toArray())
        m.dial << d.toString();
    m.marketing = priceFrom(o.value(u"marketing"_s));
    m.utility = priceFrom(o.value(u"utility"_s));
    m.authentication = priceFrom(o.value(u"authentication"_s));
    m.authenticationInternational = priceFrom(o.value(u"authentication_international"_s));
    m.effective
        = o.contains(u"effective"_s) ? QDate::fromString(o.value(u"effective"_s).toString(), Qt::ISODate) : cardDate;
    m.source = o.value(u"source"_s).toString(cardSource);
    m.secondary = o.value(u"secondary"_s).toBool(cardSecondary);
    if (m.key.isEmpty() || m.name.isEmpty())
        return Result<Market>::failure(tr("A market of the rate card has no key or name."));
    if (!m.effective.isValid() || m.source.isEmpty())
        return Result<Market>::failure(tr("The prices for %1 have no date or source.").arg(m.name));
    return m;
}

RateCard RateCard::fromMarkets(const QList<Market>& markets)
{
    RateCard card;
    card.m_markets = markets;
    card.index();
    return card;
}

QByteArray RateCard::toJson() const
{
    QJsonArray markets;
    for (const Market& m : m_markets) {
        markets.append(QJsonObject {{u"key"_s, m.key}, {u"name"_s, m.name},
            {u"countries"_s, QJsonArray::fromStringList(m.countries)}, {u"dial"_s, QJsonArray::fromStringList(m.dial)},
            {u"marketing"_s, priceTo(m.marketing)}, {u"utility"_s, priceTo(m.utility)},
            {u"authentication"_s, priceTo(m.authentication)},
            {u"authentication_international"_s, priceTo(m.authenticationInternational)},
            {u"effective"_s, m.effective.toString(Qt::ISODate)}, {u"source"_s, m.source},
            {u"secondary"_s, m.secondary}});
    }
    return QJsonDocument(QJsonObject {{u"currency"_s, u"USD"_s}, {u"markets"_s, markets}})
        .toJson(QJsonDocument::Compact);
}

void RateCard::index()
{
    m_byRegion.clear();
    m_byDial.clear();
    m_other = -1;
    for (int i = 0; i < m_markets.size(); ++i) {
        const Market& m = m_markets.at(i);
        if (m.key == u"other"_s)
            m_other = i;
        for (const QString& c : m.countries)
            m_byRegion.insert(c, i);
    }
    // Every calling code is priced as its main country is; the prefixes a market names itself come on top.
    PhoneNumberUtil* util = PhoneNumberUtil::GetInstance();
    std::set<std::string> regions;
    util->GetSupportedRegions(&regions);
    for (const std::string& region : regions) {
        const int code = util->GetCountryCodeForRegion(region);
        std::string main;
        util->GetRegionCodeForCountryCode(code, &main);
        const int at = m_byRegion.value(QString::fromStdString(main), m_other);
        if (at >= 0)
            m_byDial.insert(QString::number(code), at);
    }
    for (int i = 0; i < m_markets.size(); ++i) {
        for (const QString& d : m_markets.at(i).dial)
            m_byDial.insert(d, i);
    }
    m_longestDial = 0;
    for (auto it = m_byDial.cbegin(); it != m_byDial.cend(); ++it)
        m_longestDial = qMax(m_longestDial, int(it.key().size()));
}

const QList<RateCard::Market>& RateCard::markets() const
{
    return m_markets;
}

const RateCard::Market* RateCard::market(const QString& key) const
{
    for (const Market& m : m_markets) {
        if (m.key == key)
            return &m;
    }
    return nullptr;
}

const RateCard::Market* RateCard::marketOfRegion(const QString& region) const
{
    const QString code = region.toUpper();
    if (auto it = m_byRegion.constFind(code); it != m_byRegion.cend())
        return &m_markets.at(it.value());
    const int calling = callingCodeOf(code);
    if (calling > 0) {
        if (auto it = m_byDial.constFind(QString::number(calling)); it != m_byDial.cend())
            return &m_markets.at(it.value());
    }
    return m_other >= 0 ? &m_markets.at(m_other) : nullptr;
}

const RateCard::Market* RateCard::marketOfNumber(const QString& e164) const
{
    const QStringView digits = QStringView(e164).mid(e164.startsWith(u'+') ? 1 : 0);
    for (int length = qMin(m_longestDial, int(digits.size())); length > 0; --length) {
        if (auto it = m_byDial.constFind(digits.left(length).toString()); it != m_byDial.cend())
            return &m_markets.at(it.value());
    }
    return m_other >= 0 ? &m_markets.at(m_other) : nullptr;
}

namespace {
std::optional<RateCard::Price> priceIn(const RateCard::Market* m, MessageCategory category)
{
    if (!m)
        return std::nullopt;
    std::optional<double> usd;
    switch (category) {
    case MessageCategory::Marketing:
        usd = m->marketing;
        break;
    case MessageCategory::Utility:
    case MessageCategory::Service:
        usd = m->utility;
        break;
    case MessageCategory::Authentication:
        usd = m->authentication;
        break;
    }
    if (!usd)
        return std::nullopt;
    return RateCard::Price {*usd, m->name, m->effective, m->source, m->secondary};
}
} // namespace

std::optional<RateCard::Price> RateCard::price(const QString& region, MessageCategory category) const
{
    return priceIn(marketOfRegion(region), category);
}

std::optional<RateCard::Price> RateCard::priceForNumber(const QString& e164, MessageCategory category) const
{
    return priceIn(marketOfNumber(e164), category);
}

QDate RateCard::oldestEffective() const
{
    QDate oldest;
    for (const Market& m : m_markets) {
        if (!oldest.isValid() || m.effective < oldest)
            oldest = m.effective;
    }
    return oldest;
}

RateCard RateCard::mergedWith(const RateCard& update) const
{
    RateCard merged = *this;
    for (const Market& incoming : update.m_markets) {
        // A country priced on its own now leaves the region that listed it.
        for (Market& m : merged.m_markets) {
            if (m.key != incoming.key)
                m.countries.removeIf([&](const QString& c) { return incoming.countries.contains(c); });
        }
        auto same = std::find_if(
            merged.m_markets.begin(), merged.m_markets.end(), [&](const Market& m) { return m.key == incoming.key; });
        if (same == merged.m_markets.end()) {
            merged.m_markets << incoming;
        } else {
            const QStringList countries = same->countries;
            const QStringList dial = same->dial;
            *same = incoming;
            if (same->countries.isEmpty())
                same->countries = countries;
            if (same->dial.isEmpty())
                same->dial = dial;
        }
    }
    merged.index();
    return merged;
}

bool rateIsStale(const QDate& effective, const QDate& today)
{
    return !effective.isValid() || effective.addMonths(3) < today;
}
