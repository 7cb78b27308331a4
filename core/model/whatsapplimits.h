#pragma once

// WhatsApp's limits on what a message may carry, the same through Twilio and Meta (Meta's documentation of
// message templates and interactive messages; shared/reference/providers.md §2.2, §2.7). The linter, the composer's
// fields and Admission's check of reply buttons and lists read them here.
namespace WhatsAppLimits {
// Text of a template or an interactive message.
constexpr int kHeaderText = 60;
constexpr int kBody = 1024;
constexpr int kFooter = 60;
// Templates.
constexpr int kTemplateName = 512;
constexpr int kTemplateButtons = 10;
constexpr int kTemplateUrlButtons = 2;
constexpr int kTemplatePhoneButtons = 1;
constexpr int kTemplateButtonText = 25;
constexpr int kUrl = 2000;
// Reply buttons and lists (inside the 24-hour window).
constexpr int kReplyButtons = 3;
constexpr int kReplyButtonTitle = 20;
constexpr int kListRows = 10;
constexpr int kListRowTitle = 24;
constexpr int kListRowDescription = 72;
constexpr int kListButton = 20;
} // namespace WhatsAppLimits
