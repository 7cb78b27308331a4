#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

// The two ways providers sign their callbacks, as their SDKs check them (shared/reference/providers.md §1.10, §2.10).
// Every comparison takes the same time whatever the input, so a forger learns nothing from how fast a guess fails.
namespace Signatures {
using FormParams = QList<QPair<QString, QString>>; // the same as FormFields (util/formencoding.h)

// Twilio's X-Twilio-Signature: base64(HMAC-SHA1(auth token, URL + each parameter name and value, names sorted,
// a repeated name once per distinct value, values sorted)).
QByteArray twilio(const QString& authToken, const QString& url, const FormParams& params);
// True when the header signs this request. Twilio's back end is not consistent about the default port, so the URL
// is also tried with it added (:443, :80) and without it, as the official SDKs do.
bool twilioValid(const QString& authToken, const QString& url, const FormParams& params, const QByteArray& header);
// A JSON-bodied callback: the URL carries bodySHA256=<hex sha256 of the body>, which must match, and the signature
// covers the URL alone.
bool twilioJsonValid(const QString& authToken, const QString& url, const QByteArray& body, const QByteArray& header);

// Meta's X-Hub-Signature-256: "sha256=" + hex(HMAC-SHA256(app secret, the raw body)).
QByteArray meta(const QString& appSecret, const QByteArray& rawBody);
bool metaValid(const QString& appSecret, const QByteArray& rawBody, const QByteArray& header);

// Equal in time proportional to the length only.
bool sameBytes(const QByteArray& a, const QByteArray& b);
} // namespace Signatures
