#pragma once

#include "admission/leftout.h"
#include "outboxrow.h"
#include "util/result.h"

#include <QList>

class Database;
class RowMessages;

// Admission's last look at rows the dispatcher claimed, just before they go out: a customer who opted out since the
// broadcast was queued (a STOP while it runs, or days before a scheduled one starts), or whose 24-hour window closed
// while free text waited, is left out with the reason. One read of the contacts per claimed batch.
class SendCheck
{
public:
    struct Skip
    {
        OutboxRow row;
        LeftOut::Reason reason = LeftOut::Reason::OptedOut;
    };

    SendCheck(Database& database, RowMessages& broadcasts);

    // Takes the rows that must not go out from `rows` and returns them with why.
    Result<QList<Skip>> take(QList<OutboxRow>& rows, qint64 nowMs);

private:
    Database& m_database;
    RowMessages& m_broadcasts;
};
