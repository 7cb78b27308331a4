#include "publicurl.h"

#include <QCoreApplication>
#include <QHostAddress>

using namespace Qt::StringLiterals;

namespace {
bool isLocal(const QString& host)
{
    const QHostAddress address(host);
    return host == u"localhost"_s || (!address.isNull() && address.isLoopback());
}
} // namespace

namespace PublicUrl {
QString problem(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return QString();
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || (url.scheme() != u"https"_s && url.scheme() != u"http"_s)
        || trimmed.contains(u' '))
        return QCoreApplication::translate(
            "ReceiverSettings", "The public address must be a web address such as https://shop.trycloudflare.com.");
    if (url.hasQuery() || url.hasFragment())
        return QCoreApplication::translate(
            "ReceiverSettings", "The public address is the receiver's root: leave out anything after ? or #.");
    if (!url.userInfo().isEmpty())
        return QCoreApplication::translate(
            "ReceiverSettings", "The public address cannot carry a user name or password.");
    if (url.scheme() != u"https"_s && !isLocal(url.host().toLower()))
        return QCoreApplication::translate(
            "ReceiverSettings", "Meta only calls https:// addresses; a tunnel (cloudflared, ngrok) gives you one.");
    return QString();
}

QUrl normalized(const QString& text)
{
    if (!problem(text).isEmpty() || text.trimmed().isEmpty())
        return QUrl();
    QString trimmed = text.trimmed();
    while (trimmed.endsWith(u'/'))
        trimmed.chop(1);
    return QUrl(trimmed, QUrl::StrictMode);
}
} // namespace PublicUrl
