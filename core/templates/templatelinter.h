#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

// Checks a template before it goes to WhatsApp's review, with the rules its reviewers reject for, so the owner
// learns them here in one sentence each instead of from a rejection a day later. It reads Meta's create-template
// JSON (name, language, category, parameter_format, components); Tandem builds Twilio's Content from the same
// description, so one set of rules serves both.
class TemplateLinter
{
public:
    struct Problem
    {
        bool error = true; // false: a warning (it may pass, or be re-categorised)
        QString where; // name, category, header, body, footer, buttons[1], …
        QString message;
    };

    static QList<Problem> lint(const QJsonObject& definition);
    static bool hasErrors(const QList<Problem>& problems);
};
