#include "money.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace Money {
QString usd(double amount)
{
    const QLocale locale;
    const int decimals = amount < 1 && amount > 0 ? 4 : 2;
    if (locale.language() == QLocale::C) // no convention to follow: the way Meta's rate cards write it
        return u"US$ "_s + locale.toString(amount, 'f', decimals);
    const QString symbol = locale.territory() == QLocale::UnitedStates ? u"$"_s : u"US$"_s;
    return locale.toCurrencyString(amount, symbol, decimals);
}
} // namespace Money
