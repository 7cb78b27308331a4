#pragma once

#include <QLocale>
#include <QString>

// A country's name as people read it in the language Tandem speaks (ICU's names, which Qt and libphonenumber
// already bring): "Brasil" in Portuguese, "Alemania" in Spanish, "Germany" in English. Falls back to Qt's English
// name, then to the two-letter code itself.
QString countryName(const QString& regionCode, const QLocale& language = QLocale());
