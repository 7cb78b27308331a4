#pragma once

#include "database.h"
#include "util/mailbox.h"
#include "util/result.h"

#include <QThread>

#include <functional>
#include <memory>

// A thread with its own connection to the database, for the window's reads that can take longer than a frame:
// counting a 100,000-row broadcast, the rows that changed since the last look. Reads run one after another; each
// result comes back on the asking object's thread (and not at all once that object is gone).
class DatabaseReadThread
{
public:
    explicit DatabaseReadThread(QString path);
    ~DatabaseReadThread();
    DatabaseReadThread(const DatabaseReadThread&) = delete;
    DatabaseReadThread& operator=(const DatabaseReadThread&) = delete;

    template<typename T>
    void read(QObject* context,
        std::function<Result<T>(Database& database)> work,
        std::function<void(const Result<T>& result)> done)
    {
        const Mailbox mailbox(context);
        post([mailbox, work = std::move(work), done = std::move(done)](Database* database, const Status& opened) {
            const Result<T> result = opened.isOk() ? work(*database) : Result<T>(opened);
            mailbox.post([done, result] { done(result); });
        });
    }

private:
    void post(std::function<void(Database* database, const Status& opened)> task);

    QString m_path;
    QThread m_thread;
    QObject* m_anchor; // lives on the thread, for calls into it
    std::shared_ptr<Database> m_database; // opened, used and closed on the thread
    Status m_opened = Status::failure(QString());
    bool m_triedOpening = false;
};
