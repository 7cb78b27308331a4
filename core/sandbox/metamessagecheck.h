#pragma once

#include "sandboxaccounts.h"
#include "sandboxreply.h"

#include <QJsonObject>

#include <optional>

// The checks the Cloud API applies to a message body (structure, required fields, the spec's length limits,
// templates against the catalogue). Returns the error answer for the first problem, or nothing when it is valid.
std::optional<SandboxReply> checkMetaMessage(const QJsonObject& body, const QList<SandboxTemplate>& templates);
// "+1 (650) 555-1234" -> "+16505551234"; empty when it cannot be a phone number.
QString metaRecipient(const QString& to);
