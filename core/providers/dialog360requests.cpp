#include "dialog360requests.h"

#include "model/webhookpaths.h"
#include "wireprotocol.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

Dialog360Settings Dialog360Settings::fromProfile(const Profile& profile, const QHash<QString, QString>& secrets)
{
    Dialog360Settings s;
    s.apiKey = secrets.value(u"api_key"_s);
    s.apiBase = profile.setting(u"api_base"_s).trimmed();
    if (s.apiBase.isEmpty())
        s.apiBase = u"https://waba-v2.360dialog.io"_s;
    while (s.apiBase.endsWith(u'/'))
        s.apiBase.chop(1);
    s.defaultRegion = profile.setting(u"default_region"_s);
    return s;
}

Dialog360Requests::Dialog360Requests(Dialog360Settings settings) : m_settings(std::move(settings))
{ }

QNetworkRequest Dialog360Requests::request(const QString& path) const
{
    QNetworkRequest r(QUrl(m_settings.apiBase + path));
    r.setRawHeader("D360-API-KEY", m_settings.apiKey.toUtf8());
    r.setHeader(QNetworkRequest::UserAgentHeader, QByteArray("Tandem/" TANDEM_VERSION));
    useTandemsWireProtocol(r);
    return r;
}

QNetworkRequest Dialog360Requests::sendMessage() const
{
    const bool testSandbox = QUrl(m_settings.apiBase).host() == u"waba-sandbox.360dialog.io"_s;
    QNetworkRequest r = request(testSandbox ? u"/v1/messages"_s : u"/messages"_s);
    r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    return r;
}

QNetworkRequest Dialog360Requests::uploadMedia() const
{
    return request(u"/media"_s);
}

QNetworkRequest Dialog360Requests::webhook() const
{
    QNetworkRequest r = request(u"/v1/configs/webhook"_s);
    r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    return r;
}

QNetworkRequest Dialog360Requests::listTemplates(int limit, int offset) const
{
    QNetworkRequest r = request(u"/v1/configs/templates"_s);
    QUrl url = r.url();
    QUrlQuery query;
    query.addQueryItem(u"limit"_s, QString::number(limit));
    query.addQueryItem(u"offset"_s, QString::number(offset));
    url.setQuery(query);
    r.setUrl(url);
    return r;
}

QNetworkRequest Dialog360Requests::createTemplate() const
{
    QNetworkRequest r = request(u"/v1/configs/templates"_s);
    r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    return r;
}

QJsonObject Dialog360Requests::webhookBody(const QString& url, const QString& key)
{
    return {{u"url"_s, url}, {u"headers"_s, QJsonObject {{QString::fromLatin1(WebhookPaths::keyHeader), key}}}};
}

QString Dialog360Requests::webhookUrlProblem(const QString& text)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || (url.scheme() != u"https"_s && url.scheme() != u"http"_s))
        return QCoreApplication::translate("Dialog360Provider", "\"%1\" is not a web address.").arg(text);
    const QHostAddress address(url.host());
    if (address.isLoopback() || url.host() == u"localhost"_s)
        return {};
    if (url.scheme() != u"https"_s)
        return QCoreApplication::translate("Dialog360Provider", "360dialog posts only to https:// addresses.");
    if (url.port() != -1)
        return QCoreApplication::translate("Dialog360Provider",
            "360dialog takes no port in a webhook address (\":%1\"): give the receiver an address on the standard "
            "port, for example through a tunnel.")
            .arg(url.port());
    if (url.host().contains(u'_'))
        return QCoreApplication::translate(
            "Dialog360Provider", "360dialog takes no underscore (_) in a webhook's host name.");
    return {};
}
