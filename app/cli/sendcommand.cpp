// tandem-cli send --profile N --to NUMBER (--text T | --media-url U | --media-file F | --template NAME --lang CODE |
// --content-sid HX…)
#include "clicontext.h"
#include "tandemclitext.h"

#include "admission/admission.h"
#include "contacts/contactrepository.h"
#include "inbox/inbox.h"
#include "phone/phonenumbers.h"
#include "providers/messagingprovider.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {
void send(CliContext& context, MessagingProvider* provider, const OutgoingMessage& outgoing)
{
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
}
} // namespace

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
        // The owner's rules, as for every message (Admission): an opted-out customer gets nothing, whatever the
        // options; free text needs their 24-hour window, unless --ignore-window says they wrote outside Tandem.
        // A number that cannot be read goes to the provider as it is, whose answer explains it.
        const Result<QString> phone = normalizePhoneNumber(outgoing.to, profile.setting(u"default_region"_s));
        const QString who = phone.isOk() ? phone.value() : outgoing.to;
        const Result<ConsentFacts> facts = ConsentFacts::loadFor(context.database.connection(), {who});
        if (!facts.isOk())
            return context.fail(facts.error());
        const Admission::Message rules = admissionMessage(context, profile, outgoing);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const std::optional<LeftOut::Reason> reason
            = phone.isOk() ? Admission::judge(rules, facts.value().of(who), now) : std::nullopt;
        if (reason) {
            QString explanation = LeftOut::explanation(*reason);
            if (*reason == LeftOut::Reason::OutsideWindow) {
                ContactRepository contacts(context.database);
                const Result<std::optional<Contact>> found = contacts.findByPhone(who);
                Contact known;
                known.phone = who;
                if (found.isOk() && found.value())
                    known = *found.value();
                explanation = Inbox::windowProblem(known, now) + u' '
                    + TandemCliText::tr(
                        "Send a template (--template or --content-sid), or add --ignore-window if they wrote to you "
                        "outside Tandem.");
            }
            const ErrorClass errorClass
                = *reason == LeftOut::Reason::OutsideWindow ? ErrorClass::OutsideWindow : ErrorClass::OptedOut;
            context.printJson(
                {{u"status"_s, u"failed"_s}, {u"to"_s, who}, {u"error_class"_s, errorClassName(errorClass)},
                    {u"code"_s, *reason == LeftOut::Reason::OutsideWindow ? u"window"_s : LeftOut::name(*reason)},
                    {u"reason"_s, LeftOut::name(*reason)}, {u"explanation"_s, explanation}});
            context.finish(1);
            return;
        }
        withUploadedMedia(context, provider, outgoing,
            [&context, provider](const OutgoingMessage& ready) { send(context, provider, ready); });
    });
}
