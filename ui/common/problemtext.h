#pragma once

#include <QCoreApplication>

// A row's problem in a few plain words, from the error class Tandem stored (a failure's kind, or "skipped" with the
// owner's rule as its code): what Activity and its row history show instead of internal names.
class ProblemText
{
    Q_DECLARE_TR_FUNCTIONS(ProblemText)
public:
    // "Not a WhatsApp number (131026)"; the provider's code in brackets when there is one. Empty for no problem.
    static QString of(const QString& errorClass, const QString& code);
    // The words alone.
    static QString kind(const QString& errorClass, const QString& code);
};
