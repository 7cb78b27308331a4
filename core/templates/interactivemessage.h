#pragma once

#include "model/outgoingmessage.h"
#include "model/whatsapplimits.h"

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

// Reply buttons and lists, for customers who wrote in the last 24 hours. The owner writes the choices one per line
// ("Title" for a button, "Title | description" for a list row); Meta sends them as an interactive message, Twilio
// as a quick-reply or list-picker Content created for the broadcast. The limits are WhatsApp's, the same through
// both providers.
namespace InteractiveMessage {
constexpr int kMostButtons = WhatsAppLimits::kReplyButtons;
constexpr int kMostRows = WhatsAppLimits::kListRows;
constexpr int kButtonTitleLength = WhatsAppLimits::kReplyButtonTitle;
constexpr int kRowTitleLength = WhatsAppLimits::kListRowTitle;
constexpr int kRowDescriptionLength = WhatsAppLimits::kListRowDescription;
constexpr int kListButtonLength = WhatsAppLimits::kListButton;
constexpr int kBodyLength = WhatsAppLimits::kBody;
constexpr int kHeaderLength = WhatsAppLimits::kHeaderText;
constexpr int kFooterLength = WhatsAppLimits::kFooter;

// Fills `message` (kind InteractiveButtons or InteractiveList) with the choices written one per line; blank lines
// are skipped. Ids are "choice_1", "choice_2", … in order: the customer's answer names the id.
void setChoices(OutgoingMessage& message, const QString& lines);
// What breaks WhatsApp's rules, one sentence each; empty when it can be sent.
QStringList problems(const OutgoingMessage& message);

// The Twilio Content that carries `message` (its type, body, and the variables as Twilio numbers them: each named
// placeholder of the body becomes {{1}}, {{2}}, … in order of `placeholders`).
QJsonObject twilioContent(const OutgoingMessage& message, const QStringList& placeholders);
// A recipient's values keyed as twilioContent() numbers them.
QMap<QString, QString> numbered(const QMap<QString, QString>& values, const QStringList& placeholders);
} // namespace InteractiveMessage
