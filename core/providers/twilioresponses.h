#pragma once

#include "messagingprovider.h"
#include "providerjob.h"

// What Twilio's answers mean, one function per request, so each can be tested and fuzzed without a network:
// every status and body, however malformed, gives a ProviderResult (an error when it cannot be read).
namespace TwilioResponses {
// GET /Accounts/{Sid}.json: the account's name and status; a suspended or closed account is an error.
ProviderResult account(const HttpResponse& response);
// POST /Messages.json: 201 with the message's SID and initial status.
ProviderResult created(const HttpResponse& response, const QString& recipient);
// GET /Messages/{Sid}.json: the status now, and a failure that came after acceptance (error_code).
ProviderResult message(const HttpResponse& response);
// One page of GET /Messages.json: the message this attempt created, if listed, and the next page's URI in
// details["next_page_uri"].
ProviderResult sentPage(const HttpResponse& response, const SentMessageQuery& query);
// One page of GET /Messages.json?To=<the sender>: the inbound messages received since sinceMs in
// details["messages"], details["older_reached"] when the page went back past it, and the next page's URI.
ProviderResult inboundPage(const HttpResponse& response, qint64 sinceMs);
// GET /v1/ContentAndApprovals: the contents with their approvals in details["templates"], the next page's URL in
// details["next"].
ProviderResult contentPage(const HttpResponse& response);
// POST /v1/Content: 201 with the new Content's SID (messageId).
ProviderResult contentCreated(const HttpResponse& response);
// POST /v1/Content/{sid}/ApprovalRequests/whatsapp: 201 with the approval's status.
ProviderResult approvalRequested(const HttpResponse& response);
} // namespace TwilioResponses
