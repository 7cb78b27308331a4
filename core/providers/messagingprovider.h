#pragma once

#include "model/outgoingmessage.h"
#include "providerjob.h"

#include <QObject>

// The one interface both providers implement. Every call returns a job that emits finished(ProviderResult)
// exactly once; nothing blocks.
class MessagingProvider : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual QString kind() const = 0;
    // Twilio: fetch the Account. Meta: fetch the phone number's display number, verified name and quality.
    virtual ProviderJob* verifyCredentials() = 0;
    virtual ProviderJob* send(const OutgoingMessage& message) = 0;
    // The current status of a sent message, where the provider can be asked (Twilio); Meta reports by webhook.
    virtual ProviderJob* fetchStatus(const QString& providerMessageId) = 0;
    // After a crash: the newest message this sender sent to `recipient` since `sinceMs` (epoch ms), if the provider
    // can list sent messages (Twilio). The result's messageId is empty when there is none.
    virtual ProviderJob* findSent(const QString& recipient, qint64 sinceMs);

    // The longest a request may go without progress before it counts as a timeout.
    void setTransferTimeout(int milliseconds)
    {
        m_transferTimeoutMs = milliseconds;
    }
    int transferTimeout() const
    {
        return m_transferTimeoutMs;
    }

private:
    int m_transferTimeoutMs = 30000;
};
