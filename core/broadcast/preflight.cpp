#include "preflight.h"

#include "pricing/comparisondata.h"

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

bool isTemplate(const OutgoingMessage& m)
{
    return m.kind == OutgoingMessage::Kind::Template || m.kind == OutgoingMessage::Kind::ContentTemplate;
}
} // namespace

PreflightReport Preflight::check(const Input& input, const ComparisonData& prices)
{
    PreflightReport report;
    const bool templateMessage = isTemplate(input.message);
    for (const Contact& c : input.audience) {
        // Opted out of everything, or (Meta 131050, their preferences) of marketing messages.
        if (c.optedOut || (templateMessage && input.category == MessageCategory::Marketing && c.marketingOptedOut)) {
            report.optedOut << c;
            continue;
        }
        const QString region = regionOf(c.phone);
        if (region.isEmpty() || region == u"ZZ"_s) {
            report.invalidNumber << c;
            continue;
        }
        // Outside a template, WhatsApp only delivers within 24 hours of the customer's last message.
        if (!templateMessage && !c.windowOpen(input.now)) {
            report.outsideWindow << c;
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
        if (missing) {
            report.missingVariable << c;
            continue;
        }
        report.sendable << c;
        report.variables << values;
        ++report.sendableByCountry[region];
    }
    const MessageCategory category = templateMessage ? input.category : MessageCategory::Service;
    for (auto it = report.sendableByCountry.cbegin(); it != report.sendableByCountry.cend(); ++it) {
        const CostEstimate e = estimateMonthlyCost(prices, it.value(), it.key(), category);
        if (!e.known) {
            report.recipientsWithoutPrice += it.value();
            continue;
        }
        report.estimatedCostUsd += input.providerKind == u"twilio"_s ? e.viaTwilio : e.metaDirect;
    }
    if (input.ratePerSecond > 0)
        report.estimatedSeconds = report.sendable.size() / input.ratePerSecond;
    return report;
}
