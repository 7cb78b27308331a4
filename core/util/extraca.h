#pragma once

#include "util/result.h"

#include <QString>

// Tandem trusts, besides the system's certificate authorities, those in the PEM file that TANDEM_EXTRA_CA names:
// the sandbox's own certificate for tests and benchmarks over HTTPS, or the certificate of an antivirus or company
// proxy that inspects TLS. Called once at start by each program, before any connection.
namespace ExtraCa {
// Adds the certificates of `pemPath` to the default TLS configuration; an error says why none could be read.
Status trust(const QString& pemPath);
// trust($TANDEM_EXTRA_CA) when it is set; success when it is not.
Status trustFromEnvironment();
} // namespace ExtraCa
