#pragma once

#include "sandboxreply.h"
#include "sandboxrequest.h"

class SandboxState;

// Meta's WhatsApp Cloud API as the sandbox plays it: Bearer auth, the phone-number fetch, the template list and
// the messages endpoint with the spec's structure and limits, answering with Graph API error bodies.
class MetaSandbox
{
public:
    explicit MetaSandbox(SandboxState& state);

    bool handles(const SandboxRequest& request) const;
    SandboxReply handle(const SandboxRequest& request);

    static SandboxReply error(int httpStatus,
        int code,
        const QString& message,
        const QString& details = {},
        const QString& type = QStringLiteral("OAuthException"));

private:
    SandboxReply fetchPhoneNumber(const QString& id) const;
    SandboxReply listTemplates(const SandboxRequest& request) const;
    SandboxReply sendMessage(const SandboxRequest& request);
    SandboxReply faultReply(int code) const;

    SandboxState& m_state;
};
