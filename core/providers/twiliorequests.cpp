#include "twiliorequests.h"
#include "wireprotocol.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {
// This file's words, under the context translators see ("TwilioProvider").
struct TwilioProviderText
{
    Q_DECLARE_TR_FUNCTIONS(TwilioProvider)
};
} // namespace

TwilioSettings TwilioSettings::fromProfile(const Profile& profile, const QHash<QString, QString>& secrets)
{
    TwilioSettings s;
    s.accountSid = profile.setting(u"account_sid"_s).trimmed();
    const QString keySid = profile.setting(u"api_key_sid"_s).trimmed();
    if (!keySid.isEmpty() && !secrets.value(u"api_key_secret"_s).isEmpty()) {
        s.authUser = keySid;
        s.authSecret = secrets.value(u"api_key_secret"_s);
    } else {
        s.authUser = s.accountSid;
        s.authSecret = secrets.value(u"auth_token"_s);
    }
    s.from = profile.setting(u"from"_s).trimmed();
    if (s.from.startsWith(u"whatsapp:"_s))
        s.from = s.from.mid(9);
    s.messagingServiceSid = profile.setting(u"messaging_service_sid"_s).trimmed();
    s.statusCallback = profile.setting(u"status_callback_url"_s).trimmed();
    s.apiBase = profile.setting(u"api_base"_s).trimmed();
    if (s.apiBase.isEmpty())
        s.apiBase = u"https://api.twilio.com"_s;
    while (s.apiBase.endsWith(u'/'))
        s.apiBase.chop(1);
    s.contentApiBase = profile.setting(u"content_api_base"_s).trimmed();
    if (s.contentApiBase.isEmpty())
        s.contentApiBase = u"https://content.twilio.com"_s;
    while (s.contentApiBase.endsWith(u'/'))
        s.contentApiBase.chop(1);
    s.defaultRegion = profile.setting(u"default_region"_s);
    return s;
}

TwilioRequests::TwilioRequests(TwilioSettings settings) : m_settings(std::move(settings))
{ }

QByteArray TwilioRequests::authorization() const
{
    return "Basic " + (m_settings.authUser + u':' + m_settings.authSecret).toUtf8().toBase64();
}

QNetworkRequest TwilioRequests::request(const QString& path) const
{
    QNetworkRequest r(QUrl(m_settings.apiBase + path));
    r.setRawHeader("Authorization", authorization());
    r.setRawHeader("Accept", "application/json");
    r.setHeader(QNetworkRequest::UserAgentHeader, QByteArray("Tandem/" TANDEM_VERSION));
    useTandemsWireProtocol(r);
    return r;
}

QNetworkRequest TwilioRequests::listContent(int pageSize) const
{
    return contentPage(m_settings.contentApiBase + u"/v1/ContentAndApprovals?PageSize=%1"_s.arg(pageSize));
}

QNetworkRequest TwilioRequests::contentPage(const QString& url) const
{
    const QUrl target(url);
    const QUrl base(m_settings.contentApiBase);
    if (target.scheme() != base.scheme() || target.host() != base.host() || target.port() != base.port())
        return QNetworkRequest();
    QNetworkRequest r(target);
    r.setRawHeader("Authorization", authorization());
    r.setRawHeader("Accept", "application/json");
    r.setHeader(QNetworkRequest::UserAgentHeader, QByteArray("Tandem/" TANDEM_VERSION));
    useTandemsWireProtocol(r);
    return r;
}

QNetworkRequest TwilioRequests::createContent() const
{
    QNetworkRequest r = contentPage(m_settings.contentApiBase + u"/v1/Content"_s);
    r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    return r;
}

QNetworkRequest TwilioRequests::requestApproval(const QString& contentSid) const
{
    QNetworkRequest r = contentPage(m_settings.contentApiBase
        + u"/v1/Content/%1/ApprovalRequests/whatsapp"_s.arg(QString::fromLatin1(QUrl::toPercentEncoding(contentSid))));
    r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    return r;
}

QNetworkRequest TwilioRequests::fetchAccount() const
{
    return request(u"/2010-04-01/Accounts/%1.json"_s.arg(m_settings.accountSid));
}

QNetworkRequest TwilioRequests::createMessage() const
{
    QNetworkRequest r = request(u"/2010-04-01/Accounts/%1/Messages.json"_s.arg(m_settings.accountSid));
    r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/x-www-form-urlencoded"));
    return r;
}

QNetworkRequest TwilioRequests::fetchMessage(const QString& messageSid) const
{
    return request(u"/2010-04-01/Accounts/%1/Messages/%2.json"_s.arg(
        m_settings.accountSid, QString::fromLatin1(QUrl::toPercentEncoding(messageSid))));
}

QString TwilioRequests::fromAddress() const
{
    return m_settings.messagingServiceSid.isEmpty() ? u"whatsapp:"_s + m_settings.from : QString();
}

QNetworkRequest TwilioRequests::listMessages(const QString& to, const QDate& sentFrom, int pageSize) const
{
    QNetworkRequest r = request(u"/2010-04-01/Accounts/%1/Messages.json"_s.arg(m_settings.accountSid));
    QUrl url = r.url();
    // Values are encoded here: a '+' left bare in a query means a space to Twilio.
    QUrlQuery query;
    query.addQueryItem(u"To"_s, QString::fromLatin1(QUrl::toPercentEncoding(u"whatsapp:"_s + to)));
    if (!fromAddress().isEmpty())
        query.addQueryItem(u"From"_s, QString::fromLatin1(QUrl::toPercentEncoding(fromAddress())));
    query.addQueryItem(u"DateSent%3E"_s, sentFrom.toString(Qt::ISODate));
    query.addQueryItem(u"PageSize"_s, QString::number(pageSize));
    url.setQuery(query);
    r.setUrl(url);
    return r;
}

QNetworkRequest TwilioRequests::listInbound(const QDate& sentFrom, int pageSize) const
{
    QNetworkRequest r = request(u"/2010-04-01/Accounts/%1/Messages.json"_s.arg(m_settings.accountSid));
    QUrl url = r.url();
    QUrlQuery query;
    query.addQueryItem(u"To"_s, QString::fromLatin1(QUrl::toPercentEncoding(u"whatsapp:"_s + m_settings.from)));
    query.addQueryItem(u"DateSent%3E"_s, sentFrom.toString(Qt::ISODate));
    query.addQueryItem(u"PageSize"_s, QString::number(pageSize));
    url.setQuery(query);
    r.setUrl(url);
    return r;
}

QNetworkRequest TwilioRequests::page(const QString& uri) const
{
    return request(uri);
}

Result<FormFields> TwilioRequests::messageForm(const OutgoingMessage& message, const QString& to) const
{
    FormFields form;
    form.append({u"To"_s, u"whatsapp:"_s + to});
    if (!m_settings.messagingServiceSid.isEmpty())
        form.append({u"MessagingServiceSid"_s, m_settings.messagingServiceSid});
    else
        form.append({u"From"_s, u"whatsapp:"_s + m_settings.from});

    switch (message.kind) {
    case OutgoingMessage::Kind::Text:
        form.append({u"Body"_s, message.text});
        break;
    case OutgoingMessage::Kind::Media:
        if (message.mediaUrl.isEmpty())
            return Result<FormFields>::failure(QCoreApplication::translate("TwilioRequests",
                "Twilio takes a file only from a public link (https://…); this message's file was uploaded to "
                "another sender."));
        if (!message.text.isEmpty())
            form.append({u"Body"_s, message.text});
        form.append({u"MediaUrl"_s, message.mediaUrl});
        break;
    case OutgoingMessage::Kind::ContentTemplate: {
        form.append({u"ContentSid"_s, message.contentSid});
        if (!message.variables.isEmpty()) {
            QJsonObject variables;
            for (auto it = message.variables.cbegin(); it != message.variables.cend(); ++it)
                variables.insert(it.key(), it.value());
            form.append(
                {u"ContentVariables"_s, QString::fromUtf8(QJsonDocument(variables).toJson(QJsonDocument::Compact))});
        }
        break;
    }
    case OutgoingMessage::Kind::Template:
        return Result<FormFields>::failure(
            TwilioProviderText::tr("Twilio sends templates by their Content SID (HX…), not by name. "
                                   "Find the SID in Twilio's Content Template Builder."));
    case OutgoingMessage::Kind::InteractiveButtons:
    case OutgoingMessage::Kind::InteractiveList:
        return Result<FormFields>::failure(
            TwilioProviderText::tr("Through Twilio, buttons and lists are Content templates: create a "
                                   "quick-reply or list-picker template in Twilio's Content Template "
                                   "Builder and send it by its SID."));
    }
    if (!m_settings.statusCallback.isEmpty())
        form.append({u"StatusCallback"_s, m_settings.statusCallback});
    return form;
}
