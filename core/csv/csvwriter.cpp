#include "csvwriter.h"

#include "spreadsheetsafety.h"

using namespace Qt::StringLiterals;

namespace CsvWriter {
QByteArray field(const QString& raw)
{
    const QString value = SpreadsheetSafety::escape(raw);
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n') && !value.contains(u'\r'))
        return value.toUtf8();
    QString v = value;
    v.replace(u"\""_s, u"\"\""_s);
    return '"' + v.toUtf8() + '"';
}

QByteArray line(const QStringList& fields)
{
    QByteArray out;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out += ',';
        out += field(fields.at(i));
    }
    return out + '\n';
}
} // namespace CsvWriter
