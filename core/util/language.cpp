#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace {
const QString kSetting = u"ui/language"_s;
} // namespace

namespace Language {
QStringList available()
{
    return {u"en"_s, u"es"_s, u"pt_BR"_s};
}

QString saved()
{
    const QString name = QSettings().value(kSetting).toString();
    return available().contains(name) ? name : QString();
}

void save(const QString& name)
{
    if (name.isEmpty())
        QSettings().remove(kSetting);
    else
        QSettings().setValue(kSetting, name);
}

QLocale chosen()
{
    const QString name = saved();
    return name.isEmpty() ? QLocale::system() : QLocale(name);
}

QString install(QCoreApplication& app)
{
    return install(app, chosen());
}

QString install(QCoreApplication& app, const QLocale& locale)
{
    QLocale::setDefault(locale);
    auto* tandem = new QTranslator(&app);
    const QString file = qEnvironmentVariable("TANDEM_QM");
    QLocale spoken = locale;
    bool loaded = file.isEmpty() ? tandem->load(locale, u"tandem"_s, u"_"_s, u":/i18n"_s) : tandem->load(file);
    // Portuguese from Portugal, Angola or Mozambique reads Brazilian Portuguese more easily than English.
    if (!loaded && file.isEmpty() && locale.language() == QLocale::Portuguese) {
        spoken = QLocale(QLocale::Portuguese, QLocale::Brazil);
        loaded = tandem->load(spoken, u"tandem"_s, u"_"_s, u":/i18n"_s);
    }
    if (!loaded || tandem->language().startsWith(u"en"_s)) {
        // English is the source language; its translation holds only its own plural forms ("1 contact").
        if (tandem->load(u":/i18n/tandem_en.qm"_s))
            QCoreApplication::installTranslator(tandem);
        else
            delete tandem;
        return QString();
    }
    QCoreApplication::installTranslator(tandem);
    // Qt's own words (OK, Cancel, the file dialog) in the same language, where the system has them.
    auto* qt = new QTranslator(&app);
    if (qt->load(spoken, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return tandem->language();
}
} // namespace Language
