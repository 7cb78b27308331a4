#pragma once

#include <QString>
#include <QStringList>

// Replaces every occurrence of each secret (and of its Basic-auth and URL-encoded forms) with "[redacted]".
QString redactSecrets(QString text, const QStringList& secrets);
