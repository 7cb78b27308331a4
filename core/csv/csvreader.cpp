#include "csvreader.h"

#include <QCoreApplication>

QChar CsvReader::detectDelimiter(const QString& firstLine)
{
    const QChar candidates[] = {u',', u';', u'\t'};
    QChar best = u',';
    qsizetype most = 0;
    for (QChar c : candidates) {
        const qsizetype n = firstLine.count(c);
        if (n > most) {
            most = n;
            best = c;
        }
    }
    return best;
}

CsvReader::CsvReader(const QByteArray& data) : m_text(QString::fromUtf8(data))
{
    if (m_text.startsWith(QChar(0xFEFF)))
        m_text.remove(0, 1);
    const qsizetype end = m_text.indexOf(u'\n');
    m_delimiter = detectDelimiter(end < 0 ? m_text : m_text.left(end));
}

bool CsvReader::next(Record& record)
{
    const qsizetype size = m_text.size();
    while (m_pos < size) {
        record.line = m_line;
        record.fields.clear();
        record.error.clear();
        const qsizetype start = m_pos;
        QString field;
        bool quoted = false;
        bool started = false;
        bool endOfRecord = false;
        while (m_pos < size && !endOfRecord) {
            const QChar c = m_text.at(m_pos++);
            if (quoted) {
                if (c == u'"') {
                    if (m_pos < size && m_text.at(m_pos) == u'"') {
                        field += u'"';
                        ++m_pos;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == u'\n')
                        ++m_line;
                    field += c;
                }
            } else if (c == u'"' && !started) {
                quoted = true;
                started = true;
            } else if (c == m_delimiter) {
                record.fields << field;
                field.clear();
                started = false;
            } else if (c == u'\n') {
                ++m_line;
                endOfRecord = true;
            } else if (c != u'\r') {
                field += c;
                started = true;
            }
        }
        if (quoted) {
            // The file ended inside quotes: report the line the quote opened on, and read on after it.
            const qsizetype lineEnd = m_text.indexOf(u'\n', start);
            m_pos = lineEnd < 0 ? size : lineEnd + 1;
            m_line = record.line + 1;
            record.fields.clear();
            record.error = QCoreApplication::translate("CsvReader",
                "A quote (\") opened on this line is never closed, so the line cannot be read. Close the quote or "
                "remove it.");
            return true;
        }
        record.fields << field;
        const bool blank = record.fields.size() == 1 && record.fields.first().trimmed().isEmpty();
        if (!blank)
            return true;
    }
    return false;
}

QList<CsvReader::Record> CsvReader::parse(const QByteArray& data)
{
    CsvReader reader(data);
    QList<Record> records;
    Record record;
    while (reader.next(record))
        records << record;
    return records;
}
