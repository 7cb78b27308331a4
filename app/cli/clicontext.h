#pragma once

#include "model/outgoingmessage.h"
#include "profiles/profilerepository.h"
#include "profiles/profileservice.h"
#include "profiles/providerfactory.h"
#include "providers/providerregistry.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTextStream>

#include <functional>

class SecretStore;

// What every tandem-cli command works with, built once in main() and passed in.
struct CliContext
{
    QCommandLineParser& parser;
    QStringList arguments; // the positional arguments after the command word(s)
    Database& database;
    const ProviderRegistry& registry;
    ProfileRepository& profiles;
    SecretStore& secrets;
    ProfileService& profileService;
    const ProviderFactory& providers; // the one place a sender becomes a working provider
    QNetworkAccessManager& network;
    // What commands make (providers, workers, the receiver) belongs here, not to the application: it is deleted
    // while Qt's TLS backend is still loaded, so closing HTTPS connections at exit says nothing.
    QObject& scope;

    QTextStream& out();
    QTextStream& err();
    // Ends the program from the event loop with this exit code.
    void finish(int exitCode);
    // Prints the message on stderr and ends with exit code 1.
    void fail(const QString& message);
    void printJson(const QJsonObject& object);
};

void runProfileCommand(CliContext& context, const QString& subcommand);
void runSendCommand(CliContext& context);
void runBroadcastCommand(CliContext& context, const QString& subcommand);
void runOutboxWorker(CliContext& context);
void runContactsCommand(CliContext& context, const QString& subcommand);
void runWebhooksCommand(CliContext& context, const QString& subcommand);
void runInboxCommand(CliContext& context, const QString& subcommand);
void runServe(CliContext& context);
void runTemplatesCommand(CliContext& context, const QString& subcommand);
void runDatabaseCommand(CliContext& context, const QString& subcommand);
void runMigrateCommand(CliContext& context, const QString& subcommand);
void runRatesCommand(CliContext& context, const QString& subcommand);
void runBudgetCommand(CliContext& context, const QString& subcommand);
void runReportCommand(CliContext& context, const QString& subcommand);
class OutboxWorker;
// The one outbox worker of this process, made with the command line's options (--lease-ms, --public-url, …).
OutboxWorker& workerFor(CliContext& context);
// Calls handler from the event loop when SIGINT or SIGTERM arrives (by default the program just exits).
void onTerminationSignal(std::function<void()> handler);

// The message described by --text, --media-url [--caption --media-type], --template --lang [--header-*] or
// --content-sid, with --var NAME=VALUE variables.
Result<OutgoingMessage> messageFromOptions(const QCommandLineParser& parser, bool needsRecipient);

// Admission's view of the message the command line describes, for this sender: its template's category from the
// sender's synced catalogue (marketing when it is not there), and --ignore-window. `catalogue` gets the catalogue.
#include "admission/admission.h"
Admission::Message admissionMessage(CliContext& context,
    const Profile& profile,
    const OutgoingMessage& message,
    QList<MessageTemplate>* catalogue = nullptr);
// Admission's reasons, as scripts read them: [{"to", "reason", "explanation"}].
QJsonArray leftOutJson(const QList<LeftOut>& leftOut);

class MessagingProvider;
struct Profile;
// With --media-file, uploads that file to `provider` (checked first as WhatsApp checks it) and hands over the
// message with the upload's id; without it, hands the message over as it is. Reports failures itself.
void withUploadedMedia(CliContext& context,
    MessagingProvider* provider,
    OutgoingMessage message,
    std::function<void(const OutgoingMessage& message)> then);
// Loads the profile and its secrets, builds its provider and hands it over; reports failures itself.
void withProvider(CliContext& context,
    const QString& profileName,
    std::function<void(MessagingProvider* provider, const Profile& profile)> use);
