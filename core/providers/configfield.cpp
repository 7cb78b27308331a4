#include "configfield.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

QString ConfigField::normalized(const QString& value) const
{
    QString v = value.trimmed();
    if (kind == Kind::Phone) {
        if (v.startsWith(u"whatsapp:"_s, Qt::CaseInsensitive))
            v = v.mid(9).trimmed();
        static const QRegularExpression separators(u"[\\s\\-.()]"_s);
        v.remove(separators);
    }
    return v;
}

QString ConfigField::validate(const QString& value) const
{
    const QString trimmed = normalized(value);
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
        const QString host = url.host().toLower();
        const bool loopback = host == u"localhost"_s || host == u"::1"_s || host.startsWith(u"127."_s);
        if (tokensTravel && url.scheme() != u"https"_s && !loopback)
            return QCoreApplication::translate("ConfigField",
                "%1 must start with https://: your tokens are sent there and must not cross the internet unencrypted "
                "(only a sandbox on this computer may use http://).")
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
