#include "receiversettings.h"

#include <QCoreApplication>
#include <QSettings>
#include <QUrl>

using namespace Qt::StringLiterals;

ReceiverSettings ReceiverSettings::load(QSettings& settings)
{
    ReceiverSettings r;
    settings.beginGroup(u"webhooks"_s);
    r.enabled = settings.value(u"enabled"_s, r.enabled).toBool();
    r.port = quint16(settings.value(u"port"_s, r.port).toUInt());
    r.publicUrl = settings.value(u"public_url"_s, r.publicUrl).toString();
    settings.endGroup();
    return r;
}

void ReceiverSettings::save(QSettings& settings) const
{
    settings.beginGroup(u"webhooks"_s);
    settings.setValue(u"enabled"_s, enabled);
    settings.setValue(u"port"_s, port);
    settings.setValue(u"public_url"_s, publicUrl);
    settings.endGroup();
}

QString ReceiverSettings::publicUrlProblem() const
{
    if (publicUrl.trimmed().isEmpty())
        return QString();
    const QUrl url(publicUrl.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || (url.scheme() != u"https"_s && url.scheme() != u"http"_s))
        return QCoreApplication::translate(
            "ReceiverSettings", "The public address must be a web address such as https://shop.trycloudflare.com.");
    if (url.hasQuery() || url.hasFragment())
        return QCoreApplication::translate(
            "ReceiverSettings", "The public address is the receiver's root: leave out anything after ? or #.");
    const QString host = url.host().toLower();
    const bool local = host == u"localhost"_s || host.startsWith(u"127."_s) || host == u"::1"_s;
    if (url.scheme() != u"https"_s && !local)
        return QCoreApplication::translate(
            "ReceiverSettings", "Meta only calls https:// addresses; a tunnel (cloudflared, ngrok) gives you one.");
    return QString();
}
