// tandem-cli webhooks serve | urls | test | point (meta-override)
#include "clicontext.h"
#include "tandemclitext.h"

#include "model/webhookpaths.h"
#include "outbox/statusledger.h"
#include "providers/messagingprovider.h"
#include "webhooks/publicurl.h"
#include "webhooks/webhookroute.h"
#include "webhooks/webhookselftest.h"
#include "webhooks/webhookserver.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {
// Providers told where to report with each message (Twilio) need only the address for customers' messages; the
// others get one callback URL to paste into their dashboard (Meta).
bool toldWithEachMessage(const ProviderRegistry& registry, const QString& kind)
{
    const ProviderDescriptor* d = registry.find(kind);
    return d && d->capabilities.webhooks == WebhookStyle::TwilioSigned;
}

QJsonObject senderUrls(const ProviderRegistry& registry, const Profile& p, const QString& publicUrl)
{
    QJsonObject o {{u"id"_s, p.id}, {u"name"_s, p.name}, {u"provider"_s, p.kind}};
    if (toldWithEachMessage(registry, p.kind)) {
        o.insert(u"status_callback"_s, WebhookPaths::join(publicUrl, WebhookPaths::twilioStatus(p.id)));
        o.insert(u"inbound"_s, WebhookPaths::join(publicUrl, WebhookPaths::twilioInbound(p.id)));
    } else {
        const ProviderDescriptor* d = registry.find(p.kind);
        const WebhookStyle style = d ? d->capabilities.webhooks : WebhookStyle::None;
        o.insert(u"callback_url"_s, WebhookPaths::join(publicUrl, WebhookRoute::pathFor(style, p.id)));
    }
    return o;
}

QString publicUrlOrFail(CliContext& context)
{
    const QString url = PublicUrl::normalized(context.parser.value(u"public-url"_s)).toString();
    if (url.isEmpty()) {
        context.fail(TandemCliText::tr("Give the receiver's public address with --public-url, for example "
                                       "https://tandem.example.com (what Twilio and Meta call)."));
        return QString();
    }
    return url;
}

void listUrls(CliContext& context, const QString& publicUrl)
{
    const Result<QList<Profile>> all = context.profiles.list();
    if (!all.isOk())
        return context.fail(all.error());
    QJsonArray senders;
    for (const Profile& p : all.value())
        senders.append(senderUrls(context.registry, p, publicUrl));
    if (context.parser.isSet(u"json"_s)) {
        context.printJson({{u"public_url"_s, publicUrl}, {u"senders"_s, senders}});
        return;
    }
    for (const QJsonValue& v : std::as_const(senders)) {
        const QJsonObject s = v.toObject();
        if (toldWithEachMessage(context.registry, s.value(u"provider"_s).toString()))
            context.out() << TandemCliText::tr(
                "%1 (Twilio, id %2)\n  status callback: %3\n  incoming messages (in the sender's "
                "WhatsApp settings): %4\n")
                                 .arg(s.value(u"name"_s).toString())
                                 .arg(s.value(u"id"_s).toInteger())
                                 .arg(s.value(u"status_callback"_s).toString(), s.value(u"inbound"_s).toString());
        else
            context.out() << TandemCliText::tr(
                "%1 (Meta, id %2)\n  callback URL for Meta's app dashboard (with the sender's verify "
                "token): %3\n")
                                 .arg(s.value(u"name"_s).toString())
                                 .arg(s.value(u"id"_s).toInteger())
                                 .arg(s.value(u"callback_url"_s).toString());
    }
    context.out().flush();
}

void serve(CliContext& context)
{
    WebhookServer::Options options;
    const QString publicUrl = PublicUrl::normalized(context.parser.value(u"public-url"_s)).toString();
    options.publicUrl = QUrl(publicUrl);
    const QHostAddress bind(context.parser.isSet(u"bind"_s) ? context.parser.value(u"bind"_s) : u"0.0.0.0"_s);
    if (bind.isNull())
        return context.fail(TandemCliText::tr("--bind takes an IP address, such as 127.0.0.1 or 0.0.0.0."));
    auto* server
        = new WebhookServer(context.database, context.registry, context.profileService, options, &context.scope);
    const quint16 asked = quint16(context.parser.value(u"port"_s).toUInt());
    const quint16 port = server->start(asked == 0 && !context.parser.isSet(u"port"_s) ? 8080 : asked, bind);
    if (port == 0)
        return context.fail(TandemCliText::tr("The receiver could not listen on port %1 (in use, or not allowed).")
                                .arg(context.parser.value(u"port"_s)));
    // The port line comes first, alone, so scripts can read it.
    context.out()
        << TandemCliText::tr("Tandem webhook receiver listening on %1 port %2.").arg(bind.toString()).arg(port)
        << Qt::endl;
    if (!publicUrl.isEmpty())
        listUrls(context, publicUrl);
    else
        context.out() << TandemCliText::tr(
            "No --public-url: signatures are checked against http://<Host header>/…, which only "
            "works without a proxy or tunnel in between.")
                      << Qt::endl;
    QObject::connect(server, &WebhookServer::received, qApp, [&context](int statuses, int messages) {
        if (context.parser.isSet(u"json"_s))
            context.printJson({{u"statuses"_s, statuses}, {u"messages"_s, messages}});
    });
    onTerminationSignal([server] {
        server->stop();
        QCoreApplication::exit(0);
    });
}

void selfTest(CliContext& context, const QString& name)
{
    const QString publicUrl = publicUrlOrFail(context);
    if (publicUrl.isEmpty())
        return;
    const Result<Profile> profile = context.profiles.findByName(name);
    if (!profile.isOk())
        return context.fail(profile.error());
    auto reports = std::make_shared<StatusLedger>(context.database);
    auto* test
        = new WebhookSelfTest(*reports, context.registry, context.profileService, context.network, &context.scope);
    QObject::connect(
        test, &WebhookSelfTest::finished, qApp, [&context, test, reports](const WebhookSelfTest::Outcome& o) {
            test->deleteLater();
            if (context.parser.isSet(u"json"_s))
                context.printJson({{u"ok"_s, o.ok}, {u"url"_s, o.url}, {u"http_status"_s, o.httpStatus},
                    {u"stored"_s, o.stored}, {u"elapsed_ms"_s, o.elapsedMs}, {u"explanation"_s, o.explanation}});
            else
                (o.ok ? context.out() : context.err()) << o.explanation << Qt::endl;
            context.finish(o.ok ? 0 : 1);
        });
    test->start(profile.value(), publicUrl);
}

// Points the number's webhooks at the receiver, where the provider lets Tandem do it (Meta's override, 360dialog's
// webhook with its key).
void pointWebhooks(CliContext& context, const QString& name)
{
    const QString publicUrl = publicUrlOrFail(context);
    if (publicUrl.isEmpty())
        return;
    withProvider(context, name, [&context, publicUrl](MessagingProvider* provider, const Profile& profile) {
        const ProviderDescriptor* descriptor = context.registry.find(profile.kind);
        if (!descriptor || !descriptor->capabilities.webhookOverride)
            return context.fail(TandemCliText::tr(
                "%1 cannot be told where to send webhooks by Tandem; Twilio is told with each message.")
                                    .arg(descriptor ? descriptor->displayName : profile.kind));
        ProfileJob* secrets = context.profileService.loadSecrets(profile);
        QObject::connect(secrets, &ProfileJob::finished, qApp,
            [&context, provider, profile, publicUrl, descriptor](const ProfileOutcome& outcome) {
                const QString token = outcome.secrets.value(u"verify_token"_s);
                if (!outcome.status.isOk() || token.isEmpty())
                    return context.fail(outcome.status.isOk()
                            ? TandemCliText::tr(
                                "Set the sender's webhook verify token first (profile set NAME --secrets-stdin, "
                                "a line verify_token=…).")
                            : outcome.status.error());
                const QString url = WebhookPaths::join(
                    publicUrl, WebhookRoute::pathFor(descriptor->capabilities.webhooks, profile.id));
                const QString providerName = descriptor->displayName;
                ProviderJob* job = provider->setWebhook(url, token);
                QObject::connect(
                    job, &ProviderJob::finished, qApp, [&context, url, providerName](const ProviderResult& result) {
                        if (!result.isOk())
                            return context.fail(result.error.explanation);
                        context.out()
                            << TandemCliText::tr("%1 now sends this number's webhooks to %2.").arg(providerName, url)
                            << Qt::endl;
                        context.finish(0);
                    });
            });
    });
}
} // namespace

void runWebhooksCommand(CliContext& context, const QString& subcommand)
{
    if (subcommand == u"serve"_s)
        return serve(context);
    if (subcommand == u"urls"_s) {
        const QString publicUrl = publicUrlOrFail(context);
        if (publicUrl.isEmpty())
            return;
        listUrls(context, publicUrl);
        return context.finish(0);
    }
    const bool point = subcommand == u"point"_s || subcommand == u"meta-override"_s; // the old name stays
    if ((subcommand == u"test"_s || point) && context.arguments.size() == 1)
        return point ? pointWebhooks(context, context.arguments.first()) : selfTest(context, context.arguments.first());
    context.fail(TandemCliText::tr("webhooks needs a command: serve, urls, test PROFILE or point PROFILE."));
}
