#pragma once

#include <QString>

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
};
