#pragma once

#include "util/result.h"

#include <QStringList>

// E.164 normalisation with libphonenumber: "0151 2345 6789" in region DE becomes "+4915123456789".
// A "whatsapp:" prefix is accepted and dropped.
Result<QString> normalizePhoneNumber(const QString& input, const QString& defaultRegion);
// ISO 3166 region codes libphonenumber knows, sorted.
QStringList supportedPhoneRegions();
