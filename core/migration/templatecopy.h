#pragma once

#include "templates/messagetemplate.h"

#include <QJsonObject>
#include <QStringList>

// Another account's copy of a template, for a move whose new sender lacks it: Meta's create-template JSON (Twilio
// takes it as Content through twilioContentFrom) with the template's name made valid for WhatsApp, its language and
// category, its text header, body and footer, and an example for every placeholder (WhatsApp asks for them). Media
// headers and buttons are not copied (their examples belong to the old account): `leftOut` names them.
struct TemplateCopy
{
    QJsonObject definition;
    QStringList leftOut;

    static TemplateCopy of(const MessageTemplate& original);
};
