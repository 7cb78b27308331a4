#pragma once

#include "util/result.h"

#include <QString>

#include <functional>

class QObject;

// The shared PostgreSQL database this computer uses instead of its own file, as chosen in the app's settings. The
// address (without its password) is kept in the settings; the password only in this computer's keychain, under
// passwordKey(). --db and TANDEM_DB still come first.
class SharedDatabase
{
public:
    // The saved address; empty: this computer's own file.
    static QString savedUrl();
    static void save(const QString& url);
    static void forget();
    // The keychain entry for the password of the database at `url` (this computer's, whichever database is open).
    static QString passwordKey(const QString& url);
    // Why `url` cannot be used as the shared database, in one sentence; empty when it can.
    static QString problem(const QString& url);
    // The address a shared database has, as opposed to this computer's own file.
    static bool isShared(const QString& address);
    // Connects to the database at `url` with `password` (kept in memory for this process's connections, not saved)
    // on a thread of its own, and hands `done` the format it is in, on `context`'s thread.
    static void check(QObject* context,
        const QString& url,
        const QString& password,
        std::function<void(const Result<int>& schemaVersion)> done);
};
