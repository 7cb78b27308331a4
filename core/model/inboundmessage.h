#pragma once

#include <QJsonObject>
#include <QString>

// A message a customer sent the business, as a webhook (or Twilio's message list) reports it. The customer is known
// by number, by business-scoped user ID (since 2026 Meta may leave the number out), or both.
struct InboundMessage
{
    QString provider; // "twilio" or "meta_cloud"
    qint64 profileId = 0;
    QString messageId; // SM… or wamid.…
    QString from; // E.164, when given
    QString userId; // business-scoped user ID (BR.1502576394655843), when given
    QString parentUserId; // the parent BSUID shared across a company's portfolios (US.ENT.…), when given
    QString profileName; // the name the customer shows on WhatsApp
    QString username;
    QString type = QStringLiteral("text"); // text, image, audio, video, document, sticker, location, button, …
    QString text; // the text, a caption, or the label of the button they pressed
    QString mediaUrl; // Twilio: a link; Meta: empty (the media has an id)
    QString mediaId; // Meta
    QString mediaType; // image/jpeg, …
    QString replyTo; // the message id they answered, when they used "reply"
    qint64 receivedAtMs = 0;
    QJsonObject raw; // the provider's fields, for the details view (never a secret: callbacks carry none)
};
