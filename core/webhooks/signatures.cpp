#include "signatures.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Signatures {
namespace {
// The URL with its scheme's default port written out, or taken away: the two forms Twilio may have signed.
QStringList portVariants(const QString& url)
{
    QUrl parsed(url);
    if (!parsed.isValid())
        return {url};
    const int defaultPort = parsed.scheme() == u"https"_s ? 443 : parsed.scheme() == u"http"_s ? 80 : -1;
    QStringList variants {url};
    if (defaultPort < 0)
        return variants;
    QUrl other = parsed;
    if (parsed.port() == -1)
        other.setPort(defaultPort);
    else if (parsed.port() == defaultPort)
        other.setPort(-1);
    else
        return variants;
    variants << other.toString(QUrl::FullyEncoded);
    return variants;
}
} // namespace

bool sameBytes(const QByteArray& a, const QByteArray& b)
{
    // Length is not secret (every signature of a kind has the same length); the content is.
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return difference == 0;
}

QByteArray twilio(const QString& authToken, const QString& url, const FormParams& params)
{
    QStringList names;
    for (const auto& [name, value] : params) {
        if (!names.contains(name))
            names << name;
    }
    // Byte (code point) order, case-sensitive, as Python's sorted() and JavaScript's sort() do for these names.
    std::sort(names.begin(), names.end());
    QString data = url;
    for (const QString& name : std::as_const(names)) {
        QStringList values;
        for (const auto& [key, value] : params) {
            if (key == name && !values.contains(value))
                values << value;
        }
        std::sort(values.begin(), values.end());
        for (const QString& value : std::as_const(values))
            data += name + value;
    }
    return QMessageAuthenticationCode::hash(data.toUtf8(), authToken.toUtf8(), QCryptographicHash::Sha1).toBase64();
}

bool twilioValid(const QString& authToken, const QString& url, const FormParams& params, const QByteArray& header)
{
    if (header.isEmpty() || authToken.isEmpty())
        return false;
    bool valid = false;
    for (const QString& candidate : portVariants(url))
        valid = sameBytes(twilio(authToken, candidate, params), header.trimmed()) || valid;
    return valid;
}

bool twilioJsonValid(const QString& authToken, const QString& url, const QByteArray& body, const QByteArray& header)
{
    const QString claimed = QUrlQuery(QUrl(url)).queryItemValue(u"bodySHA256"_s);
    if (claimed.isEmpty())
        return false;
    const QByteArray actual = QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex();
    return sameBytes(actual, claimed.toLatin1().toLower()) && twilioValid(authToken, url, {}, header);
}

QByteArray meta(const QString& appSecret, const QByteArray& rawBody)
{
    return "sha256="
        + QMessageAuthenticationCode::hash(rawBody, appSecret.toUtf8(), QCryptographicHash::Sha256).toHex();
}

bool metaValid(const QString& appSecret, const QByteArray& rawBody, const QByteArray& header)
{
    if (header.isEmpty() || appSecret.isEmpty())
        return false;
    return sameBytes(meta(appSecret, rawBody), header.trimmed().toLower());
}
} // namespace Signatures
