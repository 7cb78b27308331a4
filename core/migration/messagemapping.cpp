#include "messagemapping.h"

#include "providers/providerdescriptor.h"
#include "templates/templatecatalogue.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {
// This file's words, under the context translators see ("MigrationPlan").
struct MappingText
{
    Q_DECLARE_TR_FUNCTIONS(MigrationPlan)
};
} // namespace

MappedMessage MappedMessage::of(
    Database& database, const ProviderDescriptor& to, qint64 fromId, qint64 toId, const OutgoingMessage& message)
{
    MappedMessage mapped;
    mapped.message = message;
    const ProviderCapabilities& can = to.capabilities;
    switch (message.kind) {
    case OutgoingMessage::Kind::Text:
        return mapped;
    case OutgoingMessage::Kind::Media:
        if (!can.media)
            mapped.problem = MappingText::tr("%1 cannot send pictures or files.").arg(to.displayName);
        else if (!message.mediaId.isEmpty())
            // An uploaded file's id belongs to the number it was uploaded to; the new sender cannot send it.
            mapped.problem = MappingText::tr("its file was uploaded to the old sender and only it can send that "
                                             "upload; cancel the broadcast, and send it again with the file from the "
                                             "new sender after the move.");
        return mapped;
    case OutgoingMessage::Kind::InteractiveButtons:
    case OutgoingMessage::Kind::InteractiveList:
        if (!can.interactive && !can.interactiveAsContent)
            mapped.problem = MappingText::tr("%1 cannot send reply buttons or lists.").arg(to.displayName);
        return mapped;
    case OutgoingMessage::Kind::Template:
    case OutgoingMessage::Kind::ContentTemplate:
        mapped.fromKey = MessageTemplate::keyOf(message);
        break;
    }
    if (!can.templates) {
        mapped.problem = MappingText::tr("%1 cannot send templates.").arg(to.displayName);
        return mapped;
    }
    TemplateCatalogue catalogue(database);
    const Result<QString> linked = catalogue.linkedIn(fromId, mapped.fromKey, toId);
    if (!linked.isOk()) {
        mapped.problem = linked.error();
        return mapped;
    }
    mapped.toKey = linked.value();
    const bool named = can.templateStyle == TemplateStyle::NamedWithLanguage;
    if (mapped.toKey.isEmpty() && named && message.kind == OutgoingMessage::Kind::Template)
        mapped.toKey = mapped.fromKey; // the same name and language, if the new account has it
    const Result<std::optional<MessageTemplate>> found = mapped.toKey.isEmpty()
        ? Result<std::optional<MessageTemplate>>(std::nullopt)
        : catalogue.find(toId, mapped.toKey);
    if (!found.isOk()) {
        mapped.problem = found.error();
        return mapped;
    }
    if (!found.value()) {
        mapped.toKey.clear();
        mapped.problem
            = MappingText::tr("The new sender has no template that is the same message as \"%1\": link one under "
                              "Templates (sync the new sender's templates first), or create it there.")
                  .arg(mapped.fromKey.section(u'|', 0, 0));
        return mapped;
    }
    if (!found.value()->isApproved()) {
        mapped.problem = MappingText::tr("The new sender's template \"%1\" cannot be sent yet: %2")
                             .arg(found.value()->name, found.value()->unusableReason());
        return mapped;
    }
    if (named) {
        mapped.message.kind = OutgoingMessage::Kind::Template;
        mapped.message.templateName = found.value()->name;
        mapped.message.languageCode = found.value()->language;
        mapped.message.contentSid.clear();
    } else {
        mapped.message.kind = OutgoingMessage::Kind::ContentTemplate;
        mapped.message.contentSid = found.value()->providerId;
        mapped.message.templateName.clear();
        mapped.message.languageCode.clear();
        mapped.message.headerType = OutgoingMessage::HeaderType::None; // a Content carries its own header
    }
    return mapped;
}
