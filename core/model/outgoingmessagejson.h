#pragma once

#include "outgoingmessage.h"

#include <QJsonObject>

// A broadcast keeps its message (everything but the recipient and per-recipient variables) as JSON.
QJsonObject outgoingMessageToJson(const OutgoingMessage& message);
OutgoingMessage outgoingMessageFromJson(const QJsonObject& json);
