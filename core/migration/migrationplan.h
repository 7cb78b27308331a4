#pragma once

#include "model/profile.h"
#include "movedryrun.h"
#include "util/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QStringList>

class Database;
class ProviderRegistry;

// What moving a WhatsApp number from one sender to another (on another provider) involves, shown before anything
// changes: what WhatsApp carries over by itself, what the owner must do at the providers (no API does it), what
// Tandem will change, and a dry run of the pending broadcasts on the new sender: which template each needs and
// whether the new sender has it (the same name and language, or a template linked as "the same message").
struct MigrationPlan
{
    struct OwnerStep
    {
        QString title;
        QString explanation;
        QString link;
    };
    // A broadcast with messages still to send (queued, scheduled or paused).
    struct PendingBroadcast
    {
        qint64 id = 0;
        QString title;
        QString state; // running, scheduled, paused
        int waiting = 0; // rows not sent yet: they move
        int unconfirmed = 0; // sent, answer lost: they stay with the old sender for the owner to decide
        QString templateKey; // at the old sender; empty: free text, no template needed
        QString newTemplateKey; // the same message at the new sender; empty when it has none
        QString problem; // why it cannot move yet, in plain words; empty: it can
        MoveDryRun dryRun; // the waiting rows through the new sender if they went now
    };

    Profile from;
    Profile to;
    QStringList carriedOver;
    QStringList leftBehind;
    QList<OwnerStep> ownerSteps;
    QStringList tandemChanges;
    QList<PendingBroadcast> broadcasts;

    // Every pending broadcast can go through the new sender.
    bool ready() const;
    // The dry run of one broadcast in a sentence: who would get it, who not and why, the cost here and there, the
    // time at the new sender's pace.
    static QString describe(const MoveDryRun& run, const QString& fromProvider, const QString& toProvider);
    QJsonObject toJson() const;
};

class MigrationPlanner
{
public:
    MigrationPlanner(Database& database, const ProviderRegistry& registry);

    // Moving `fromId`'s number and pending broadcasts to `toId`, a sender of another provider already set up.
    Result<MigrationPlan> plan(qint64 fromId, qint64 toId) const;
    // The same, judging the waiting rows as of `now` (tests).
    Result<MigrationPlan> plan(qint64 fromId, qint64 toId, const QDateTime& now) const;

private:
    Database& m_database;
    const ProviderRegistry& m_registry;
};
