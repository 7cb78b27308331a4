#pragma once

#include <QDateTime>
#include <QMap>
#include <QString>
#include <QStringList>

// A customer the business may message. Custom fields can fill template variables.
struct Contact
{
    qint64 id = 0;
    QString phone; // E.164, unique
    QString name;
    QStringList tags;
    QMap<QString, QString> fields;
    QString optInSource;
    QDateTime optedInAt;
    bool optedOut = false;
    QDateTime optedOutAt;
    QDateTime lastInboundAt; // opens WhatsApp's 24-hour window; filled by the webhook receiver

    // Merges another record for the same number: its non-empty values win, tags are united.
    void mergeFrom(const Contact& other);
};
