#pragma once

#include "model/providererror.h"

#include <QNetworkReply>

// Classifies a failure below HTTP (no answer, broken connection, timeout) with a sentence for the owner.
ProviderError networkError(QNetworkReply::NetworkError error, const QString& errorString);
