#pragma once

#include "model/outboxstate.h"
#include "model/outgoingmessage.h"
#include "model/recipient.h"

#include <QDateTime>
#include <QHash>
#include <QMap>
#include <QString>

#include <optional>

// One message to one recipient in the outbox.
struct OutboxRow
{
    qint64 id = 0;
    qint64 broadcastId = 0;
    qint64 profileId = 0;
    QString recipient; // E.164
    QMap<QString, QString> variables; // resolved for this recipient
    OutboxState state = OutboxState::Queued;
    int attempts = 0; // in this round: the retry policy's count
    int earlierAttempts = 0; // before the owner retried it
    qint64 nextAttemptAtMs = 0;
    qint64 claimedAtMs = 0;
    QString providerMessageId;
    QString errorClass;
    QString errorCode;
    QString errorExplanation;
    QString unconfirmedReason; // why the outcome is unknown (no answer came, the sending program stopped, …)
    int resends = 0; // times Tandem sent it again by itself after checking it had not arrived
    int throttles = 0; // rate-limit answers in a row; they do not count as attempts
    QString leaseOwner; // the worker that claimed it last
    qint64 updatedAtMs = 0;
    // When the provider reported it sent, delivered and read (0: not yet, or not reported).
    qint64 sentAtMs = 0;
    qint64 deliveredAtMs = 0;
    qint64 readAtMs = 0;
    int polls = 0; // times Tandem asked the provider for its status
    // Its estimated price when it was queued (Meta's rate card plus the provider's fee); none when unknown.
    std::optional<double> costEstimateUsd;
};

// A broadcast: one message to many recipients through one sender.
struct Broadcast
{
    enum class State
    {
        Preparing, // its rows are still being written; nothing is sent yet
        Scheduled, // waits for scheduledAt; the dispatcher starts it then
        Running,
        Paused,
        Cancelled,
        Finished
    };
    qint64 id = 0;
    qint64 profileId = 0;
    OutgoingMessage message; // without recipient; variables hold the column mapping for display
    State state = State::Running;
    QString pauseReason;
    QDateTime createdAt;
    QString title;
    QDateTime scheduledAt; // invalid: sent at once
    // For Admission's last look before each row goes out.
    QString category; // of a template: marketing, utility, authentication; empty: not known (taken as marketing)
    bool ignoreWindow = false; // the owner said the customers wrote outside Tandem (free text only)
    bool confirmsOptOut = false; // the reply confirming a STOP: the one message that may follow it

    static QString stateName(State s);
    static State stateFromName(const QString& name);
};

// A broadcast with how many of its rows stand in each state, for the activity list.
struct BroadcastSummary
{
    Broadcast broadcast;
    QHash<OutboxState, int> counts;
    int total = 0;
};
