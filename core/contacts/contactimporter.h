#pragma once

#include "contact.h"
#include "util/result.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>

class Database;

// Imports contacts from CSV: numbers normalised with libphonenumber and a default region, duplicates merged (in
// the file and with existing contacts), every rejected row reported with its line number and reason while the
// good rows are imported. Committed a chunk at a time; a cancelled or failed import is taken back whole.
class ContactImporter
{
public:
    // Which CSV column feeds what. Unmapped columns become custom fields named after their header.
    struct Mapping
    {
        QString phoneColumn;
        QString nameColumn;
        QString tagsColumn; // tags separated by ';' or '|' or ','
        QString optedOutColumn; // "yes"/"true"/"1" marks the contact opted out
        QStringList ignoredColumns;
        QStringList extraTags; // given to every imported row (a CSV audience is tagged with its file's name)

        // Guesses from the header: phone/mobile/number/whatsapp, name, tags, opted_out.
        static Mapping guess(const QStringList& header);
    };
    struct Rejected
    {
        int line = 0;
        QString reason;
    };
    struct Report
    {
        int imported = 0; // new contacts
        int merged = 0; // rows that updated an existing contact or an earlier row
        QList<Rejected> rejected;
        bool cancelled = false;
    };
    using Progress = std::function<void(int done, int total)>;

    // cancelled: a flag another thread may set to stop the import (cancel() sets it too).
    ContactImporter(Database& database, QString defaultRegion, std::shared_ptr<std::atomic_bool> cancelled = nullptr);

    // Reads the header only, for a mapping dialog's preview.
    static QStringList header(const QByteArray& csv);
    Result<Report> import(const QByteArray& csv, const Mapping& mapping, const Progress& progress = {});
    Result<Report> import(const QByteArray& csv);
    // Safe to call from another thread while import() runs; the import stops at its next chunk and is taken back.
    void cancel();

private:
    Database& m_database;
    QString m_region;
    std::shared_ptr<std::atomic_bool> m_cancelled;
};
