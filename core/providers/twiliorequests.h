#pragma once

#include "model/outgoingmessage.h"
#include "model/profile.h"
#include "util/formencoding.h"
#include "util/result.h"

#include <QHash>
#include <QNetworkRequest>

// What a Twilio request needs from a profile and its secrets.
struct TwilioSettings
{
    QString accountSid;
    QString authUser; // the API Key SID when one is set, otherwise the Account SID
    QString authSecret; // the API Key secret, otherwise the Auth Token
    QString from; // E.164, without the whatsapp: prefix
    QString messagingServiceSid;
    QString statusCallback;
    QString apiBase;
    QString contentApiBase; // the Content API (templates): https://content.twilio.com
    QString defaultRegion;

    static TwilioSettings fromProfile(const Profile& profile, const QHash<QString, QString>& secrets);
};

// Builds Twilio REST requests (2010-04-01 Messages API) exactly as twilio_api_v2010.json describes them.
class TwilioRequests
{
public:
    explicit TwilioRequests(TwilioSettings settings);

    QNetworkRequest fetchAccount() const;
    QNetworkRequest createMessage() const;
    QNetworkRequest fetchMessage(const QString& messageSid) const;
    // GET …/Messages.json?To=whatsapp:+…&From=whatsapp:+…&DateSent>=YYYY-MM-DD&PageSize=N (From only when the
    // sender is a number, not a Messaging Service)
    QNetworkRequest listMessages(const QString& to, const QDate& sentFrom, int pageSize) const;
    // GET /Messages.json?To=whatsapp:<the sender>&DateSent>=day: what customers sent this sender.
    QNetworkRequest listInbound(const QDate& sentFrom, int pageSize) const;
    // GET {content}/v1/ContentAndApprovals?PageSize=N: the account's templates with their WhatsApp approval.
    QNetworkRequest listContent(int pageSize) const;
    // A further page of it: next_page_url, only when it is on the Content API's own host (credentials never go
    // anywhere else); an invalid request otherwise.
    QNetworkRequest contentPage(const QString& url) const;
    // POST {content}/v1/Content (JSON), then POST {content}/v1/Content/{sid}/ApprovalRequests/whatsapp.
    QNetworkRequest createContent() const;
    QNetworkRequest requestApproval(const QString& contentSid) const;
    // A further page: the next_page_uri of the previous one, on the same host.
    QNetworkRequest page(const QString& uri) const;
    // The sender's own address, for checks: whatsapp:+… or empty with a Messaging Service.
    QString fromAddress() const;
    // The form fields of a create-message request; to is already E.164.
    Result<FormFields> messageForm(const OutgoingMessage& message, const QString& to) const;
    QByteArray authorization() const;

private:
    QNetworkRequest request(const QString& path) const;

    TwilioSettings m_settings;
};
