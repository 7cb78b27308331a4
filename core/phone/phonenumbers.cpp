#include "phonenumbers.h"

#include <QLocale>

#include <phonenumbers/phonenumberutil.h>

#include <QCoreApplication>

#include <set>
#include <string>

using namespace Qt::StringLiterals;

namespace {
// This file's words, under the context translators see ("PhoneNumbers").
struct PhoneNumbersText
{
    Q_DECLARE_TR_FUNCTIONS(PhoneNumbers)
};
} // namespace
using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

Result<QString> normalizePhoneNumber(const QString& input, const QString& defaultRegion)
{
    QString text = input.trimmed();
    if (text.startsWith(u"whatsapp:"_s, Qt::CaseInsensitive))
        text = text.mid(9).trimmed();
    if (text.isEmpty())
        return Result<QString>::failure(PhoneNumbersText::tr("The phone number is empty."));

    const PhoneNumberUtil* util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    const std::string region = defaultRegion.trimmed().toUpper().toStdString();
    const auto parsed = util->Parse(text.toStdString(), region.empty() ? "ZZ" : region, &number);
    if (parsed != PhoneNumberUtil::NO_PARSING_ERROR) {
        if (parsed == PhoneNumberUtil::INVALID_COUNTRY_CODE_ERROR)
            return Result<QString>::failure(PhoneNumbersText::tr(
                "\"%1\" has no country code. Write it with + and the country code, or choose a default "
                "country.")
                                                .arg(input.trimmed()));
        return Result<QString>::failure(PhoneNumbersText::tr("\"%1\" is not a phone number.").arg(input.trimmed()));
    }
    if (!util->IsValidNumber(number))
        return Result<QString>::failure(PhoneNumbersText::tr(
            "\"%1\" is not a valid phone number for its country. Check the digits and the country code.")
                                            .arg(input.trimmed()));
    std::string formatted;
    util->Format(number, PhoneNumberUtil::E164, &formatted);
    return QString::fromStdString(formatted);
}

QString phoneRegionOf(const QString& e164)
{
    const PhoneNumberUtil* util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    if (util->Parse(e164.trimmed().toStdString(), "ZZ", &number) != PhoneNumberUtil::NO_PARSING_ERROR)
        return QString();
    std::string region;
    util->GetRegionCodeForNumber(number, &region);
    return region == "ZZ" ? QString() : QString::fromStdString(region);
}

QString examplePhoneNumber(const QString& region)
{
    const PhoneNumberUtil* util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    if (!util->GetExampleNumberForType(region.trimmed().toUpper().toStdString(), PhoneNumberUtil::MOBILE, &number)
        && !util->GetExampleNumberForType("US", PhoneNumberUtil::MOBILE, &number))
        return QString();
    std::string formatted;
    util->Format(number, PhoneNumberUtil::INTERNATIONAL, &formatted);
    return QString::fromStdString(formatted);
}

QString ownPhoneRegion()
{
    const QString code = QLocale::territoryToCode(QLocale().territory());
    return supportedPhoneRegions().contains(code) ? code : QStringLiteral("US");
}

QStringList supportedPhoneRegions()
{
    std::set<std::string> regions;
    PhoneNumberUtil::GetInstance()->GetSupportedRegions(&regions);
    QStringList result;
    for (const std::string& region : regions)
        result << QString::fromStdString(region);
    return result;
}
