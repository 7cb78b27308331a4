#include "dataservices.h"

DataServices::DataServices(Database& database, const ProviderRegistry& registry)
    : outbox(database)
    , profiles(database, registry)
    , contacts(database)
    , ownNumbers(database)
    , inbox(database)
    , templates(database)
    , reports(database)
    , migrationPlans(database, registry)
    , senderMoves(database, registry)
    , rateCards(database)
    , budgets(database)
    , broadcastReports(database)
    , periodReports(database)
    , reportedCosts(database)
    , volumeTiers(database)
{ }
