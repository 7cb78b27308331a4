#pragma once

#include "model/providererror.h"

#include <QNetworkReply>

// Classifies a failure below HTTP (no answer, broken connection, timeout) with a sentence for the owner. These
// happen before the request could have reached the provider, or for requests that are safe to repeat.
ProviderError networkError(QNetworkReply::NetworkError error, const QString& errorString);
// The same failure after a message send was written whole: the provider may have the message, so it is ambiguous,
// never a plain retry.
ProviderError ambiguousNetworkError(QNetworkReply::NetworkError error, const QString& errorString);
// A success status whose body could not be read (a proxy's error page, a cut-off answer): the provider probably has
// the message but Tandem has no id for it.
ProviderError unreadableSuccess(const QString& provider);
