#pragma once

#include "model/outgoingmessage.h"

class Database;
struct ProviderDescriptor;

// A broadcast's message as another sender would send it. Free text and media go as they are; a template becomes
// the new sender's template that is "the same message" (linked under Templates), or the one with the same name
// and language when both providers name templates that way (Meta and 360dialog share Meta's templates).
struct MappedMessage
{
    OutgoingMessage message;
    QString fromKey; // the template at the old sender; empty for free text
    QString toKey; // the template at the new sender
    QString problem; // why it cannot be sent through the new sender; empty when it can

    static MappedMessage of(
        Database& database, const ProviderDescriptor& to, qint64 fromId, qint64 toId, const OutgoingMessage& message);
};
