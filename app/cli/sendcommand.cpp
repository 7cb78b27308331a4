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

Result<OutgoingMessage> messageFromOptions(const QCommandLineParser& parser)
{
    OutgoingMessage message;
    message.to = parser.value(u"to"_s);
    if (message.to.isEmpty())
        return Result<OutgoingMessage>::failure(tr("Give the recipient with --to NUMBER."));
    for (const QString& assignment : parser.values(u"var"_s)) {
        const qsizetype eq = assignment.indexOf(u'=');
        if (eq <= 0)
            return Result<OutgoingMessage>::failure(tr("--var takes name=value, not \"%1\".").arg(assignment));
        message.variables.insert(assignment.left(eq), assignment.mid(eq + 1));
    }
    const int kinds = int(parser.isSet(u"text"_s)) + int(parser.isSet(u"media-url"_s))
        + int(parser.isSet(u"template"_s)) + int(parser.isSet(u"content-sid"_s));
    if (kinds != 1)
        return Result<OutgoingMessage>::failure(
            tr("Give exactly one of --text, --media-url, --template or --content-sid."));
    if (parser.isSet(u"text"_s)) {
        message.kind = OutgoingMessage::Kind::Text;
        message.text = parser.value(u"text"_s);
    } else if (parser.isSet(u"media-url"_s)) {
        message.kind = OutgoingMessage::Kind::Media;
        message.mediaUrl = parser.value(u"media-url"_s);
        message.text = parser.value(u"caption"_s);
        const QString type = parser.value(u"media-type"_s);
        if (type == u"document"_s)
            message.mediaType = OutgoingMessage::MediaType::Document;
        else if (type == u"video"_s)
            message.mediaType = OutgoingMessage::MediaType::Video;
        else if (type == u"audio"_s)
            message.mediaType = OutgoingMessage::MediaType::Audio;
        else if (!type.isEmpty() && type != u"image"_s)
            return Result<OutgoingMessage>::failure(tr("--media-type is image, document, video or audio."));
        if (message.mediaType == OutgoingMessage::MediaType::Document)
            message.filename = QUrl(message.mediaUrl).fileName();
    } else if (parser.isSet(u"template"_s)) {
        message.kind = OutgoingMessage::Kind::Template;
        message.templateName = parser.value(u"template"_s);
        message.languageCode = parser.value(u"lang"_s);
        if (message.languageCode.isEmpty())
            return Result<OutgoingMessage>::failure(tr("A template needs its language: --lang en_US (for example)."));
        if (parser.isSet(u"header-image"_s)) {
            message.headerType = OutgoingMessage::HeaderType::Image;
            message.headerValue = parser.value(u"header-image"_s);
        } else if (parser.isSet(u"header-text"_s)) {
            message.headerType = OutgoingMessage::HeaderType::Text;
            message.headerValue = parser.value(u"header-text"_s);
        }
    } else {
        message.kind = OutgoingMessage::Kind::ContentTemplate;
        message.contentSid = parser.value(u"content-sid"_s);
    }
    return message;
}
} // namespace

void runSendCommand(CliContext& context)
{
    const QString profileName = context.parser.value(u"profile"_s);
    if (profileName.isEmpty())
        return context.fail(tr("Choose the sender with --profile NAME."));
    const Result<OutgoingMessage> message = messageFromOptions(context.parser);
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
