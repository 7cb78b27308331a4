#pragma once

#include "messagingprovider.h"
#include "metarequests.h"
#include "providerdescriptor.h"

class QNetworkAccessManager;
class SendOnceBody;

// WhatsApp through Meta's Cloud API directly (Graph API, JSON, Bearer token).
class MetaCloudProvider : public MessagingProvider
{
    Q_OBJECT
public:
    MetaCloudProvider(MetaSettings settings, QNetworkAccessManager* network, QObject* parent = nullptr);

    static ProviderDescriptor descriptor();

    QString kind() const override;
    ProviderJob* verifyCredentials() override;
    ProviderJob* send(const OutgoingMessage& message) override;
    ProviderJob* fetchStatus(const QString& providerMessageId) override;
    ProviderJob* listTemplates(const QString& next) override;
    ProviderJob* createTemplate(const QJsonObject& definition) override;
    ProviderJob* uploadMedia(const MediaFile& file) override;
    // POST /{WABA_ID}/migrate_message_templates {source_waba_id, template_ids}.
    ProviderJob* migrateTemplates(const QString& sourceAccountId, const QStringList& templateIds) override;
    // POST /{PHONE_NUMBER_ID}/register with the PIN; a PIN that is not 6 digits is refused before a request.
    ProviderJob* registerNumber(const QString& pin) override;
    // POST /{WABA_ID}/subscribed_apps.
    ProviderJob* subscribeToAccount() override;
    // Sends this number's webhooks to callbackUrl instead of the app's callback URL. Meta first calls the URL with
    // its handshake (verifyToken), so Tandem's receiver must be reachable there.
    ProviderJob* setWebhook(const QString& callbackUrl, const QString& verifyToken) override;
    // GET /{WABA_ID}/pricing_analytics, daily, COST and VOLUME by country and pricing category.
    ProviderJob* reportedCosts(qint64 fromSec, qint64 toSec, const QString& phoneNumber, const QString& next) override;

private:
    ProviderJob* start(QNetworkReply* reply, ProviderJob::Parser parser, SendOnceBody* body = nullptr);

    MetaSettings m_settings;
    MetaRequests m_requests;
    QNetworkAccessManager* m_network;
};
