// libFuzzer target: the CSV reader, as contact imports and broadcast lists use it. Any bytes must give records (or
// line-numbered errors) without crashing, hanging or reading out of bounds.
#include "csv/csvreader.h"
#include "csv/spreadsheetsafety.h"
#include "outbox/recipientlist.h"

#include <QByteArray>
#include <QMap>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    CsvReader reader(bytes);
    CsvReader::Record record;
    int records = 0;
    while (reader.next(record) && records < 100000) {
        for (const QString& field : record.fields)
            SpreadsheetSafety::escape(SpreadsheetSafety::unescape(field));
        ++records;
    }
    const QMap<QString, QString> variables = {{QStringLiteral("1"), QStringLiteral("{name}")}};
    RecipientList::fromCsv(bytes, variables, QStringLiteral("US"));
    return 0;
}
