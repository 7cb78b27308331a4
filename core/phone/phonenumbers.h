#pragma once

#include "util/result.h"

#include <QStringList>

// E.164 normalisation with libphonenumber: "0151 2345 6789" in region DE becomes "+4915123456789".
// A "whatsapp:" prefix is accepted and dropped.
Result<QString> normalizePhoneNumber(const QString& input, const QString& defaultRegion);
// The ISO 3166 region of an E.164 number ("+5511…": BR), or empty when it has none.
QString phoneRegionOf(const QString& e164);
// ISO 3166 region codes libphonenumber knows, sorted.
QStringList supportedPhoneRegions();
// The owner's own country, from the language and country Tandem runs in (pt_BR: BR), when libphonenumber knows it;
// the United States otherwise. The default country of a new sender.
QString ownPhoneRegion();
// A mobile number that is valid in the region, written as people write it internationally ("+55 11 96123-4567"),
// for placeholders; the United States' when the region is unknown.
QString examplePhoneNumber(const QString& region);
