#pragma once

#include <QString>

// What Meta prices and WhatsApp's rules tell apart: a template's category, or a service message (free text inside
// the customer's 24-hour window).
enum class MessageCategory
{
    Marketing,
    Utility,
    Authentication,
    Service
};

// "marketing", "utility", "authentication", "service" (Meta's words, lower case).
QString messageCategoryName(MessageCategory category);
// Any case; an unknown or empty name is marketing, the category with the strictest rules.
MessageCategory messageCategoryFromName(const QString& name);
