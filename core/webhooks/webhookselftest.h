#pragma once

#include "model/profile.h"
#include "providers/providerdescriptor.h"

#include <QObject>
#include <QString>

class ProfileService;
class ProviderRegistry;
class QNetworkAccessManager;
class StatusLedger;

// Checks that a sender's reports can reach Tandem: sends one correctly signed synthetic status report (as Twilio or
// Meta would) to the receiver's public address, expects 200, and looks for the report among those the receiver
// stored. What was stored for the test is removed again. Emits finished once.
class WebhookSelfTest : public QObject
{
    Q_OBJECT
public:
    struct Outcome
    {
        bool ok = false;
        QString url; // where the report was sent
        int httpStatus = 0; // 0: no answer
        bool stored = false; // found in this database
        QString explanation; // for people: what worked, or what to do
        qint64 elapsedMs = 0;
    };

    WebhookSelfTest(StatusLedger& reports,
        const ProviderRegistry& registry,
        ProfileService& secrets,
        QNetworkAccessManager& network,
        QObject* parent = nullptr);

    // publicUrl: the receiver's "/", as the provider reaches it.
    void start(const Profile& profile, const QString& publicUrl);

Q_SIGNALS:
    void finished(const WebhookSelfTest::Outcome& outcome);

private:
    WebhookStyle styleOf(const Profile& profile) const;
    void post(const Profile& profile, const QString& url, const QHash<QString, QString>& secrets);
    void finish(Outcome outcome);

    StatusLedger& m_reports;
    const ProviderRegistry& m_registry;
    ProfileService& m_secrets;
    QNetworkAccessManager& m_network;
    QString m_messageId;
};
