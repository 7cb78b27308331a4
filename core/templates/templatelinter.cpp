#include "templatelinter.h"

#include "model/whatsapplimits.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace {
// This file's words, under the context translators see ("TemplateLinter").
struct TemplateLinterText
{
    Q_DECLARE_TR_FUNCTIONS(TemplateLinter)
};
} // namespace

namespace {
using namespace WhatsAppLimits;
constexpr int kNameMax = kTemplateName;
constexpr int kHeaderTextMax = kHeaderText;
constexpr int kBodyMax = kBody;
constexpr int kFooterMax = kFooter;
constexpr int kButtonsMax = kTemplateButtons;
constexpr int kUrlButtonsMax = kTemplateUrlButtons;
constexpr int kPhoneButtonsMax = kTemplatePhoneButtons;
constexpr int kButtonTextMax = kTemplateButtonText;
constexpr int kUrlMax = kUrl;

const QRegularExpression kPlaceholder(u"\\{\\{\\s*([^{}]*?)\\s*\\}\\}"_s);

// Words that make a message marketing in WhatsApp's eyes: in a utility template they get it re-categorised or
// rejected.
const QStringList kMarketingWords = {u"sale"_s, u"discount"_s, u"% off"_s, u"offer"_s, u"promo"_s, u"coupon"_s,
    u"buy now"_s, u"shop now"_s, u"deal"_s, u"limited time"_s, u"free shipping"_s, u"new arrivals"_s};

struct Placeholders
{
    QStringList names; // in order of appearance, repeats included
    QStringList distinct;
};

Placeholders placeholdersOf(const QString& text)
{
    Placeholders p;
    for (const QRegularExpressionMatch& m : kPlaceholder.globalMatch(text)) {
        p.names << m.captured(1);
        if (!p.distinct.contains(m.captured(1)))
            p.distinct << m.captured(1);
    }
    return p;
}

void checkVariables(const QString& where, const QString& text, bool named, QList<TemplateLinter::Problem>& out)
{
    // Braces that do not make a placeholder: {{1}, {1}}, { {1} }.
    const qsizetype opens = text.count(u"{{"_s);
    const qsizetype closes = text.count(u"}}"_s);
    if (opens != closes || opens != placeholdersOf(text).names.size())
        out.append({true, where,
            TemplateLinterText::tr(
                "Some {{ }} are not closed or opened: write each variable as {{1}} (or {{name}}).")});
    const Placeholders p = placeholdersOf(text);
    if (p.names.isEmpty())
        return;
    const QString trimmed = text.trimmed();
    if (trimmed.startsWith(u"{{"_s) || trimmed.endsWith(u"}}"_s))
        out.append({true, where,
            TemplateLinterText::tr(
                "A variable may not be the very first or last thing: add words before and after it.")});
    if (QRegularExpression(u"\\}\\}\\s*\\{\\{"_s).match(text).hasMatch())
        out.append({true, where,
            TemplateLinterText::tr("Two variables may not stand next to each other: put words between them.")});
    if (named) {
        static const QRegularExpression name(u"^[a-z][a-z0-9_]*$"_s);
        for (const QString& n : p.distinct) {
            if (!name.match(n).hasMatch())
                out.append({true, where,
                    TemplateLinterText::tr(
                        "The named variable {{%1}} must use lowercase letters, digits and underscores, starting with a "
                        "letter.")
                        .arg(n)});
        }
        return;
    }
    for (int i = 0; i < p.distinct.size(); ++i) {
        if (p.distinct.at(i) != QString::number(i + 1)) {
            out.append({true, where,
                TemplateLinterText::tr(
                    "Variables are numbered {{1}}, {{2}}, … in the order they appear, without gaps; found {{%1}} where "
                    "{{%2}} belongs.")
                    .arg(p.distinct.at(i))
                    .arg(i + 1)});
            break;
        }
    }
}
} // namespace

bool TemplateLinter::hasErrors(const QList<Problem>& problems)
{
    for (const Problem& p : problems) {
        if (p.error)
            return true;
    }
    return false;
}

QList<TemplateLinter::Problem> TemplateLinter::lint(const QJsonObject& d)
{
    QList<Problem> out;
    const QString name = d.value(u"name"_s).toString();
    static const QRegularExpression nameRule(u"^[a-z0-9_]+$"_s);
    if (name.isEmpty())
        out.append({true, u"name"_s, TemplateLinterText::tr("Give the template a name.")});
    else if (!nameRule.match(name).hasMatch())
        out.append({true, u"name"_s,
            TemplateLinterText::tr(
                "The name may hold only lowercase letters, digits and underscores, like order_ready_2.")});
    if (name.size() > kNameMax)
        out.append(
            {true, u"name"_s, TemplateLinterText::tr("The name may be at most %1 characters long.").arg(kNameMax)});
    if (d.value(u"language"_s).toString().isEmpty())
        out.append(
            {true, u"language"_s, TemplateLinterText::tr("Give the template's language code, like en_US or pt_BR.")});
    const QString category = d.value(u"category"_s).toString().toUpper();
    if (category != u"MARKETING"_s && category != u"UTILITY"_s && category != u"AUTHENTICATION"_s)
        out.append(
            {true, u"category"_s, TemplateLinterText::tr("The category is Marketing, Utility or Authentication.")});
    const QString format = d.value(u"parameter_format"_s).toString(u"POSITIONAL"_s).toUpper();
    if (format != u"POSITIONAL"_s && format != u"NAMED"_s)
        out.append({true, u"parameter_format"_s,
            TemplateLinterText::tr("Variables are either numbered ({{1}}) or named ({{name}}).")});
    const bool named = format == u"NAMED"_s;

    bool sawBody = false;
    for (const QJsonValue& v : d.value(u"components"_s).toArray()) {
        const QJsonObject c = v.toObject();
        const QString type = c.value(u"type"_s).toString().toUpper();
        const QString text = c.value(u"text"_s).toString();
        const QJsonObject example = c.value(u"example"_s).toObject();
        if (type == u"HEADER"_s) {
            const QString headerFormat = c.value(u"format"_s).toString().toUpper();
            if (headerFormat == u"TEXT"_s) {
                if (text.isEmpty())
                    out.append({true, u"header"_s, TemplateLinterText::tr("A text header needs its text.")});
                if (text.size() > kHeaderTextMax)
                    out.append({true, u"header"_s,
                        TemplateLinterText::tr("A text header may be at most %1 characters long.")
                            .arg(kHeaderTextMax)});
                const Placeholders p = placeholdersOf(text);
                if (p.distinct.size() > 1)
                    out.append(
                        {true, u"header"_s, TemplateLinterText::tr("A text header may hold one variable at most.")});
                checkVariables(u"header"_s, text, named, out);
                const bool hasExample = !example.value(u"header_text"_s).toArray().isEmpty()
                    || !example.value(u"header_text_named_params"_s).toArray().isEmpty();
                if (!p.distinct.isEmpty() && !hasExample)
                    out.append({true, u"header"_s,
                        TemplateLinterText::tr(
                            "Give an example for the header's variable, as a customer would read it.")});
            } else if (headerFormat == u"IMAGE"_s || headerFormat == u"VIDEO"_s || headerFormat == u"DOCUMENT"_s) {
                if (example.value(u"header_handle"_s).toArray().isEmpty())
                    out.append({true, u"header"_s,
                        headerFormat == u"IMAGE"_s ? TemplateLinterText::tr(
                            "A picture header needs a sample picture for WhatsApp's reviewers.")
                            : headerFormat == u"VIDEO"_s
                            ? TemplateLinterText::tr("A video header needs a sample video for WhatsApp's reviewers.")
                            : TemplateLinterText::tr(
                                "A document header needs a sample document for WhatsApp's reviewers.")});
            } else if (headerFormat != u"LOCATION"_s) {
                out.append({true, u"header"_s,
                    TemplateLinterText::tr("The header's format is TEXT, IMAGE, VIDEO, DOCUMENT or LOCATION.")});
            }
        } else if (type == u"BODY"_s) {
            sawBody = true;
            if (text.trimmed().isEmpty())
                out.append({true, u"body"_s, TemplateLinterText::tr("The body needs its text.")});
            if (text.size() > kBodyMax)
                out.append({true, u"body"_s,
                    TemplateLinterText::tr("The body may be at most %1 characters long.").arg(kBodyMax)});
            checkVariables(u"body"_s, text, named, out);
            const Placeholders p = placeholdersOf(text);
            if (!p.distinct.isEmpty()) {
                if (named) {
                    QSet<QString> given;
                    for (const QJsonValue& e : example.value(u"body_text_named_params"_s).toArray())
                        given.insert(e.toObject().value(u"param_name"_s).toString());
                    for (const QString& n : p.distinct) {
                        if (!given.contains(n))
                            out.append({true, u"body"_s,
                                TemplateLinterText::tr("Give an example for {{%1}}, as a customer would read it.")
                                    .arg(n)});
                    }
                } else {
                    const QJsonArray examples = example.value(u"body_text"_s).toArray().first().toArray();
                    if (examples.size() != p.distinct.size())
                        out.append({true, u"body"_s,
                            TemplateLinterText::tr(
                                "Give one example for each of the text's %n variable(s) under Examples, separated by "
                                "commas; found %1.",
                                nullptr, int(p.distinct.size()))
                                .arg(examples.size())});
                }
                // Many variables and few words read like a form letter with nothing in it: reviewers reject it.
                const qsizetype words = QString(text).remove(kPlaceholder).split(u' ', Qt::SkipEmptyParts).size();
                if (words < 3 * p.distinct.size())
                    out.append({false, u"body"_s,
                        TemplateLinterText::tr(
                            "There are few words for %n variable(s): WhatsApp rejects templates that are mostly "
                            "variables. Add fixed text.",
                            nullptr, int(p.distinct.size()))});
            }
            if (category == u"UTILITY"_s) {
                for (const QString& word : kMarketingWords) {
                    if (text.contains(word, Qt::CaseInsensitive)) {
                        out.append({false, u"category"_s,
                            TemplateLinterText::tr(
                                "\"%1\" sounds like marketing: a utility template with it is re-categorised as "
                                "marketing "
                                "(and priced so) or rejected.")
                                .arg(word)});
                        break;
                    }
                }
            }
        } else if (type == u"FOOTER"_s) {
            if (text.size() > kFooterMax)
                out.append({true, u"footer"_s,
                    TemplateLinterText::tr("The footer may be at most %1 characters long.").arg(kFooterMax)});
            if (!placeholdersOf(text).names.isEmpty())
                out.append({true, u"footer"_s, TemplateLinterText::tr("The footer may not hold variables.")});
        } else if (type == u"BUTTONS"_s) {
            const QJsonArray buttons = c.value(u"buttons"_s).toArray();
            if (buttons.size() > kButtonsMax)
                out.append({true, u"buttons"_s, TemplateLinterText::tr("At most %1 buttons.").arg(kButtonsMax)});
            int urls = 0;
            int phones = 0;
            for (int i = 0; i < buttons.size(); ++i) {
                const QJsonObject b = buttons.at(i).toObject();
                const QString where = u"buttons[%1]"_s.arg(i + 1);
                const QString kind = b.value(u"type"_s).toString().toUpper();
                const QString label = b.value(u"text"_s).toString();
                if (label.isEmpty())
                    out.append({true, where, TemplateLinterText::tr("Every button needs its text.")});
                if (label.size() > kButtonTextMax)
                    out.append({true, where,
                        TemplateLinterText::tr("A button's text may be at most %1 characters long.")
                            .arg(kButtonTextMax)});
                if (!placeholdersOf(label).names.isEmpty())
                    out.append({true, where, TemplateLinterText::tr("A button's text may not hold variables.")});
                if (kind == u"URL"_s) {
                    ++urls;
                    const QString url = b.value(u"url"_s).toString();
                    if (!url.startsWith(u"https://"_s) && !url.startsWith(u"http://"_s))
                        out.append({true, where,
                            TemplateLinterText::tr("A link button needs a web address starting with https://.")});
                    if (url.size() > kUrlMax)
                        out.append({true, where,
                            TemplateLinterText::tr("A link may be at most %1 characters long.").arg(kUrlMax)});
                    const Placeholders p = placeholdersOf(url);
                    if (p.names.size() > 1)
                        out.append({true, where, TemplateLinterText::tr("A link may hold one variable at most.")});
                    if (!p.names.isEmpty() && !url.endsWith(u"}}"_s))
                        out.append({true, where,
                            TemplateLinterText::tr("A link's variable may only come at its very end, like "
                                                   "https://shop.example/orders/{{1}}.")});
                    if (!p.names.isEmpty() && b.value(u"example"_s).toArray().isEmpty())
                        out.append({true, where,
                            TemplateLinterText::tr("Give an example of the full link, with its variable filled in.")});
                } else if (kind == u"PHONE_NUMBER"_s) {
                    ++phones;
                    if (!b.value(u"phone_number"_s).toString().startsWith(u'+'))
                        out.append({true, where,
                            TemplateLinterText::tr("A call button needs the number with + and the country code.")});
                } else if (kind != u"QUICK_REPLY"_s && kind != u"COPY_CODE"_s && kind != u"OTP"_s
                    && kind != u"FLOW"_s) {
                    out.append({true, where,
                        TemplateLinterText::tr("A button is QUICK_REPLY, URL, PHONE_NUMBER, COPY_CODE, OTP or FLOW.")});
                }
            }
            if (urls > kUrlButtonsMax)
                out.append(
                    {true, u"buttons"_s, TemplateLinterText::tr("At most %1 link buttons.").arg(kUrlButtonsMax)});
            if (phones > kPhoneButtonsMax)
                out.append({true, u"buttons"_s, TemplateLinterText::tr("At most one call button.")});
        } else {
            out.append(
                {true, type.toLower(), TemplateLinterText::tr("A component is HEADER, BODY, FOOTER or BUTTONS.")});
        }
    }
    if (!sawBody)
        out.append({true, u"body"_s, TemplateLinterText::tr("Every template needs a body.")});
    return out;
}
