#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

// RFC 4180 records: quoted fields with embedded delimiters, quotes ("") and newlines; UTF-8 with or without a BOM;
// the delimiter (comma, semicolon or tab) detected from the first line. Each record keeps the line it starts on,
// so a bad row can be reported where the owner will find it.
class CsvReader
{
public:
    struct Record
    {
        int line = 0;
        QStringList fields;
    };

    static QList<Record> parse(const QByteArray& data);
    static QChar detectDelimiter(const QString& firstLine);
};
