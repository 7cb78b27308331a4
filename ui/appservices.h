#pragma once

#include "pricing/comparisondata.h"

class ContactRepository;
class Database;
class Dispatcher;
class Outbox;
class ProfileRepository;
class SenderPool;
class ProfileService;
class ProviderRegistry;
class QNetworkAccessManager;

// The core objects the windows work with, built in main() and passed in (no singletons).
struct AppServices
{
    ProfileRepository& profiles;
    ProfileService& profileService;
    const ProviderRegistry& registry;
    QNetworkAccessManager& network;
    ComparisonData comparison;
    QString demoApiBase; // set in demo mode: the in-process sandbox every sender talks to
    Database& database;
    ContactRepository& contacts;
    Outbox& outbox;
    Dispatcher& dispatcher; // sends the outbox while Tandem runs; the activity view follows its progress
    SenderPool& senders; // the dispatcher's providers, rebuilt when a sender's settings or tokens change
};
