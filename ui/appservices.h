#pragma once

#include "pricing/comparisondata.h"

class ChangeNotifier;
class OutboxThread;
class ProfileService;
class ProviderFactory;
class ProviderRegistry;
class QNetworkAccessManager;
class ReceiverThread;
struct DataServices;

// The core objects the windows work with, built by AppContext and passed in (no singletons). Screens read and write
// through these services; none of them sees the database itself.
struct AppServices
{
    DataServices& data; // senders, contacts, outbox, replies, templates: on the window's own connection
    QString dataAddress; // where background jobs open their own connection (an import, a 100,000-row broadcast)
    ChangeNotifier& changes; // what other desks and the server changed, when the database is shared
    ProfileService& profileService;
    const ProviderRegistry& registry;
    const ProviderFactory& providers; // the one place a sender becomes a working provider
    QNetworkAccessManager& network;
    ComparisonData comparison;
    QString demoApiBase; // set in demo mode: the in-process sandbox every sender talks to
    OutboxThread& sending; // sends the outbox while Tandem runs; told when a sender's settings or tokens change
    ReceiverThread& receiver; // the webhook receiver (delivery reports, customers' messages), when enabled
    bool tokensInMemory = false; // the demo's: tokens are forgotten when Tandem closes, never in the keychain
};
