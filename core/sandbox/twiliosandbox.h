#pragma once

#include "sandboxreply.h"
#include "sandboxrequest.h"

class SandboxState;

// Twilio's 2010-04-01 REST API as the sandbox plays it: Basic auth, the Account fetch, Messages create, fetch
// and list, with Twilio's checks and error bodies ({"code","message","more_info","status"}).
class TwilioSandbox
{
public:
    explicit TwilioSandbox(SandboxState& state);

    bool handles(const SandboxRequest& request) const;
    SandboxReply handle(const SandboxRequest& request);

    static SandboxReply error(int httpStatus, int code, const QString& message);

private:
    SandboxReply fetchAccount(const QString& accountSid) const;
    SandboxReply createMessage(const QString& accountSid, const SandboxRequest& request);
    SandboxReply fetchMessage(const QString& accountSid, const QString& messageSid) const;
    SandboxReply listMessages(const QString& accountSid, const SandboxRequest& request) const;
    QJsonObject messageResource(const QString& accountSid, const QString& sid) const;
    bool authenticated(const QString& accountSid, const SandboxRequest& request) const;

    SandboxState& m_state;
};
