#pragma once

#include "model/profile.h"

#include <QHash>
#include <QJsonObject>
#include <QNetworkRequest>

// What a 360dialog request needs from a profile and its secrets: one API key per number, which also names the
// number (360dialog adds the phone number ID itself).
struct Dialog360Settings
{
    QString apiKey;
    QString apiBase;
    QString defaultRegion;

    static Dialog360Settings fromProfile(const Profile& profile, const QHash<QString, QString>& secrets);
};

// Builds requests to 360dialog's hosting of the Cloud API (https://docs.360dialog.com/docs/messaging-api): Meta's
// bodies at 360dialog's paths, with the D360-API-KEY header instead of a Bearer token.
class Dialog360Requests
{
public:
    explicit Dialog360Requests(Dialog360Settings settings);

    // POST /messages; 360dialog's test sandbox (waba-sandbox.360dialog.io) takes them at /v1/messages.
    QNetworkRequest sendMessage() const;
    // POST /media, multipart (whatsAppMediaForm), as Meta's upload without the number's ID: {"id": "<MEDIA_ID>"}.
    QNetworkRequest uploadMedia() const;
    // GET reads the number's webhook back; POST sets it: {"url", "headers"}.
    QNetworkRequest webhook() const;
    // GET /v1/configs/templates?limit=N&offset=M; POST to the same path creates one (Meta's template JSON).
    QNetworkRequest listTemplates(int limit, int offset) const;
    QNetworkRequest createTemplate() const;
    // The webhook with the header that proves a post comes from this number's channel.
    static QJsonObject webhookBody(const QString& url, const QString& key);
    // 360dialog takes no port and no underscore in a webhook's host name; empty when `url` is acceptable, else why.
    // Loopback addresses (the sandbox on this computer) may have a port.
    static QString webhookUrlProblem(const QString& url);

private:
    QNetworkRequest request(const QString& path) const;

    Dialog360Settings m_settings;
};
