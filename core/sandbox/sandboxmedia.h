#pragma once

#include "sandboxreply.h"
#include "sandboxrequest.h"

class SandboxState;

// Media uploads as the Cloud API takes them (POST /{PHONE_NUMBER_ID}/media at Meta, POST /media at 360dialog,
// which passes Meta's answers through): a multipart form with messaging_product=whatsapp and the file, of a type
// and size WhatsApp takes; answered with {"id"}. And what a send by such an id leads to.
namespace SandboxMedia {
SandboxReply upload(SandboxState& state, const SandboxRequest& request, const QString& phoneNumberId);
// The error a media message sent by `id` as `type` ("image", "document", …) fails with after it was accepted, as
// Meta reports a media problem in the status webhook (131053); 0 when the id is this number's and of that type.
int sendProblem(const SandboxState& state, const QString& phoneNumberId, const QString& type, const QString& id);
} // namespace SandboxMedia
