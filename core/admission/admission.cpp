#include "admission.h"

#include "model/customerwindow.h"
#include "templates/interactivemessage.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {
// The template the message names, checked against the catalogue: status, language, number of values.
QStringList templateBlockers(
    const OutgoingMessage& m, int given, bool headerPerContact, const QList<MessageTemplate>& catalogue)
{
    if (catalogue.isEmpty() || !m.isTemplate())
        return {};
    const bool contentSid = m.kind == OutgoingMessage::Kind::ContentTemplate;
    const MessageTemplate* found = nullptr;
    QStringList languages;
    for (const MessageTemplate& t : catalogue) {
        if (contentSid ? t.providerId == m.contentSid : t.name == m.templateName) {
            languages << t.language;
            if (contentSid || t.language == m.languageCode)
                found = &t;
        }
    }
    if (!found) {
        if (!languages.isEmpty())
            return {QCoreApplication::translate(
                "Preflight", "The template %1 has no %2 version; it exists in %3 (error 132001).")
                        .arg(m.templateName, m.languageCode, languages.join(u", "_s))};
        return {QCoreApplication::translate("Preflight",
            "The sender's account has no template %1 (error 132001); sync the templates, or check the name.")
                    .arg(contentSid ? m.contentSid : m.templateName)};
    }
    QStringList blockers;
    if (!found->isApproved())
        blockers << found->unusableReason();
    const qsizetype expected = found->bodyVariables().size();
    if (given != expected)
        blockers << QCoreApplication::translate("Preflight",
            "The template takes %n value(s) in its text, and the message gives %1 (error 132000).", nullptr,
            int(expected))
                        .arg(given);
    const bool mediaHeader = !found->headerFormat.isEmpty() && found->headerFormat != u"text"_s;
    if (mediaHeader && m.headerValue.isEmpty() && !headerPerContact && !contentSid)
        blockers << QCoreApplication::translate(
            "Preflight", "The template has a %1 header: give the link to the file (error 132012).")
                        .arg(found->headerFormat);
    return blockers;
}
} // namespace

QStringList Admission::blockers(const Message& message, int given, const QList<MessageTemplate>& catalogue)
{
    const bool headerPerRecipient
        = message.headerPerRecipient || message.message.variables.contains(OutgoingMessage::kHeaderVariable);
    QStringList found = templateBlockers(message.message, given, headerPerRecipient, catalogue);
    if (message.message.isInteractive())
        found << InteractiveMessage::problems(message.message);
    return found;
}

std::optional<LeftOut::Reason> Admission::judge(
    const Message& message, const ConsentFacts::Facts& facts, const QDateTime& now)
{
    if (facts.optedOut && !message.confirmsOptOut)
        return LeftOut::Reason::OptedOut;
    // Meta 131050, or the customer's preferences: marketing templates only.
    if (facts.marketingOptedOut && message.message.isTemplate() && message.category == MessageCategory::Marketing)
        return LeftOut::Reason::MarketingOptedOut;
    if (message.message.needsWindow() && !message.ignoreWindow && !message.confirmsOptOut) {
        if (!CustomerWindow::isOpen(facts.lastInboundAt, now))
            return LeftOut::Reason::OutsideWindow;
    }
    return std::nullopt;
}

Admission::Decision Admission::decide(
    const Message& message, const QList<Recipient>& recipients, const ConsentFacts& facts, const QDateTime& now)
{
    Decision d;
    d.admitted.reserve(recipients.size());
    for (const Recipient& r : recipients) {
        if (const std::optional<LeftOut::Reason> reason = judge(message, facts.of(r.phone), now))
            d.leftOut << LeftOut {r.phone, *reason};
        else
            d.admitted << r;
    }
    return d;
}
