#include "preflight.h"

#include "admission/admission.h"
#include "pricing/comparisondata.h"
#include "pricing/ratecard.h"

#include <QCoreApplication>
#include <QUrl>

#include <phonenumbers/phonenumberutil.h>

using namespace Qt::StringLiterals;

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

namespace {
QString regionOf(const QString& e164)
{
    const PhoneNumberUtil* util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    if (util->Parse(e164.toStdString(), "ZZ", &number) != PhoneNumberUtil::NO_PARSING_ERROR)
        return QString();
    std::string region;
    util->GetRegionCodeForNumber(number, &region);
    return QString::fromStdString(region);
}
} // namespace

PreflightReport Preflight::check(const Input& input, const ComparisonData& prices)
{
    PreflightReport report;
    // Who may receive it is Admission's to say, as for every way a message leaves Tandem; the pre-flight adds the
    // contacts' own data (numbers, values), the cost and the time.
    Admission::Message rules;
    rules.message = input.message;
    rules.category = input.category;
    const bool headerPerContact = input.variables.contains(OutgoingMessage::kHeaderVariable);
    rules.headerPerRecipient = headerPerContact;
    report.blockers
        = Admission::blockers(rules, int(input.variables.size()) - (headerPerContact ? 1 : 0), input.catalogue);
    const ConsentFacts facts = ConsentFacts::fromContacts(input.audience);
    const bool templateMessage = input.message.isTemplate();
    for (const Contact& c : input.audience) {
        const std::optional<LeftOut::Reason> reason = Admission::judge(rules, facts.of(c.phone), input.now);
        if (reason == LeftOut::Reason::OptedOut || reason == LeftOut::Reason::MarketingOptedOut) {
            report.optedOut << c;
            report.leftOut << LeftOut {c.phone, *reason};
            continue;
        }
        const QString region = regionOf(c.phone);
        if (region.isEmpty() || region == u"ZZ"_s) {
            report.invalidNumber << c;
            report.leftOut << LeftOut {c.phone, LeftOut::Reason::InvalidNumber};
            continue;
        }
        if (reason == LeftOut::Reason::OutsideWindow) {
            report.outsideWindow << c;
            report.leftOut << LeftOut {c.phone, *reason};
            continue;
        }
        QMap<QString, QString> values;
        bool missing = false;
        for (auto it = input.variables.cbegin(); it != input.variables.cend(); ++it) {
            const QString value = it.value().resolve(c);
            if (value.isNull()) {
                missing = true;
                break;
            }
            values.insert(it.key(), value);
        }
        // A header picture per contact must be a link Meta can fetch.
        if (values.contains(OutgoingMessage::kHeaderVariable)) {
            const QUrl link(values.value(OutgoingMessage::kHeaderVariable), QUrl::StrictMode);
            missing = missing || !(link.scheme() == u"https"_s || link.scheme() == u"http"_s) || link.host().isEmpty();
        }
        if (missing) {
            report.missingVariable << c;
            report.leftOut << LeftOut {c.phone, LeftOut::Reason::MissingValue};
            continue;
        }
        report.sendable << c;
        report.variables << values;
        ++report.sendableByCountry[region];
    }
    const MessageCategory category = templateMessage ? input.category : MessageCategory::Service;
    const ProviderFacts* provider = prices.provider(input.providerKind);
    const double fee = provider ? provider->feePerMessageUsd : 0;
    QStringList countries = report.sendableByCountry.keys();
    countries.sort();
    const QDate today = input.now.isValid() ? input.now.date() : QDate::currentDate();
    for (const QString& country : std::as_const(countries)) {
        const int recipients = report.sendableByCountry.value(country);
        const CostEstimate e = estimateMonthlyCost(prices, recipients, country, category);
        PreflightReport::CountryCost line {country, recipients, std::nullopt, e.rateDate,
            rateIsStale(QDate::fromString(e.rateDate, Qt::ISODate), today), QString()};
        if (!e.known) {
            report.recipientsWithoutPrice += recipients;
        } else {
            line.priceUsd = e.metaRate + fee;
            report.estimatedCostUsd += e.metaDirect + fee * recipients;
        }
        // Volume tiers lower utility and authentication templates only (service messages have none).
        const RateCard::Market* market = prices.rateCard().marketOfRegion(country);
        if (market && (category == MessageCategory::Utility || category == MessageCategory::Authentication)) {
            for (const VolumeTier& tier : input.volumeTiers) {
                if (tier.category == messageCategoryName(category)
                    && VolumeTiers::marketName(tier.region, prices.rateCard()) == market->name)
                    line.volumeTier = VolumeTiers::describe(tier, prices.rateCard());
            }
        }
        report.costByCountry << line;
    }
    if (input.ratePerSecond > 0)
        report.estimatedSeconds = report.sendable.size() / input.ratePerSecond;
    return report;
}
