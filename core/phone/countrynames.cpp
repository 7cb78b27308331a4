#include "countrynames.h"

#include <unicode/uloc.h>

QString countryName(const QString& regionCode, const QLocale& language)
{
    const QByteArray region = "und_" + regionCode.toUpper().toLatin1();
    const QByteArray display = language.name().toLatin1();
    UChar name[128];
    UErrorCode status = U_ZERO_ERROR;
    const int32_t length = uloc_getDisplayCountry(region.constData(), display.constData(), name, 128, &status);
    if (U_SUCCESS(status) && length > 0) {
        const QString found = QString::fromUtf16(reinterpret_cast<const char16_t*>(name), length);
        if (found.compare(regionCode, Qt::CaseInsensitive) != 0) // ICU gives the code back for a region it lacks
            return found;
    }
    const QLocale::Territory territory = QLocale::codeToTerritory(regionCode);
    return territory == QLocale::AnyTerritory ? regionCode.toUpper() : QLocale::territoryToString(territory);
}
