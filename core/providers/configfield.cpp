#include "configfield.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

QString ConfigField::validate(const QString& value) const
{
    const QString trimmed = value.trimmed();
    if (trimmed.isEmpty()) {
        return required ? QCoreApplication::translate("ConfigField", "%1 is required.").arg(label) : QString();
    }
    if (kind == Kind::Choice && !choices.isEmpty() && !choices.contains(trimmed))
        return QCoreApplication::translate("ConfigField", "%1 must be one of the listed values.").arg(label);
    if (kind == Kind::Url) {
        const QUrl url(trimmed, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != u"https"_s && url.scheme() != u"http"_s) || url.host().isEmpty())
            return QCoreApplication::translate("ConfigField", "%1 must be a web address starting with https://.")
                .arg(label);
    }
    if (!pattern.isEmpty()) {
        const QRegularExpression re(QRegularExpression::anchoredPattern(pattern));
        if (!re.match(trimmed).hasMatch()) {
            return patternHint.isEmpty()
                ? QCoreApplication::translate("ConfigField", "%1 does not look right.").arg(label)
                : QCoreApplication::translate("ConfigField", "%1: %2").arg(label, patternHint);
        }
    }
    return QString();
}
