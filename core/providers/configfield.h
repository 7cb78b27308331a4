#pragma once

#include <QString>
#include <QStringList>

// One setting a provider needs, as the wizard's generated form and the CLI's --set see it.
struct ConfigField
{
    enum class Kind
    {
        Text,
        Secret,
        Phone,
        Choice,
        Url
    };

    QString key;
    QString label;
    QString help;
    Kind kind = Kind::Text;
    bool required = false;
    QString pattern; // a regular expression the whole value must match; empty: anything
    QString placeholder;
    bool advanced = false;
    QString defaultValue;
    QStringList choices; // for Kind::Choice
    QString patternHint; // what the pattern means, for the error message
    // A URL that Tandem sends the tokens to (an API address): https only, except to this computer's own sandbox.
    bool tokensTravel = false;
    // A secret Tandem makes itself (a random key) when the sender is created without one, such as the key a
    // provider's unsigned webhooks must carry.
    bool generated = false;

    bool isSecret() const
    {
        return kind == Kind::Secret;
    }
    // The value as it is stored: trimmed; a phone number without spaces, dashes or the "whatsapp:" prefix that
    // Twilio's Console shows.
    QString normalized(const QString& value) const;
    // An empty string when the value is acceptable, otherwise a sentence saying what is wrong.
    QString validate(const QString& value) const;
};
