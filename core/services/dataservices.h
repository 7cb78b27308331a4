#pragma once

#include "analytics/broadcastreport.h"
#include "analytics/periodreport.h"
#include "analytics/reportedcosts.h"
#include "contacts/contactrepository.h"
#include "contacts/ownnumbers.h"
#include "inbox/inbox.h"
#include "migration/migrationplan.h"
#include "migration/sendermove.h"
#include "outbox/budgets.h"
#include "outbox/outbox.h"
#include "outbox/statusledger.h"
#include "pricing/ratecardstore.h"
#include "pricing/volumetiers.h"
#include "profiles/profilerepository.h"
#include "templates/templatecatalogue.h"

class Database;
class ProviderRegistry;

// The core services over one connection to Tandem's data: what a screen's background read is handed instead of
// the database itself, so the queries stay in core and the screens only say what they want to see.
struct DataServices
{
    DataServices(Database& database, const ProviderRegistry& registry);

    Outbox outbox;
    ProfileRepository profiles;
    ContactRepository contacts;
    OwnNumbers ownNumbers;
    Inbox inbox;
    TemplateCatalogue templates;
    StatusLedger reports;
    MigrationPlanner migrationPlans;
    SenderMove senderMoves;
    RateCardStore rateCards;
    Budgets budgets;
    BroadcastReports broadcastReports;
    PeriodReports periodReports;
    ReportedCosts reportedCosts;
    VolumeTiers volumeTiers;
};
