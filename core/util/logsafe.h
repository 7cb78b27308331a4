#pragma once

#include <QByteArrayView>
#include <QString>

// What a stranger sent, made fit for a log line: control characters (CR, LF, ESC, …) and bytes that are not
// UTF-8 become \xNN, so a request cannot forge a line or move the terminal, and it is cut at `maxChars`.
QString logSafeBytes(QByteArrayView bytes, qsizetype maxChars = 200);
QString logSafe(const QString& text, qsizetype maxChars = 200);
