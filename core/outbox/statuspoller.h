#pragma once

#include "outbox.h"
#include "pollschedule.h"
#include "statusledger.h"

#include <QElapsedTimer>
#include <QObject>
#include <QSet>
#include <QTimer>

class Database;
class SenderPool;
struct ProviderResult;

// Asks the provider for the status of accepted messages whose senders can be asked (Twilio: a fetch of the message),
// on the PollSchedule: until the message is read or has failed, or three days have passed. What it learns goes
// through the StatusLedger exactly like a webhook's report, so a poll and a callback saying the same thing count
// once. Questions are paced (a few a second, never more than a handful at once) so that polling never competes with
// sending for the account's API allowance. Several Tandems on one database never ask about the same row at once:
// each question is claimed first.
class StatusPoller : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        PollSchedule schedule;
        double perSecond = 5; // questions a second, at most
        int maxInFlight = 8;
        int checkEveryMs = 1000;
        qint64 answerWithinMs = 5 * 60 * 1000; // a question left unanswered (Tandem stopped) is asked again then
    };

    StatusPoller(Database& database, Outbox& outbox, SenderPool& senders, Options options, QObject* parent = nullptr);

    void start();
    void stop();
    int inFlight() const;

Q_SIGNALS:
    // Answers were recorded: how many moved a row forward (sent, delivered, read, failed).
    void polled(int answers, int applied);
    void failed(const QString& error);

private:
    void check();
    void ask(const OutboxRow& row);
    void answered(const OutboxRow& row, const ProviderResult& result);

    Database& m_database;
    Outbox& m_outbox;
    SenderPool& m_senders;
    Options m_options;
    StatusLedger m_ledger;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastRefillMs = 0;
    double m_tokens = 0;
    QSet<qint64> m_asking;
    bool m_running = false;
};
