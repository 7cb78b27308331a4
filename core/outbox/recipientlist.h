#pragma once

#include "outboxrow.h"
#include "util/result.h"

#include <QList>
#include <QMap>

// Turns a CSV of recipients (a "phone" column and any others) into outbox recipients. Each variable of the
// message is a template such as "{first_name}" or "Dear {first_name}": columns in braces are filled from the row.
// A row with a number that cannot be read or an empty variable is reported with its line number and skipped;
// the good rows are kept.
class RecipientList
{
public:
    struct Rejected
    {
        int line = 0;
        QString reason;
    };

    QList<Recipient> recipients;
    QList<Rejected> rejected;

    static Result<RecipientList> fromCsv(
        const QByteArray& csv, const QMap<QString, QString>& variableTemplates, const QString& defaultRegion);
};
