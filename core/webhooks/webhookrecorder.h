#pragma once

#include "http/httpreply.h"
#include "inbox/inboxledger.h"
#include "outbox/statusledger.h"
#include "webhookdelivery.h"

#include <QObject>
#include <QTimer>

#include <memory>
#include <vector>

class Database;
class Outbox;
class SenderDirectory;

// Stores what genuine webhook requests said, and only then answers them 200 (500 when it could not: the provider
// sends it again). Requests that arrive together share one transaction, so bursts (Meta sends three status reports
// for every message) cost one commit each. A client that hung up meanwhile is simply not answered: what it said is
// stored all the same.
class WebhookRecorder : public QObject
{
    Q_OBJECT
public:
    WebhookRecorder(Database& database, SenderDirectory& senders, QObject* parent = nullptr);
    ~WebhookRecorder() override;

    // Stored with the next commit, at the event loop's next turn; then answered.
    void add(WebhookDelivery delivery, HttpReply reply);
    // Stores and answers what waits, now.
    void flush();

Q_SIGNALS:
    // After each commit: how many new status reports and customers' messages were stored.
    void received(int statuses, int messages);
    // Meta reported templates' review decisions; the catalogue has them.
    void templatesChanged(int templates);

private:
    struct Waiting
    {
        WebhookDelivery delivery;
        HttpReply reply;
    };
    struct Stored
    {
        int statuses = 0;
        int messages = 0;
        int templates = 0;
        QList<InboxLedger::Confirmation> confirmations;
    };

    Status store(const std::vector<Waiting>& batch, Stored& stored);
    Status storeEvent(const WebhookDelivery::Event& event, Stored& stored);
    Status applyPreference(const QJsonObject& value);
    void queueConfirmations(const QList<InboxLedger::Confirmation>& confirmations);

    Database& m_database;
    SenderDirectory& m_senders;
    StatusLedger m_ledger;
    InboxLedger m_inbox;
    std::unique_ptr<Outbox> m_outbox; // for opt-out confirmations
    std::vector<Waiting> m_batch;
    QTimer m_flush;
};
