#include "clicontext.h"

#include "media/mediafile.h"
#include "templates/templatecatalogue.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTimer>
#include <QUrl>

#include "providers/messagingprovider.h"

using namespace Qt::StringLiterals;

QTextStream& CliContext::out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream& CliContext::err()
{
    static QTextStream stream(stderr);
    return stream;
}

void CliContext::finish(int exitCode)
{
    out().flush();
    err().flush();
    QTimer::singleShot(0, qApp, [exitCode] { QCoreApplication::exit(exitCode); });
}

void CliContext::fail(const QString& message)
{
    err() << message << Qt::endl;
    finish(1);
}

void CliContext::printJson(const QJsonObject& object)
{
    out() << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) << Qt::endl;
}

void withUploadedMedia(CliContext& context,
    MessagingProvider* provider,
    OutgoingMessage message,
    std::function<void(const OutgoingMessage& message)> then)
{
    const QString path = context.parser.value(u"media-file"_s);
    if (path.isEmpty())
        return then(message);
    const Result<MediaFile> file = MediaFile::open(path, message.mediaType);
    if (!file.isOk())
        return context.fail(file.error());
    ProviderJob* upload = provider->uploadMedia(file.value());
    QObject::connect(
        upload, &ProviderJob::finished, qApp, [&context, message, then](const ProviderResult& result) mutable {
            if (!result.isOk()) {
                context.printJson({{u"status"_s, u"failed"_s}, {u"step"_s, u"upload"_s}, {u"code"_s, result.error.code},
                    {u"explanation"_s, result.error.explanation}});
                return context.fail(QCoreApplication::translate("tandem-cli", "The file was not uploaded: %1")
                                        .arg(result.error.explanation));
            }
            context.err() << QCoreApplication::translate("tandem-cli", "Uploaded %1 (media id %2).")
                                 .arg(message.filename, result.messageId)
                          << Qt::endl;
            message.mediaId = result.messageId;
            then(message);
        });
}

void withProvider(CliContext& context,
    const QString& profileName,
    std::function<void(MessagingProvider* provider, const Profile& profile)> use)
{
    const Result<Profile> found = context.profiles.findByName(profileName);
    if (!found.isOk()) {
        context.fail(found.error());
        return;
    }
    context.providers.load(found.value(), &context.network, &context.scope,
        [&context, use](const Result<MessagingProvider*>& provider, const Profile& profile) {
            if (!provider.isOk())
                return context.fail(provider.error());
            const int timeout = context.parser.value(QStringLiteral("timeout-ms")).toInt();
            if (timeout > 0)
                provider.value()->setTransferTimeout(timeout);
            use(provider.value(), profile);
        });
}

Result<OutgoingMessage> messageFromOptions(const QCommandLineParser& parser, bool needsRecipient)
{
    OutgoingMessage message;
    message.to = parser.value(u"to"_s);
    if (needsRecipient && message.to.isEmpty())
        return Result<OutgoingMessage>::failure(
            QCoreApplication::translate("tandem-cli", "Give the recipient with --to NUMBER."));
    for (const QString& assignment : parser.values(u"var"_s)) {
        const qsizetype eq = assignment.indexOf(u'=');
        if (eq <= 0)
            return Result<OutgoingMessage>::failure(
                QCoreApplication::translate("tandem-cli", "--var takes name=value, not \"%1\".").arg(assignment));
        message.variables.insert(assignment.left(eq), assignment.mid(eq + 1));
    }
    const int kinds = int(parser.isSet(u"text"_s)) + int(parser.isSet(u"media-url"_s))
        + int(parser.isSet(u"media-file"_s)) + int(parser.isSet(u"template"_s)) + int(parser.isSet(u"content-sid"_s));
    if (kinds != 1)
        return Result<OutgoingMessage>::failure(QCoreApplication::translate(
            "tandem-cli", "Give exactly one of --text, --media-url, --media-file, --template or --content-sid."));
    if (parser.isSet(u"text"_s)) {
        message.kind = OutgoingMessage::Kind::Text;
        message.text = parser.value(u"text"_s);
    } else if (parser.isSet(u"media-url"_s) || parser.isSet(u"media-file"_s)) {
        message.kind = OutgoingMessage::Kind::Media;
        message.mediaUrl = parser.value(u"media-url"_s); // a file's upload id comes with uploadedMedia()
        message.text = parser.value(u"caption"_s);
        const QString type = parser.value(u"media-type"_s);
        if (type == u"document"_s)
            message.mediaType = OutgoingMessage::MediaType::Document;
        else if (type == u"video"_s)
            message.mediaType = OutgoingMessage::MediaType::Video;
        else if (type == u"audio"_s)
            message.mediaType = OutgoingMessage::MediaType::Audio;
        else if (!type.isEmpty() && type != u"image"_s)
            return Result<OutgoingMessage>::failure(
                QCoreApplication::translate("tandem-cli", "--media-type is image, document, video or audio."));
        if (parser.isSet(u"media-file"_s))
            message.filename = QFileInfo(parser.value(u"media-file"_s)).fileName();
        else if (message.mediaType == OutgoingMessage::MediaType::Document)
            message.filename = QUrl(message.mediaUrl).fileName();
    } else if (parser.isSet(u"template"_s)) {
        message.kind = OutgoingMessage::Kind::Template;
        message.templateName = parser.value(u"template"_s);
        message.languageCode = parser.value(u"lang"_s);
        if (message.languageCode.isEmpty())
            return Result<OutgoingMessage>::failure(QCoreApplication::translate(
                "tandem-cli", "A template needs its language: --lang en_US (for example)."));
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

Admission::Message admissionMessage(
    CliContext& context, const Profile& profile, const OutgoingMessage& message, QList<MessageTemplate>* catalogue)
{
    Admission::Message rules;
    rules.message = message;
    rules.ignoreWindow = context.parser.isSet(u"ignore-window"_s);
    const Result<QList<MessageTemplate>> synced = TemplateCatalogue(context.database).list(profile.id);
    if (!synced.isOk())
        return rules;
    if (catalogue)
        *catalogue = synced.value();
    for (const MessageTemplate& t : synced.value()) {
        const bool same = message.kind == OutgoingMessage::Kind::ContentTemplate
            ? t.providerId == message.contentSid
            : t.name == message.templateName && t.language == message.languageCode;
        if (message.isTemplate() && same)
            rules.category = messageCategoryFromName(t.category);
    }
    return rules;
}

QJsonArray leftOutJson(const QList<LeftOut>& leftOut)
{
    QJsonArray list;
    for (const LeftOut& l : leftOut)
        list.append(QJsonObject {{u"to"_s, l.recipient}, {u"reason"_s, LeftOut::name(l.reason)},
            {u"explanation"_s, LeftOut::explanation(l.reason)}});
    return list;
}
