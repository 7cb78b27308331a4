#pragma once

#include "sandboxreply.h"
#include "sandboxrequest.h"

class MetaSandbox;
class SandboxState;
class SandboxTemplates;

// 360dialog's hosting of the Cloud API as the sandbox plays it (https://docs.360dialog.com/docs/messaging-api):
// the D360-API-KEY header, POST /messages (and /v1/messages, as 360dialog's test sandbox takes them) with Meta's
// bodies, checks and errors passed through; GET and POST /v1/configs/webhook {url, headers}, which refuses a port
// or an underscore in the host (except on this computer); GET and POST /v1/configs/templates (offset pages,
// "waba_templates"). 360dialog's own refusals have its shape: {"meta": {"success": false, "http_code",
// "developer_message"}}. Webhooks go unsigned, with the headers set, in Meta's envelope (SandboxCallbacks).
class Dialog360Sandbox
{
public:
    Dialog360Sandbox(SandboxState& state, MetaSandbox& meta, SandboxTemplates& templates);

    bool handles(const SandboxRequest& request) const;
    SandboxReply handle(const SandboxRequest& request);

    static SandboxReply error(int httpStatus, const QString& developerMessage);

private:
    SandboxReply webhook(const SandboxRequest& request);
    SandboxReply listTemplates(const SandboxRequest& request) const;

    SandboxState& m_state;
    MetaSandbox& m_meta;
    SandboxTemplates& m_templates;
};
