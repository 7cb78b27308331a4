#pragma once

#include <QString>

// CSV files are opened in spreadsheets, which run a cell that starts with = + - @ (or a tab or carriage return) as
// a formula: a contact named "=HYPERLINK(…)" would become a link the owner clicks. Tandem's export writes such
// cells with a leading apostrophe, the spreadsheet convention for "this is text", and its import takes the
// apostrophe off again, so a file goes out and comes back unchanged. Plain numbers (+14155550100, -5) are safe and
// written as they are.
namespace SpreadsheetSafety {
QString escape(const QString& cell);
QString unescape(const QString& cell);
} // namespace SpreadsheetSafety
