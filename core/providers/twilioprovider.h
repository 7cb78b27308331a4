#pragma once

#include "messagingprovider.h"
#include "providerdescriptor.h"
#include "twiliorequests.h"

class QNetworkAccessManager;

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
    ProviderJob* findSent(const QString& recipient, qint64 sinceMs) override;

private:
    ProviderJob* start(QNetworkReply* reply, ProviderJob::Parser parser);

    TwilioSettings m_settings;
    TwilioRequests m_requests;
    QNetworkAccessManager* m_network;
};
