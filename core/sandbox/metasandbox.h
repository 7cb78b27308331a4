#pragma once

#include "sandboxreply.h"
#include "sandboxrequest.h"

class SandboxCallbacks;
class SandboxState;

// Meta's WhatsApp Cloud API as the sandbox plays it: Bearer auth, the phone-number fetch, the template list and
// the messages endpoint with the spec's structure and limits, answering with Graph API error bodies; and a number's
// webhook override (POST /{phone_number_id} with webhook_configuration), checked with Meta's handshake first.
class MetaSandbox
{
public:
    // callbacks: where accepted messages report their statuses, and who checks an override URL (may be null).
    MetaSandbox(SandboxState& state, SandboxCallbacks* callbacks);

    bool handles(const SandboxRequest& request) const;
    SandboxReply handle(const SandboxRequest& request);

    static SandboxReply error(int httpStatus,
        int code,
        const QString& message,
        const QString& details = {},
        const QString& type = QStringLiteral("OAuthException"));
    // The title Meta gives an error code, as in its error bodies and failed statuses.
    static QString titleFor(int code);
    // A send checked, rate-limited, faulted and recorded as the Cloud API does it, for the number with this ID, by
    // Meta itself or a provider that hosts the Cloud API (`provider`: the kind the stored message is reported as).
    SandboxReply sendMessage(const SandboxRequest& request, const QString& phoneNumberId, const QString& provider);

private:
    SandboxReply fetchPhoneNumber(const QString& id, const SandboxRequest& request) const;
    SandboxReply configureWebhook(const QString& phoneNumberId, const SandboxRequest& request);
    // POST /{PHONE_NUMBER_ID}/register: {"messaging_product": "whatsapp", "pin": 6 digits}.
    SandboxReply registerNumber(const QString& phoneNumberId, const SandboxRequest& request);
    SandboxReply faultReply(int code) const;

    SandboxState& m_state;
    SandboxCallbacks* m_callbacks;
};
