#pragma once

#include <QMap>
#include <QString>

// A recipient of a broadcast: the number (E.164) and the values of the message's variables for them.
struct Recipient
{
    QString phone;
    QMap<QString, QString> variables;
};
