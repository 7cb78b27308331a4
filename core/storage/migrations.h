#pragma once

#include <QList>
#include <QStringList>

// One step of the schema's history. Steps are cumulative and never edited once released:
// a change to the schema is a new step at the end.
struct Migration
{
    int version = 0;
    QString description;
    QStringList statements; // "{{id}}" stands for the driver's auto-increment primary key
};

const QList<Migration>& tandemMigrations();
