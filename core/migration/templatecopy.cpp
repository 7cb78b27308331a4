#include "templatecopy.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {
struct CopyText
{
    Q_DECLARE_TR_FUNCTIONS(MigrationPlan)
};

// WhatsApp's template names: lower-case letters, digits and underscores.
QString validName(const QString& name)
{
    QString valid = name.toLower();
    valid.replace(QRegularExpression(u"[^a-z0-9_]+"_s), u"_"_s);
    return valid.isEmpty() ? u"moved_template"_s : valid.left(512);
}
} // namespace

TemplateCopy TemplateCopy::of(const MessageTemplate& original)
{
    TemplateCopy copy;
    QJsonArray components;
    if (original.headerFormat == u"text"_s && !original.headerText.isEmpty())
        components.append(
            QJsonObject {{u"type"_s, u"HEADER"_s}, {u"format"_s, u"TEXT"_s}, {u"text"_s, original.headerText}});
    else if (!original.headerFormat.isEmpty())
        copy.leftOut << CopyText::tr("its %1 header").arg(original.headerFormat);
    QJsonObject body {{u"type"_s, u"BODY"_s}, {u"text"_s, original.body}};
    const QStringList variables = original.bodyVariables();
    bool named = false;
    QJsonArray examples;
    QJsonArray namedExamples;
    for (const QString& v : variables) {
        bool positional = false;
        v.toInt(&positional);
        named = named || !positional;
        examples.append(u"example %1"_s.arg(v));
        namedExamples.append(QJsonObject {{u"param_name"_s, v}, {u"example"_s, u"example %1"_s.arg(v)}});
    }
    if (!variables.isEmpty())
        body.insert(u"example"_s,
            named ? QJsonObject {{u"body_text_named_params"_s, namedExamples}}
                  : QJsonObject {{u"body_text"_s, QJsonArray {examples}}});
    components.append(body);
    if (!original.footer.isEmpty())
        components.append(QJsonObject {{u"type"_s, u"FOOTER"_s}, {u"text"_s, original.footer}});
    if (!original.buttons.isEmpty())
        copy.leftOut << CopyText::tr("its buttons");
    const QString category = original.category.isEmpty() ? u"MARKETING"_s : original.category.toUpper();
    copy.definition = {{u"name"_s, validName(original.name)},
        {u"language"_s, original.language.isEmpty() ? u"en"_s : original.language}, {u"category"_s, category},
        {u"components"_s, components}};
    if (named)
        copy.definition.insert(u"parameter_format"_s, u"NAMED"_s);
    return copy;
}
