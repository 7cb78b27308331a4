#pragma once

#include "sandboxreply.h"
#include "sandboxrequest.h"

class SandboxCallbacks;
class SandboxState;

// Twilio's 2010-04-01 REST API as the sandbox plays it: Basic auth, the Account fetch, Messages create, fetch
// and list, with Twilio's checks and error bodies ({"code","message","more_info","status"}).
class TwilioSandbox
{
public:
    // callbacks: where accepted messages report their statuses (may be null: no callbacks).
    TwilioSandbox(SandboxState& state, SandboxCallbacks* callbacks);

    bool handles(const SandboxRequest& request) const;
    SandboxReply handle(const SandboxRequest& request);

    static SandboxReply error(int httpStatus, int code, const QString& message);
    // The message Twilio gives an error code, as in its error bodies and a failed message's error_message.
    static QString messageFor(int code);

private:
    SandboxReply fetchAccount(const QString& accountSid) const;
    SandboxReply createMessage(const QString& accountSid, const SandboxRequest& request);
    SandboxReply fetchMessage(const QString& accountSid, const QString& messageSid) const;
    SandboxReply listMessages(const QString& accountSid, const SandboxRequest& request) const;
    QJsonObject messageResource(const QString& accountSid, const QString& sid) const;
    bool authenticated(const QString& accountSid, const SandboxRequest& request) const;

    SandboxState& m_state;
    SandboxCallbacks* m_callbacks;
};
