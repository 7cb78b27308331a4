#include "recipientlist.h"

#include "csv/csvreader.h"
#include "csv/spreadsheetsafety.h"
#include "phone/phonenumbers.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace {
// This file's words, under the context translators see ("RecipientList").
struct RecipientListText
{
    Q_DECLARE_TR_FUNCTIONS(RecipientList)
};
} // namespace

Result<RecipientList> RecipientList::fromCsv(
    const QByteArray& csv, const QMap<QString, QString>& variableTemplates, const QString& defaultRegion)
{
    const QList<CsvReader::Record> records = CsvReader::parse(csv);
    if (records.isEmpty())
        return Result<RecipientList>::failure(RecipientListText::tr("The file is empty."));
    QStringList header;
    for (const QString& h : records.first().fields)
        header << h.trimmed().toLower();
    const qsizetype phoneColumn = header.indexOf(u"phone"_s);
    if (phoneColumn < 0)
        return Result<RecipientList>::failure(
            RecipientListText::tr("The first line must name the columns, one of them \"phone\". Found: %1")
                .arg(header.join(u", "_s)));
    static const QRegularExpression placeholder(u"\\{([^}]+)\\}"_s);
    for (auto it = variableTemplates.cbegin(); it != variableTemplates.cend(); ++it) {
        for (const auto& match : placeholder.globalMatch(it.value())) {
            if (!header.contains(match.captured(1).trimmed().toLower()))
                return Result<RecipientList>::failure(
                    RecipientListText::tr("Variable %1 uses the column \"%2\", which the file does not have.")
                        .arg(it.key(), match.captured(1)));
        }
    }
    RecipientList list;
    QSet<QString> seen;
    for (qsizetype i = 1; i < records.size(); ++i) {
        const CsvReader::Record& record = records.at(i);
        if (!record.error.isEmpty()) {
            list.rejected.append({record.line, record.error});
            continue;
        }
        auto cell = [&](const QString& column) {
            const qsizetype index = header.indexOf(column.trimmed().toLower());
            return index >= 0 && index < record.fields.size()
                ? SpreadsheetSafety::unescape(record.fields.at(index)).trimmed()
                : QString();
        };
        const Result<QString> phone = normalizePhoneNumber(cell(u"phone"_s), defaultRegion);
        if (!phone.isOk()) {
            list.rejected.append({record.line, phone.error()});
            continue;
        }
        Recipient r;
        r.phone = phone.value();
        QString missing;
        for (auto it = variableTemplates.cbegin(); it != variableTemplates.cend() && missing.isEmpty(); ++it) {
            QString value = it.value();
            for (const auto& match : placeholder.globalMatch(it.value())) {
                const QString filled = cell(match.captured(1));
                if (filled.isEmpty())
                    missing = match.captured(1);
                value.replace(match.captured(0), filled);
            }
            r.variables.insert(it.key(), value);
        }
        if (!missing.isEmpty()) {
            list.rejected.append(
                {record.line, RecipientListText::tr("No value in column \"%1\" for variable.").arg(missing)});
            continue;
        }
        if (seen.contains(r.phone)) {
            list.rejected.append(
                {record.line, RecipientListText::tr("%1 is already in the list; sent once.").arg(r.phone)});
            continue;
        }
        seen.insert(r.phone);
        list.recipients << r;
    }
    return list;
}
