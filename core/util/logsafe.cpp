#include "logsafe.h"

#include <QStringDecoder>

using namespace Qt::StringLiterals;

QString logSafe(const QString& text, qsizetype maxChars)
{
    QString out;
    out.reserve(qMin(text.size(), maxChars) + 8);
    for (const QChar c : text) {
        if (out.size() >= maxChars) {
            out += u"…"_s;
            break;
        }
        const char16_t u = c.unicode();
        // C0 and C1 controls, DEL, the line and paragraph separators, and the bidirectional overrides that can
        // make a line read differently from what it holds.
        const bool control = u < 0x20 || (u >= 0x7f && u < 0xa0) || u == 0x2028 || u == 0x2029
            || (u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069) || u == 0xfffd;
        if (control)
            out += u"\\x%1"_s.arg(int(u), u < 0x100 ? 2 : 4, 16, QChar(u'0'));
        else if (u == u'\\')
            out += u"\\\\"_s;
        else
            out += c;
    }
    return out;
}

QString logSafeBytes(QByteArrayView bytes, qsizetype maxChars)
{
    // Invalid UTF-8 decodes to U+FFFD, which is escaped like a control character.
    QStringDecoder decode(QStringDecoder::Utf8);
    return logSafe(QString(decode(bytes.first(qMin<qsizetype>(bytes.size(), maxChars * 4)))), maxChars);
}
