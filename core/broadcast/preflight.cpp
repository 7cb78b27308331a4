#include "preflight.h"

#include "broadcast/interactivemessage.h"
#include "pricing/comparisondata.h"

#include <QCoreApplication>
#include <QUrl>

#include <phonenumbers/phonenumberutil.h>

using namespace Qt::StringLiterals;

namespace {
// This file's words, under the context translators see ("Preflight").
struct PreflightText
{
    Q_DECLARE_TR_FUNCTIONS(Preflight)
};
} // namespace
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

bool isInteractive(const OutgoingMessage& m)
{
    return m.kind == OutgoingMessage::Kind::InteractiveButtons || m.kind == OutgoingMessage::Kind::InteractiveList;
}
} // namespace

namespace {
// The template the message names, checked against the catalogue: status, language, number of values.
QStringList templateBlockers(const Preflight::Input& input)
{
    const OutgoingMessage& m = input.message;
    if (input.catalogue.isEmpty() || !isTemplate(m))
        return {};
    const bool twilio = m.kind == OutgoingMessage::Kind::ContentTemplate;
    const MessageTemplate* found = nullptr;
    QStringList languages;
    for (const MessageTemplate& t : input.catalogue) {
        if (twilio ? t.providerId == m.contentSid : t.name == m.templateName) {
            languages << t.language;
            if (twilio || t.language == m.languageCode)
                found = &t;
        }
    }
    if (!found) {
        if (!languages.isEmpty())
            return {PreflightText::tr("The template %1 has no %2 version; it exists in %3 (error 132001).")
                        .arg(m.templateName, m.languageCode, languages.join(u", "_s))};
        return {PreflightText::tr(
            "The sender's account has no template %1 (error 132001); sync the templates, or check the name.")
                    .arg(twilio ? m.contentSid : m.templateName)};
    }
    QStringList blockers;
    if (!found->isApproved())
        blockers << found->unusableReason();
    const qsizetype expected = found->bodyVariables().size();
    const bool headerPerContact = input.variables.contains(OutgoingMessage::kHeaderVariable);
    const qsizetype given = input.variables.size() - (headerPerContact ? 1 : 0);
    if (given != expected)
        blockers << PreflightText::tr(
            "The template takes %1 value(s) in its text, and the message gives %2 (error 132000).")
                        .arg(expected)
                        .arg(given);
    const bool mediaHeader = !found->headerFormat.isEmpty() && found->headerFormat != u"text"_s;
    if (mediaHeader && m.headerValue.isEmpty() && !headerPerContact && !twilio)
        blockers << PreflightText::tr("The template has a %1 header: give the link to the file (error 132012).")
                        .arg(found->headerFormat);
    return blockers;
}
} // namespace

PreflightReport Preflight::check(const Input& input, const ComparisonData& prices)
{
    PreflightReport report;
    report.blockers = templateBlockers(input);
    if (isInteractive(input.message))
        report.blockers << InteractiveMessage::problems(input.message);
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
        // A header picture per contact must be a link Meta can fetch.
        if (values.contains(OutgoingMessage::kHeaderVariable)) {
            const QUrl link(values.value(OutgoingMessage::kHeaderVariable), QUrl::StrictMode);
            missing = missing || !(link.scheme() == u"https"_s || link.scheme() == u"http"_s) || link.host().isEmpty();
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
