// tandem-cli send --profile N --to NUMBER (--text T | --media-url U | --template NAME --lang CODE | --content-sid HX…)
#include "clicontext.h"

#include "providers/messagingprovider.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("tandem-cli", text);
}

} // namespace

void runSendCommand(CliContext& context)
{
    const QString profileName = context.parser.value(u"profile"_s);
    if (profileName.isEmpty())
        return context.fail(tr("Choose the sender with --profile NAME."));
    const Result<OutgoingMessage> message = messageFromOptions(context.parser, true);
    if (!message.isOk())
        return context.fail(message.error());
    const OutgoingMessage outgoing = message.value();
    withProvider(context, profileName, [&context, outgoing](MessagingProvider* provider, const Profile&) {
        ProviderJob* job = provider->send(outgoing);
        QObject::connect(job, &ProviderJob::finished, qApp, [&context](const ProviderResult& result) {
            QJsonObject json {{u"status"_s, result.isOk() ? u"accepted"_s : u"failed"_s}};
            if (!result.recipient.isEmpty())
                json.insert(u"to"_s, result.recipient);
            if (result.isOk()) {
                json.insert(u"provider_message_id"_s, result.messageId);
                json.insert(u"provider_status"_s, result.status);
            } else {
                const QJsonObject error = providerErrorToJson(result.error);
                for (auto it = error.begin(); it != error.end(); ++it)
                    json.insert(it.key(), it.value());
            }
            context.printJson(json);
            context.finish(result.isOk() ? 0 : 1);
        });
    });
}
