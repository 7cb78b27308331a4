#include "sandboxaccounts.h"

using namespace Qt::StringLiterals;

const QList<SandboxTemplate>& sandboxMetaTemplates()
{
    static const QList<SandboxTemplate> templates = {
        {u"hello_world"_s, u"en_US"_s, u"UTILITY"_s, u"APPROVED"_s, {}, 0, 0,
            u"Welcome and congratulations!! This message demonstrates your ability to send a WhatsApp message."_s},
        {u"order_update"_s, u"en"_s, u"UTILITY"_s, u"APPROVED"_s, {}, 0, 2,
            u"Hi {{1}}, your order {{2}} is on its way."_s},
        {u"appointment_reminder"_s, u"en"_s, u"UTILITY"_s, u"APPROVED"_s, u"IMAGE"_s, 0, 3,
            u"Hi {{1}}, this is a reminder of your appointment on {{2}} at {{3}}."_s},
        {u"seasonal_promotion"_s, u"en"_s, u"MARKETING"_s, u"APPROVED"_s, u"TEXT"_s, 1, 3,
            u"Shop now through {{1}} and use code {{2}} to get {{3}} off of all merchandise."_s},
        {u"old_promotion"_s, u"en"_s, u"MARKETING"_s, u"PAUSED"_s, {}, 0, 0, u"Last chance!"_s},
    };
    return templates;
}

const QList<SandboxTemplate>& sandboxTwilioContents()
{
    static const QList<SandboxTemplate> contents = {
        {u"HX0123456789abcdef0123456789abcd01"_s, u"en"_s, u"UTILITY"_s, u"approved"_s, {}, 0, 0,
            u"Hello from Tandem's sandbox!"_s},
        {u"HX0123456789abcdef0123456789abcd02"_s, u"en"_s, u"UTILITY"_s, u"approved"_s, {}, 0, 2,
            u"Hi {{1}}, your order {{2}} is on its way."_s},
        {u"HX0123456789abcdef0123456789abcd03"_s, u"en"_s, u"UTILITY"_s, u"approved"_s, {}, 0, 3,
            u"Hi {{1}}, this is a reminder of your appointment on {{2}} at {{3}}."_s},
    };
    return contents;
}
