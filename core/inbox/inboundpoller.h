#pragma once

#include "inboxledger.h"

#include <QObject>
#include <QSet>
#include <QTimer>

class Database;
class Outbox;
class ProfileRepository;
class SenderPool;

// Without a webhook receiver, customers' messages to a Twilio sender are fetched: once a minute Tandem lists the
// messages sent to the sender's number since the last look (a day back the first time, so the 24-hour windows
// are right from the start) and keeps the new ones as a webhook would have. Meta posts customers' messages only to
// a webhook, so its senders are not polled.
class InboundPoller : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        int everyMs = 60 * 1000;
        qint64 firstLookBackMs = 24LL * 60 * 60 * 1000;
        qint64 overlapMs = 2 * 60 * 1000; // messages arrive in Twilio's list a little after their time
    };

    InboundPoller(Database& database,
        ProfileRepository& profiles,
        SenderPool& senders,
        Outbox& outbox,
        Options options,
        QObject* parent = nullptr);

    void start();
    void stop();
    // Looks now (tests, and the owner's "check for replies").
    void checkNow();

Q_SIGNALS:
    void received(int messages);
    void failed(const QString& error);

private:
    void check();
    void poll(qint64 profileId);
    void store(qint64 profileId, qint64 polledAtMs, const QVariantList& messages);

    Database& m_database;
    ProfileRepository& m_profiles;
    SenderPool& m_senders;
    Outbox& m_outbox;
    Options m_options;
    InboxLedger m_ledger;
    QTimer m_timer;
    QSet<qint64> m_polling;
    bool m_running = false;
};
