#include "optoutkeywords.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

Result<OptOutKeywords> OptOutKeywords::fromJson(const QByteArray& json)
{
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    if (!o.value(u"stop"_s).isArray() || !o.value(u"start"_s).isArray())
        return Result<OptOutKeywords>::failure(QCoreApplication::translate(
            "OptOutKeywords", "The opt-out keyword list needs \"stop\" and \"start\" lists."));
    OptOutKeywords k;
    for (const QJsonValue& v : o.value(u"stop"_s).toArray())
        k.m_stop.insert(normalized(v.toString()));
    for (const QJsonValue& v : o.value(u"start"_s).toArray())
        k.m_start.insert(normalized(v.toString()));
    k.m_stop.remove(QString());
    k.m_start.remove(QString());
    return k;
}

const OptOutKeywords& OptOutKeywords::builtin()
{
    static const OptOutKeywords keywords = [] {
        QFile file(u":/tandem/opt-out-keywords.json"_s);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("the opt-out keyword list is missing from the program's resources");
        Result<OptOutKeywords> parsed = fromJson(file.readAll());
        if (!parsed.isOk())
            qFatal("%s", qPrintable(parsed.error()));
        return parsed.takeValue();
    }();
    return keywords;
}

QString OptOutKeywords::normalized(const QString& text)
{
    // Canonical decomposition puts accents in marks of their own, which are dropped.
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    bool space = false;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing || c.category() == QChar::Mark_SpacingCombining
            || c.category() == QChar::Mark_Enclosing)
            continue;
        if (c.isLetterOrNumber()) {
            if (space && !out.isEmpty())
                out += u' ';
            space = false;
            out += c.toUpper();
        } else {
            space = true; // punctuation, emoji and spaces all separate words
        }
    }
    return out;
}

OptOutKeywords::Meaning OptOutKeywords::classify(const QString& message) const
{
    if (message.size() > 64)
        return Meaning::None; // a keyword is a word or two, never a paragraph
    const QString n = normalized(message);
    if (m_stop.contains(n))
        return Meaning::Stop;
    if (m_start.contains(n))
        return Meaning::Start;
    return Meaning::None;
}
