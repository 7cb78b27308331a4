#include "plaintext.h"

using namespace Qt::StringLiterals;

QString plainToolTip(const QString& text)
{
    if (text.isEmpty())
        return text;
    return u"<p style=\"white-space:pre-wrap\">"_s + text.toHtmlEscaped() + u"</p>"_s;
}
