#pragma once

#include "pricing/comparisondata.h"

class ContactRepository;
class Database;
class Outbox;
class OutboxThread;
class ProfileRepository;
class ProfileService;
class ProviderFactory;
class ProviderRegistry;
class QNetworkAccessManager;
class ReceiverThread;

// The core objects the windows work with, built in main() and passed in (no singletons).
struct AppServices
{
    ProfileRepository& profiles;
    ProfileService& profileService;
    const ProviderRegistry& registry;
    const ProviderFactory& providers; // the one place a sender becomes a working provider
    QNetworkAccessManager& network;
    ComparisonData comparison;
    QString demoApiBase; // set in demo mode: the in-process sandbox every sender talks to
    Database& database;
    ContactRepository& contacts;
    Outbox& outbox; // read by the window on its own connection; sending happens on the outbox thread
    OutboxThread& sending; // sends the outbox while Tandem runs; told when a sender's settings or tokens change
    ReceiverThread& receiver; // the webhook receiver (delivery reports, customers' messages), when enabled
};
