#pragma once

#include <QObject>
#include <QSqlDatabase>

class Database;

// Live updates between computers that share a PostgreSQL database, with LISTEN/NOTIFY: whoever records outcomes,
// statuses or customers' messages announces it with notify() inside its transaction (PostgreSQL delivers it when
// the transaction commits, once however many rows changed), and a ChangeNotifier listening on the window's
// connection tells Activity and Replies to look, instead of each desk re-reading tables on a timer. On SQLite,
// one file on one computer, it does nothing and isListening() is false.
class ChangeNotifier : public QObject
{
    Q_OBJECT
public:
    enum class Channel
    {
        Outbox, // broadcasts and their rows: outcomes, statuses, new broadcasts
        Inbox // customers' messages and opt-outs
    };
    Q_ENUM(Channel)

    explicit ChangeNotifier(Database& database, QObject* parent = nullptr);

    bool isListening() const;
    static void notify(QSqlDatabase db, Channel channel);

Q_SIGNALS:
    void changed(ChangeNotifier::Channel channel);

private:
    bool m_listening = false;
};
