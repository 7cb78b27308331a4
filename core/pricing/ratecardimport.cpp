#include "ratecardimport.h"

#include "csv/csvreader.h"
#include "phone/countrynames.h"
#include "phone/phonenumbers.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("RateCardImport", text);
}

// "Rest of Central & Eastern Europe" -> "restofcentralandeasterneurope"
QString folded(QString name)
{
    name = name.toLower().replace(u'&', u" and "_s);
    name.removeIf([](QChar c) { return !c.isLetter(); });
    return name;
}

// Meta's names for its markets and the other spellings rate cards use.
QHash<QString, QString> marketNames(const RateCard& current)
{
    QHash<QString, QString> names;
    for (const RateCard::Market& m : current.markets())
        names.insert(folded(m.name), m.key);
    const QList<std::pair<QString, QString>> aliases = {{u"restofcee"_s, u"rest_of_central_eastern_europe"_s},
        {u"restofcentraleasterneurope"_s, u"rest_of_central_eastern_europe"_s},
        {u"restofapac"_s, u"rest_of_asia_pacific"_s}, {u"restoflatam"_s, u"rest_of_latin_america"_s},
        {u"restofme"_s, u"rest_of_middle_east"_s}, {u"allothercountries"_s, u"other"_s}, {u"uae"_s, u"AE"_s},
        {u"uk"_s, u"GB"_s}, {u"turkiye"_s, u"TR"_s}, {u"russianfederation"_s, u"RU"_s}, {u"usa"_s, u"US"_s}};
    for (const auto& [alias, key] : aliases)
        names.insert(alias, key);
    // Any country by its English name: a country Meta starts pricing on its own ("Poland") needs no new Tandem.
    for (const QString& region : supportedPhoneRegions()) {
        const QString english = folded(countryName(region, QLocale(QLocale::English)));
        if (!names.contains(english))
            names.insert(english, region);
    }
    return names;
}

enum class Column
{
    Market,
    Currency,
    Marketing,
    Utility,
    Authentication,
    AuthenticationInternational
};

std::optional<Column> columnOf(const QString& heading)
{
    const QString h = folded(heading);
    if (h == u"market"_s || h == u"country"_s || h == u"countryregion"_s || h == u"region"_s || h == u"marketname"_s)
        return Column::Market;
    if (h == u"currency"_s)
        return Column::Currency;
    if (h.startsWith(u"marketing"_s))
        return Column::Marketing;
    if (h.startsWith(u"utility"_s))
        return Column::Utility;
    if (h.startsWith(u"authenticationinternational"_s) || h == u"authintl"_s)
        return Column::AuthenticationInternational;
    if (h.startsWith(u"authentication"_s) || h == u"auth"_s)
        return Column::Authentication;
    return std::nullopt;
}

// A date a title line gives: "Effective January 1, 2027", "2027-01-01", "01/01/2027" is not read (day and month
// are ambiguous).
QDate dateIn(const QString& text)
{
    static const QRegularExpression iso(u"(\\d{4})-(\\d{2})-(\\d{2})"_s);
    if (const auto m = iso.match(text); m.hasMatch())
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    static const QRegularExpression words(u"([A-Z][a-z]+)\\s+(\\d{1,2})\\s*,\\s*(\\d{4})"_s);
    for (auto it = words.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const QDate d = QLocale(QLocale::English)
                            .toDate(m.captured(1) + u' ' + m.captured(2) + u", "_s + m.captured(3), u"MMMM d, yyyy"_s);
        if (d.isValid())
            return d;
    }
    return {};
}

bool isUsd(const QString& currency)
{
    const QString c = currency.trimmed().toUpper().remove(u' ');
    return c.isEmpty() || c == u"USD"_s || c == u"$US"_s || c == u"US$"_s || c == u"$"_s;
}
} // namespace

Result<RateCard> RateCardImport::read(const Input& input, const RateCard& current)
{
    const QHash<QString, QString> names = marketNames(current);
    QStringList errors;
    QHash<Column, int> columns;
    QDate effective;
    QList<RateCard::Market> markets;
    CsvReader reader(input.csv);
    CsvReader::Record record;
    while (reader.next(record)) {
        if (!record.error.isEmpty()) {
            errors << tr("Line %1: %2").arg(record.line).arg(record.error);
            continue;
        }
        if (columns.isEmpty()) {
            // The fields joined again: an unquoted "Effective April 1, 2027" splits at its comma.
            if (const QDate d = dateIn(record.fields.join(u", "_s)); d.isValid() && !effective.isValid())
                effective = d;
            QHash<Column, int> found;
            for (int i = 0; i < record.fields.size(); ++i) {
                if (const auto c = columnOf(record.fields.at(i)); c && !found.contains(*c))
                    found.insert(*c, i);
            }
            if (found.contains(Column::Market)
                && (found.contains(Column::Marketing) || found.contains(Column::Utility)))
                columns = found;
            continue; // a title line, or the header
        }
        auto field = [&](Column c) {
            const int at = columns.value(c, -1);
            return at >= 0 && at < record.fields.size() ? record.fields.at(at).trimmed() : QString();
        };
        const QString name = field(Column::Market);
        if (name.isEmpty())
            continue;
        const QString key = names.value(folded(name));
        if (key.isEmpty()) {
            errors << tr("Line %1: Tandem does not know the market \"%2\".").arg(record.line).arg(name);
            continue;
        }
        if (!isUsd(field(Column::Currency))) {
            errors << tr("Line %1: the prices are in %2; import Meta's rate card in US dollars.")
                          .arg(record.line)
                          .arg(field(Column::Currency));
            continue;
        }
        RateCard::Market m;
        m.key = key;
        m.name = name;
        if (key.size() == 2)
            m.countries = {key};
        bool ok = true;
        auto price = [&](Column c, const QString& heading) -> std::optional<double> {
            QString text = field(c);
            text.remove(u'$').remove(u"US"_s).remove(u' ');
            if (text.isEmpty() || text.compare(u"n/a"_s, Qt::CaseInsensitive) == 0 || text == u"-"_s)
                return std::nullopt;
            if (!text.contains(u'.'))
                text.replace(u',', u'.');
            bool number = false;
            const double value = text.toDouble(&number);
            if (!number || value < 0 || value >= 10) {
                errors << tr("Line %1: \"%2\" is not a price for %3.").arg(record.line).arg(field(c), heading);
                ok = false;
                return std::nullopt;
            }
            return value;
        };
        m.marketing = price(Column::Marketing, tr("marketing"));
        m.utility = price(Column::Utility, tr("utility"));
        m.authentication = price(Column::Authentication, tr("authentication"));
        m.authenticationInternational = price(Column::AuthenticationInternational, tr("authentication-international"));
        if (ok)
            markets << m;
    }
    if (columns.isEmpty())
        errors << tr("No header with a Market column and prices was found: is this Meta's rate card?");
    if (!effective.isValid())
        effective = input.effective;
    if (!effective.isValid())
        errors << tr("The file does not say when its prices take effect: give the date.");
    if (errors.isEmpty() && markets.isEmpty())
        errors << tr("The file has no prices.");
    if (!errors.isEmpty()) {
        const int shown = 10;
        QString message = tr("The rate card was not imported; nothing changed.") + u'\n'
            + QStringList(errors.mid(0, shown)).join(u'\n');
        if (errors.size() > shown)
            message += u'\n'
                + QCoreApplication::translate("RateCardImport", "… and %n more.", nullptr, int(errors.size()) - shown);
        return Result<RateCard>::failure(message);
    }
    for (RateCard::Market& m : markets) {
        m.effective = effective;
        m.source = input.source;
        m.secondary = false;
    }
    return RateCard::fromMarkets(markets);
}
