#pragma once

#include "util/result.h"

#include <QStringList>

class Database;

// The owner's own WhatsApp numbers: where the owner sent a test message. When the owner writes back from one of
// them it is kept as a contact called "You" (so the reply shows under Replies), but it is not a customer:
// "Every contact" leaves it out, and the owner can still pick it by hand or by tag.
class OwnNumbers
{
public:
    explicit OwnNumbers(Database& database);

    // `number` as a provider names a recipient ("+447911123456" or Twilio's "whatsapp:+447911123456").
    Status remember(const QString& number);
    Result<QStringList> all() const;

    // E.164 for a number a provider named, or empty when it is not one.
    static QString normalized(const QString& number);

private:
    Database& m_database;
};
