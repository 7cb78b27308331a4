#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

// RFC 4180 records: quoted fields with embedded delimiters, quotes ("") and newlines; UTF-8 with or without a BOM;
// the delimiter (comma, semicolon or tab) detected from the first line. Each record keeps the line it starts on,
// so a bad row can be reported where the owner will find it. A quote that is never closed would swallow the rest of
// the file into one field: that line is reported instead, and reading goes on from the next. Reads one record at a
// time, so a large file is never held as records all at once.
class CsvReader
{
public:
    struct Record
    {
        int line = 0;
        QStringList fields;
        // Set when the line cannot be read (a quote that is never closed); the reader goes on with the next line.
        QString error;
    };

    explicit CsvReader(const QByteArray& data);
    // The next non-blank record; false at the end.
    bool next(Record& record);

    static QList<Record> parse(const QByteArray& data);
    static QChar detectDelimiter(const QString& firstLine);

private:
    QString m_text;
    qsizetype m_pos = 0;
    int m_line = 1;
    QChar m_delimiter;
};
