#pragma once

#include "util/result.h"

#include <QString>
#include <QStringList>

// Tandem trusts, besides the system's certificate authorities, those in the PEM file that TANDEM_EXTRA_CA names:
// the sandbox's own certificate for tests and benchmarks over HTTPS, or the certificate of an antivirus or company
// proxy that inspects TLS. The owner can also name such a file in Settings > Preferences (kept in the settings).
// Called once at start by each program, before any connection.
namespace ExtraCa {
// Adds the certificates of `pemPath` to the default TLS configuration; an error says why none could be read.
Status trust(const QString& pemPath);
// trust($TANDEM_EXTRA_CA) when it is set; success when it is not.
Status trustFromEnvironment();
// The file chosen in the settings (empty: none), and trust() of it.
QString savedFile();
void saveFile(const QString& pemPath);
Status trustSaved();
// The subjects of the certificates in `pemPath`, for the owner to recognise; an error when there are none.
Result<QStringList> describe(const QString& pemPath);
} // namespace ExtraCa
