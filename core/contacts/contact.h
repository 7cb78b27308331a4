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
    QString optedOutSource; // how: "replied STOP", "Twilio 21610", "marked by the owner", "imported"
    bool marketingOptedOut = false; // stopped marketing messages only (Meta 131050, user_preferences)
    QDateTime marketingOptedOutAt;
    QDateTime lastInboundAt; // their last message: it opens WhatsApp's 24-hour window
    QString userId; // Meta's business-scoped user ID, when known (the number may be missing since 2026)
    bool ownNumber = false; // the owner's own phone (a test message went there): not a customer (OwnNumbers)

    // Whether a free-form message reaches them at `now` (within 24 hours of their last message).
    bool windowOpen(const QDateTime& now) const;
    // When the window closes (invalid when it never opened).
    QDateTime windowClosesAt() const;

    // Merges another record for the same number: its non-empty values win, tags are united.
    void mergeFrom(const Contact& other);
};
