#pragma once

#include "model/outgoingmessage.h"
#include "providers/providerdescriptor.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

// One template of a sender's account, whichever provider holds it: a Meta message template (name and language)
// or a Twilio Content with its WhatsApp approval (its HX… SID). What the composer needs is read out of the
// provider's own description: the status and why, the category, the header, the body with its placeholders, the
// footer and the buttons.
struct MessageTemplate
{
    QString provider; // the provider kind of the account that holds it
    TemplateStyle style = TemplateStyle::NamedWithLanguage; // how the account names it (and the catalogue keys it)
    qint64 profileId = 0;
    QString providerId; // Meta's template id, or Twilio's Content SID
    QString name; // Meta: the name; Twilio: the approval's name, else the friendly name
    QString language;
    QString status; // lower case: approved, pending, rejected, paused, disabled, in_appeal, unsubmitted, …
    QString category; // lower case: marketing, utility, authentication
    QString rejectionReason;
    QString headerFormat; // "", text, image, document, video, location
    QString headerText;
    QString body;
    QString footer;
    QJsonArray buttons; // {"type": "quick_reply" | "url" | "phone_number" | …, "text", "url"}
    QString contentType; // Twilio: twilio/text, twilio/media, twilio/quick-reply, …
    qint64 syncedAtMs = 0;

    // What the catalogue keys it by: "name|language" for named templates (Meta), the SID for Content (Twilio).
    QString key() const;
    // The catalogue key of the template a message names ("name|language", or Twilio's Content SID).
    static QString keyOf(const OutgoingMessage& message);
    bool isApproved() const;
    // Submitted and waiting for WhatsApp's decision (pending, in appeal, just received).
    bool isUnderReview() const;
    // Why it cannot be sent, for people; empty when approved.
    QString unusableReason() const;
    // Its category and its status in a word or two of the owner's language ("Utility", "paused").
    QString categoryText() const;
    QString statusWord() const;
    // Its body placeholders in order: "1", "2", … or named ones ("first_name").
    QStringList bodyVariables() const;
    int headerVariables() const;
    // A URL button with a {{1}} at the end of its address takes a suffix per message.
    bool hasDynamicUrlButton() const;

    static MessageTemplate fromMeta(const QJsonObject& json, qint64 profileId);
    static MessageTemplate fromTwilio(const QJsonObject& json, qint64 profileId);
    QJsonObject toJson() const;
    static MessageTemplate fromJson(const QJsonObject& json);
};
