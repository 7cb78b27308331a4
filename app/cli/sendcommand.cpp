// tandem-cli send --profile N --to NUMBER (--text T | --media-url U | --template NAME --lang CODE | --content-sid HX…)
#include "clicontext.h"
#include "tandemclitext.h"

#include "contacts/contactrepository.h"
#include "inbox/inbox.h"
#include "phone/phonenumbers.h"
#include "providers/messagingprovider.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

void runSendCommand(CliContext& context)
{
    const QString profileName = context.parser.value(u"profile"_s);
    if (profileName.isEmpty())
        return context.fail(TandemCliText::tr("Choose the sender with --profile NAME."));
    const Result<OutgoingMessage> message = messageFromOptions(context.parser, true);
    if (!message.isOk())
        return context.fail(message.error());
    const OutgoingMessage outgoing = message.value();
    withProvider(context, profileName, [&context, outgoing](MessagingProvider* provider, const Profile& profile) {
        // Free text and media reach a customer only within 24 hours of their last message.
        const bool needsWindow = outgoing.kind != OutgoingMessage::Kind::Template
            && outgoing.kind != OutgoingMessage::Kind::ContentTemplate;
        if (needsWindow && !context.parser.isSet(u"ignore-window"_s)) {
            const Result<QString> phone = normalizePhoneNumber(outgoing.to, profile.setting(u"default_region"_s));
            ContactRepository contacts(context.database);
            const Result<std::optional<Contact>> found
                = phone.isOk() ? contacts.findByPhone(phone.value()) : Result<std::optional<Contact>>(std::nullopt);
            Contact who;
            who.phone = phone.isOk() ? phone.value() : outgoing.to;
            if (found.isOk() && found.value())
                who = *found.value();
            const QString problem = Inbox::windowProblem(who, QDateTime::currentDateTimeUtc());
            if (phone.isOk() && !problem.isEmpty()) {
                context.printJson({{u"status"_s, u"failed"_s}, {u"to"_s, who.phone},
                    {u"error_class"_s, errorClassName(ErrorClass::OutsideWindow)}, {u"code"_s, u"window"_s},
                    {u"explanation"_s,
                        QString(problem + u' '
                            + TandemCliText::tr(
                                "Send a template (--template or --content-sid), or add --ignore-window if they "
                                "wrote to you outside Tandem."))}});
                context.finish(1);
                return;
            }
        }
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
