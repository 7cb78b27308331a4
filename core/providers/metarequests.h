#pragma once

#include "model/outgoingmessage.h"
#include "model/profile.h"
#include "util/result.h"

#include <QHash>
#include <QJsonObject>
#include <QNetworkRequest>

// What a Cloud API request needs from a profile and its secrets.
struct MetaSettings
{
    QString phoneNumberId;
    QString wabaId; // the WhatsApp Business Account: its templates
    QString accessToken;
    QString apiBase;
    QString apiVersion;
    QString defaultRegion;

    static MetaSettings fromProfile(const Profile& profile, const QHash<QString, QString>& secrets);
};

// Builds WhatsApp Cloud API requests as meta_business_messaging_api_v23.0.yaml describes them.
class MetaRequests
{
public:
    explicit MetaRequests(MetaSettings settings);

    QNetworkRequest fetchPhoneNumber() const;
    QNetworkRequest sendMessage() const;
    // POST /{PHONE_NUMBER_ID}/media, multipart (whatsAppMediaForm): {"id": "<MEDIA_ID>"}.
    QNetworkRequest uploadMedia() const;
    // GET /{WABA_ID}/message_templates?fields=…&limit=N[&after=cursor]; POST to the same path creates one.
    QNetworkRequest listTemplates(int limit, const QString& after) const;
    QNetworkRequest createTemplate() const;
    // POST /{WABA_ID}/migrate_message_templates: this account receives copies of another's approved templates.
    QNetworkRequest migrateTemplates() const;
    // {"source_waba_id", "template_ids"} (all approved ones, first page, when no ids are given).
    static QJsonObject migrateTemplatesBody(const QString& sourceWabaId, const QStringList& templateIds);
    // POST /{PHONE_NUMBER_ID}/register {"messaging_product": "whatsapp", "pin"}.
    QNetworkRequest registerNumber() const;
    static QJsonObject registerNumberBody(const QString& pin);
    // POST /{WABA_ID}/subscribed_apps: the app receives the account's webhooks.
    QNetworkRequest subscribeApp() const;
    // GET /{WABA_ID}/pricing_analytics?start&end&granularity=DAILY&metric_types=["COST","VOLUME"]
    // &dimensions=["COUNTRY","PRICING_CATEGORY"][&phone_numbers=[number]][&after=cursor]; start and end in UTC seconds.
    QNetworkRequest pricingAnalytics(
        qint64 fromSec, qint64 toSec, const QString& phoneNumber, const QString& after) const;
    // POST /{PHONE_NUMBER_ID}: where Meta sends this number's webhooks ("Webhook overrides").
    QNetworkRequest phoneNumberSettings() const;
    static QJsonObject webhookOverrideBody(const QString& callbackUrl, const QString& verifyToken);
    // The JSON body of a send; to is already E.164. The same body goes to every host of the Cloud API (360dialog's
    // too).
    static Result<QJsonObject> messageBody(const OutgoingMessage& message, const QString& to);

private:
    QNetworkRequest request(const QString& path) const;
    // The same, for a JSON body.
    QNetworkRequest jsonRequest(const QString& path) const;

    MetaSettings m_settings;
};
