#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;

// The language Tandem speaks: the system's, unless the owner chose another in Settings > Preferences. Tandem ships
// Spanish and Brazilian Portuguese besides English; a language it lacks falls back to English.
namespace Language {
// The languages offered, as locale names ("en", "es", "pt_BR").
QStringList available();
// The owner's choice; empty: follow the system.
QString saved();
void save(const QString& name);
// The locale Tandem uses: the saved choice, else the system's.
QLocale chosen();
// Installs Tandem's translation (and Qt's own, for standard buttons) for chosen(), and makes it the default locale
// for numbers and dates. TANDEM_QM names a .qm file to load instead (the pseudo-localised screenshots use it).
// Returns the locale name of the translation loaded, or empty when Tandem speaks English.
QString install(QCoreApplication& app);
// The same for a given locale: a language Tandem lacks gets English, except Portuguese, which gets Brazil's.
QString install(QCoreApplication& app, const QLocale& locale);
} // namespace Language
