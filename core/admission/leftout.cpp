#include "leftout.h"

#include <QCoreApplication>

#include <optional>

using namespace Qt::StringLiterals;

QString LeftOut::name(Reason reason)
{
    switch (reason) {
    case Reason::OptedOut:
        return u"opted_out"_s;
    case Reason::MarketingOptedOut:
        return u"marketing_opted_out"_s;
    case Reason::OutsideWindow:
        return u"outside_window"_s;
    case Reason::MissingValue:
        return u"missing_value"_s;
    case Reason::InvalidNumber:
        return u"invalid_number"_s;
    }
    return QString();
}

std::optional<LeftOut::Reason> LeftOut::fromName(const QString& name)
{
    for (Reason r : all()) {
        if (LeftOut::name(r) == name)
            return r;
    }
    return std::nullopt;
}

QString LeftOut::label(Reason reason)
{
    switch (reason) {
    case Reason::OptedOut:
        return QCoreApplication::translate("LeftOut", "opted out");
    case Reason::MarketingOptedOut:
        return QCoreApplication::translate("LeftOut", "stopped marketing");
    case Reason::OutsideWindow:
        return QCoreApplication::translate("LeftOut", "24-hour window closed");
    case Reason::MissingValue:
        return QCoreApplication::translate("LeftOut", "a value is missing");
    case Reason::InvalidNumber:
        return QCoreApplication::translate("LeftOut", "not a valid number");
    }
    return QString();
}

QString LeftOut::explanation(Reason reason)
{
    switch (reason) {
    case Reason::OptedOut:
        return QCoreApplication::translate("LeftOut",
            "They opted out (they wrote STOP, or the provider said they did): Tandem never sends them anything "
            "until you subscribe them again under Contacts.");
    case Reason::MarketingOptedOut:
        return QCoreApplication::translate("LeftOut",
            "They stopped marketing messages: only utility, authentication and service messages reach them.");
    case Reason::OutsideWindow:
        return QCoreApplication::translate("LeftOut",
            "They have not written in the last 24 hours, so WhatsApp only lets you send them an approved template.");
    case Reason::MissingValue:
        return QCoreApplication::translate(
            "LeftOut", "A value the message needs (a variable, or the header's link) is empty for them.");
    case Reason::InvalidNumber:
        return QCoreApplication::translate("LeftOut", "Their number is not one WhatsApp can reach.");
    }
    return QString();
}

QList<LeftOut::Reason> LeftOut::all()
{
    return {Reason::OptedOut, Reason::MarketingOptedOut, Reason::OutsideWindow, Reason::MissingValue,
        Reason::InvalidNumber};
}
