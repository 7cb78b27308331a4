#pragma once

#include <QJsonObject>

// A template described the Meta way (name, language, category, components), as Twilio's Content API takes it:
// {friendly_name, language, variables {"1": example}, types {"twilio/text" | "twilio/media" | "twilio/quick-reply"
// | "twilio/call-to-action": …}} plus "approval": {name, category} for the WhatsApp approval request. So the owner
// writes a template once, and either provider can submit it.
QJsonObject twilioContentFrom(const QJsonObject& definition);
