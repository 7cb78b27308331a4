#pragma once

#include "util/result.h"

#include <QStringList>

#include <functional>

class Database;

// Moves a single desk's data into a shared database (an SQLite file into PostgreSQL, or back): senders, contacts,
// broadcasts with every row and attempt, delivery reports and customers' messages, ids kept, so each sender's
// tokens in this computer's keychain still belong to it. The target must be empty. Each table is copied in one
// transaction, in the order their references need.
class DatabaseCopy
{
public:
    struct Copied
    {
        QStringList tables;
        qint64 rows = 0;
    };
    // Called after each table: its name and how many rows it had.
    using Progress = std::function<void(const QString& table, qint64 rows)>;

    static Result<Copied> copy(Database& from, Database& to, const Progress& progress = {});
};
