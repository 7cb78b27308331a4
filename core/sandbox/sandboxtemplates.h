#pragma once

#include "sandboxreply.h"
#include "sandboxrequest.h"

#include <QJsonObject>

struct SandboxTemplate;

class SandboxCallbacks;
class SandboxState;

// The template management both providers offer, as the sandbox plays it: Meta's GET and POST
// /{version}/{WABA_ID}/message_templates (cursor pages), Twilio's GET /v1/ContentAndApprovals (numbered pages),
// POST /v1/Content and POST /v1/Content/{sid}/ApprovalRequests/whatsapp. A new template waits for review and is
// then approved, or rejected with a reason when it breaks a rule WhatsApp enforces (a malformed name, placeholders
// out of order, next to each other or at an end, a variable without an example); Meta reports the decision to the
// app's callback URL (message_template_status_update). The business has two Meta accounts; POST
// /{DEST_WABA_ID}/migrate_message_templates copies one's approved templates to the other (SandboxTemplateMigration).
class SandboxTemplates
{
public:
    SandboxTemplates(SandboxState& state, SandboxCallbacks* callbacks);

    bool handles(const SandboxRequest& request) const;
    SandboxReply handle(const SandboxRequest& request);
    // Meta's create-template request, checked and queued for review, whichever host it came through (`provider`:
    // Meta's own, or 360dialog's, which passes Meta's checks and errors on, and hears of the decision itself).
    // `store`: the account's template list (SandboxAccounts::metaTemplateStore).
    SandboxReply createMeta(const SandboxRequest& request,
        const QString& provider = QStringLiteral("meta_cloud"),
        const QString& store = QStringLiteral("meta_cloud"));
    // A template as Meta's template list describes it.
    static QJsonObject metaJson(const SandboxTemplate& t);

private:
    SandboxReply listMeta(const SandboxRequest& request, const QString& store) const;
    SandboxReply listTwilio(const SandboxRequest& request) const;
    SandboxReply createTwilio(const SandboxRequest& request);
    SandboxReply approveTwilio(const QString& sid, const SandboxRequest& request);

    SandboxState& m_state;
    SandboxCallbacks* m_callbacks;
};
