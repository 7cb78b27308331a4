#pragma once

#include "dialog360requests.h"
#include "messagingprovider.h"
#include "providerdescriptor.h"

class QNetworkAccessManager;
class SendOnceBody;

// WhatsApp through 360dialog, a Business Solution Provider that hosts Meta's Cloud API: Meta's message bodies and
// webhook payloads, 360dialog's host, paths and API key. Its webhooks are not signed, so Tandem sets the number's
// webhook itself with a secret header (setWebhook) and its receiver checks that header.
class Dialog360Provider : public MessagingProvider
{
    Q_OBJECT
public:
    Dialog360Provider(Dialog360Settings settings, QNetworkAccessManager* network, QObject* parent = nullptr);

    static ProviderDescriptor descriptor();

    QString kind() const override;
    // Reads the number's webhook back: the API key works, and where 360dialog posts now.
    ProviderJob* verifyCredentials() override;
    ProviderJob* send(const OutgoingMessage& message) override;
    ProviderJob* fetchStatus(const QString& providerMessageId) override;
    ProviderJob* listTemplates(const QString& next) override;
    ProviderJob* createTemplate(const QJsonObject& definition) override;
    ProviderJob* uploadMedia(const MediaFile& file) override;
    // POST /v1/configs/webhook with `key` in the X-Tandem-Webhook-Key header of every post.
    ProviderJob* setWebhook(const QString& callbackUrl, const QString& key) override;

private:
    ProviderJob* start(QNetworkReply* reply, ProviderJob::Parser parser, SendOnceBody* body = nullptr);

    Dialog360Settings m_settings;
    Dialog360Requests m_requests;
    QNetworkAccessManager* m_network;
};
