#pragma once

#include <QList>
#include <QStringList>

// One step of the schema's history. Steps are cumulative and never edited once released:
// a change to the schema is a new step at the end.
struct Migration
{
    int version = 0;
    QString description;
    // "{{id}}" stands for the driver's auto-increment primary key, "{{new_uuid}}" for a UUID made when it runs.
    QStringList statements;
};

const QList<Migration>& tandemMigrations();
