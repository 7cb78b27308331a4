#include "templatetext.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {
const QRegularExpression& placeholder()
{
    static const QRegularExpression re(u"\\{\\{\\s*([A-Za-z0-9_]+)\\s*\\}\\}"_s);
    return re;
}
} // namespace

QStringList TemplateText::placeholders(const QString& body)
{
    QStringList names;
    for (const QRegularExpressionMatch& m : placeholder().globalMatch(body)) {
        if (!names.contains(m.captured(1)))
            names << m.captured(1);
    }
    return names;
}

QString TemplateText::render(const QString& body, const QMap<QString, QString>& values)
{
    QString out;
    qsizetype last = 0;
    for (const QRegularExpressionMatch& m : placeholder().globalMatch(body)) {
        out += body.mid(last, m.capturedStart() - last);
        const auto it = values.constFind(m.captured(1));
        out += it == values.cend() ? m.captured(0) : it.value();
        last = m.capturedEnd();
    }
    return out + body.mid(last);
}
