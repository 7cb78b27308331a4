#pragma once

#include <QByteArray>
#include <QStringList>

// CSV as Tandem writes it (contacts, reports): RFC 4180 quoting where a field needs it, UTF-8, and every cell made
// safe for spreadsheets (SpreadsheetSafety), so the file opens as the data it is.
namespace CsvWriter {
QByteArray field(const QString& value);
// One record with its line end.
QByteArray line(const QStringList& fields);
} // namespace CsvWriter
