#include "spreadsheetsafety.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {
bool startsAFormula(const QString& cell)
{
    if (cell.isEmpty())
        return false;
    const QChar first = cell.front();
    if (first != u'=' && first != u'+' && first != u'-' && first != u'@' && first != u'\t' && first != u'\r')
        return false;
    // A phone number or a signed number is only a number to a spreadsheet.
    static const QRegularExpression number(u"^[+-]?[0-9][0-9 ().,-]*$"_s);
    return !number.match(cell).hasMatch();
}
} // namespace

namespace SpreadsheetSafety {
QString escape(const QString& cell)
{
    return startsAFormula(cell) ? u"'"_s + cell : cell;
}

QString unescape(const QString& cell)
{
    if (cell.size() > 1 && cell.front() == u'\'' && startsAFormula(cell.mid(1)))
        return cell.mid(1);
    return cell;
}
} // namespace SpreadsheetSafety
