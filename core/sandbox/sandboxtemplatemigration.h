#pragma once

#include "sandboxreply.h"
#include "sandboxrequest.h"

class SandboxState;

// Meta's template migration between two WhatsApp Business Accounts of one business, as the sandbox plays it:
// POST /{DESTINATION_WABA_ID}/migrate_message_templates {source_waba_id, page_number, count, template_ids}. Each
// APPROVED template of the source (those named, else a page of `count`, at most 500) is recreated in the destination
// with the status it had; one the destination already has by name and language, or one not approved, is listed as
// failed with the reason. Answers {"migrated_templates": [source ids], "failed_templates": {source id: reason}}.
// Source: developers.facebook.com/documentation/business-messaging/whatsapp/templates/template-migration.
namespace SandboxTemplateMigration {
SandboxReply migrate(SandboxState& state, const SandboxRequest& request, const QString& destinationWabaId);
} // namespace SandboxTemplateMigration
