#pragma once

#include <QString>

// Text that came from outside (a provider's error, a verified name, a contact's CSV values) shown as it is: Qt shows
// a tool tip as rich text when it looks like markup, so "<img src=…>" from a provider would be rendered. This wraps
// the escaped text so it is shown literally, line breaks kept.
QString plainToolTip(const QString& text);
