#pragma once

#include "util/result.h"

#include <QSet>
#include <QString>

// Whether a customer's whole message asks to stop (or to start again) the business's messages: STOP, UNSUBSCRIBE,
// PARAR, BAJA, … as resources/opt-out-keywords.json lists them. Case, accents and the punctuation and spaces
// around the words do not matter; a sentence that merely contains one ("stop the music") is not a keyword.
class OptOutKeywords
{
public:
    enum class Meaning
    {
        None,
        Stop,
        Start,
    };

    static Result<OptOutKeywords> fromJson(const QByteArray& json);
    // The list that ships with Tandem.
    static const OptOutKeywords& builtin();

    Meaning classify(const QString& message) const;
    // The form messages are compared in: upper case, accents dropped, punctuation and spacing reduced to single
    // spaces between the words.
    static QString normalized(const QString& text);

private:
    QSet<QString> m_stop;
    QSet<QString> m_start;
};
