#pragma once

#include "messagingprovider.h"
#include "providerdescriptor.h"
#include "twiliorequests.h"

class QNetworkAccessManager;
class SendOnceBody;

// WhatsApp through Twilio's Programmable Messaging API (form-encoded, HTTP Basic).
class TwilioProvider : public MessagingProvider
{
    Q_OBJECT
public:
    TwilioProvider(TwilioSettings settings, QNetworkAccessManager* network, QObject* parent = nullptr);

    static ProviderDescriptor descriptor();

    QString kind() const override;
    ProviderJob* verifyCredentials() override;
    ProviderJob* send(const OutgoingMessage& message) override;
    ProviderJob* fetchStatus(const QString& providerMessageId) override;
    bool canFindSent() const override;
    ProviderJob* findSent(const SentMessageQuery& query) override;
    bool canListInbound() const override;
    ProviderJob* listTemplates(const QString& next) override;
    ProviderJob* createTemplate(const QJsonObject& definition) override;
    ProviderJob* listInbound(qint64 sinceMs) override;

private:
    void inboundPage(ProviderJob* outer, qint64 sinceMs, QNetworkRequest request, QVariantList found, int pagesLeft);
    void findSentPage(ProviderJob* outer, const SentMessageQuery& query, QNetworkRequest request, int pagesLeft);
    ProviderJob* start(QNetworkReply* reply, ProviderJob::Parser parser, SendOnceBody* body = nullptr);

    TwilioSettings m_settings;
    TwilioRequests m_requests;
    QNetworkAccessManager* m_network;
};
