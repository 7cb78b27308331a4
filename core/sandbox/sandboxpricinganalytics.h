#pragma once

#include "sandboxreply.h"
#include "sandboxrequest.h"

class SandboxState;

// Meta's GET /{WABA_ID}/pricing_analytics as the sandbox plays it: the parameters checked as the Graph API reference
// lists them (start and end in UTC seconds, granularity, metric_types and dimensions as JSON arrays or lists,
// phone_numbers), and data points worked out from the messages the practice copy took for its Meta number: each one
// not failed counts as delivered, priced at Tandem's built-in rate card for its market and category, by UTC day or
// month, a page of 100 points at a time with Graph's cursors.
class SandboxPricingAnalytics
{
public:
    static constexpr int kPageSize = 100;

    static SandboxReply answer(const SandboxState& state, const QString& wabaId, const SandboxRequest& request);
};
