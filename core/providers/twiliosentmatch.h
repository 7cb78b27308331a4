#pragma once

#include "messagingprovider.h"

#include <QDateTime>
#include <QJsonArray>

// Picks, from a page of Twilio's Messages list (already filtered by To, From and DateSent), the message that one send
// attempt created: outbound, created from just before the attempt to a little after it, with the same text (the
// caption for media; for a Content template, whose text Twilio fills in, the time alone), and not a message Tandem
// recorded already. Returns its SID, or an empty string.
QString matchTwilioSentMessage(const QJsonArray& messages, const SentMessageQuery& query);

// Twilio's dates ("Wed, 18 Aug 2021 20:01:21 +0000"), always in UTC; invalid when unreadable.
QDateTime twilioDateTime(const QString& rfc2822);
