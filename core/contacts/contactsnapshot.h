#pragma once

#include "contact.h"
#include "util/result.h"

#include <QList>
#include <QObject>
#include <QStringList>

#include <functional>

// Every contact and every tag in use, read on a thread of its own: the contacts screen and the composer's audience
// step show 100,000 contacts without the window waiting for the read.
struct ContactsSnapshot
{
    QList<Contact> contacts; // in phone order
    QStringList tags; // sorted

    // Reads them from the database at `path` and hands them to `done` on the thread of `context`.
    static void load(QObject* context, const QString& path, std::function<void(const Result<ContactsSnapshot>&)> done);
};
