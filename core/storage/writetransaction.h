#pragma once

#include "util/result.h"

#include <QSqlDatabase>

// A transaction that takes the write lock when it begins (SQLite's BEGIN IMMEDIATE), so that several processes
// writing one database wait for each other through the busy timeout instead of failing halfway when a read turns
// into a write. Rolls back when it goes out of scope uncommitted.
class WriteTransaction
{
public:
    explicit WriteTransaction(QSqlDatabase db);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction&) = delete;
    WriteTransaction& operator=(const WriteTransaction&) = delete;

    // Whether it began; the reason when not.
    const Status& status() const;
    bool isOpen() const;
    Status commit();
    void rollback();

private:
    QSqlDatabase m_db;
    Status m_status;
    bool m_open = false;
};
