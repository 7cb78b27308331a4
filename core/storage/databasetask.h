#pragma once

#include "database.h"
#include "util/mailbox.h"
#include "util/result.h"

#include <QThread>

#include <functional>

// Runs `work` on a thread of its own with its own connection to the database at `path`, and hands its result to
// `done` on the thread of `context` (not at all if `context` is gone by then). Long writes (an import, a broadcast
// of 100,000 rows) go this way so the window never waits for them. If the database cannot be opened, that is the
// result. `work` may report progress through a Mailbox of its own.
template<typename T>
void runOnDatabaseThread(QObject* context,
    QString path,
    std::function<Result<T>(Database& database)> work,
    std::function<void(const Result<T>& result)> done)
{
    const Mailbox mailbox(context);
    QThread* thread
        = QThread::create([mailbox, path = std::move(path), work = std::move(work), done = std::move(done)] {
              Result<T> result = Result<T>::failure(QString());
              {
                  Database database;
                  const Status opened = database.open(path);
                  result = opened.isOk() ? work(database) : Result<T>(opened);
              }
              mailbox.post([done, result] { done(result); });
          });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}
