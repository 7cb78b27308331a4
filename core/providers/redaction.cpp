#include "redaction.h"

#include <QUrl>

using namespace Qt::StringLiterals;

QString redactSecrets(QString text, const QStringList& secrets)
{
    for (const QString& secret : secrets) {
        if (secret.size() < 4)
            continue; // too short to be a real token; blanking it would shred the text
        text.replace(secret, u"[redacted]"_s);
        const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(secret));
        if (encoded != secret)
            text.replace(encoded, u"[redacted]"_s);
    }
    return text;
}
