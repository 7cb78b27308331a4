#include "problemtext.h"

#include "admission/leftout.h"
#include "model/providererror.h"

using namespace Qt::StringLiterals;

QString ProblemText::kind(const QString& errorClass, const QString& code)
{
    if (errorClass == u"skipped"_s) {
        // A skipped row's code is the owner's rule that left it out.
        return tr("Left out: %1").arg(LeftOut::label(LeftOut::fromName(code).value_or(LeftOut::Reason::InvalidNumber)));
    }
    if (errorClass == u"accepted"_s)
        return tr("Taken by the provider");
    switch (errorClassFromName(errorClass)) {
    case ErrorClass::None:
        return QString();
    case ErrorClass::Transient:
        return tr("Provider or network trouble");
    case ErrorClass::RateLimited:
        return tr("Sent too fast, slowed down");
    case ErrorClass::Authentication:
        return tr("The sender's key was refused");
    case ErrorClass::InvalidRecipient:
        return tr("Not a WhatsApp number");
    case ErrorClass::OutsideWindow:
        return tr("24-hour window closed");
    case ErrorClass::TemplateProblem:
        return tr("Problem with the template");
    case ErrorClass::OptedOut:
        return tr("The customer opted out");
    case ErrorClass::PolicyBlocked:
        return tr("Blocked by WhatsApp's rules");
    case ErrorClass::InvalidRequest:
        return tr("The provider refused the message");
    case ErrorClass::Unknown:
        return tr("Failed for an unknown reason");
    case ErrorClass::Ambiguous:
        return tr("No answer from the provider");
    }
    return tr("Failed for an unknown reason");
}

QString ProblemText::of(const QString& errorClass, const QString& code)
{
    if (errorClass.isEmpty() || errorClass == u"none"_s)
        return QString();
    const QString words = kind(errorClass, code);
    if (errorClass == u"skipped"_s || code.isEmpty())
        return words;
    return tr("%1 (%2)").arg(words, code);
}
