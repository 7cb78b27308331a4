#pragma once

#include "outbox.h"
#include "pollschedule.h"
#include "rowmessages.h"

#include <QObject>
#include <QSet>
#include <QTimer>

#include <functional>

class MessagingProvider;
class SenderPool;

// Settles unconfirmed rows (sent, but no answer came) of the senders this worker sends for. Where the provider
// lists the messages it took (Twilio), each row is looked up once the provider has had time to record it: found, it
// is accepted with that message's id; not found, it is sent once more, and if that too ends unanswered and cannot be
// found, the owner decides. Meta cannot be asked: its rows wait for the owner's Resend or Drop, unless the sender's
// settings allow an automatic resend after some minutes.
class Reconciler : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        qint64 graceMs = 20000; // how long after the attempt a provider surely lists the message it took
        int pollMs = 5000;
        int batch = 16; // rows looked up at once
        qint64 retryLookupMs = 60000; // after a failed lookup
        PollSchedule polls; // a row found at the provider is then asked for its status like any accepted row
    };

    Reconciler(Outbox& outbox,
        SenderPool& senders,
        std::function<QList<qint64>()> ownedSenders,
        Options options,
        QObject* parent = nullptr);

    void start();
    void stop();
    // Looks at once (after an unanswered send, or when another worker's rows were taken over).
    void checkSoon();
    int lookupsInFlight() const;

    // The sender setting that allows resending unconfirmed rows of a provider that cannot be asked.
    static QString autoResendSetting();

Q_SIGNALS:
    // Rows were settled: found at the provider (confirmed) or sent once more (resent).
    void settled(int confirmed, int resent);
    void failed(const QString& error);

private:
    void check();
    void settle(const OutboxRow& row, qint64 now);
    void lookUp(const OutboxRow& row, MessagingProvider* provider);
    void later(qint64 rowId, qint64 atMs, const QString& reason);

    Outbox& m_outbox;
    SenderPool& m_senders;
    std::function<QList<qint64>()> m_ownedSenders;
    Options m_options;
    RowMessages m_messages;
    QTimer m_timer;
    QSet<qint64> m_checking;
    bool m_running = false;
};
