#pragma once

#include <optional>
#include <QList>
#include <QString>

// Why a recipient is left out of a message, in the same words everywhere: the window's pre-flight check, Activity's
// "skipped" rows, and tandem-cli's JSON (the name) and text (the explanation).
struct LeftOut
{
    enum class Reason
    {
        OptedOut, // they asked not to get messages (STOP, or the provider said so)
        MarketingOptedOut, // they stopped marketing messages, and this is a marketing template
        OutsideWindow, // free text, media or buttons, and they have not written in the last 24 hours
        MissingValue, // a variable of the message has no value for them
        InvalidNumber, // not a number WhatsApp can reach
    };

    QString recipient; // E.164 (or the business-scoped ID a contact is known by)
    Reason reason = Reason::OptedOut;

    // "opted_out", "marketing_opted_out", "outside_window", "missing_value", "invalid_number": for scripts.
    static QString name(Reason reason);
    static std::optional<Reason> fromName(const QString& name);
    // A few words for people, translated: "opted out", "24-hour window closed".
    static QString label(Reason reason);
    // A sentence for people, translated.
    static QString explanation(Reason reason);
    static QList<Reason> all();
};
