#pragma once

#include <QList>
#include <QMap>
#include <QString>

// One message to one recipient, independent of the provider that will carry it.
struct OutgoingMessage
{
    enum class Kind
    {
        Text,
        Media,
        Template,
        ContentTemplate,
        InteractiveButtons,
        InteractiveList
    };
    enum class MediaType
    {
        Image,
        Document,
        Video,
        Audio
    };
    enum class HeaderType
    {
        None,
        Text,
        Image,
        Document,
        Video
    };

    struct ReplyButton
    {
        QString id;
        QString title;
    };
    struct ListRow
    {
        QString id;
        QString title;
        QString description;
    };
    struct ListSection
    {
        QString title;
        QList<ListRow> rows;
    };
    struct TemplateButton
    {
        QString subType; // "quick_reply" (payload) or "url" (text appended to the button's URL)
        int index = 0;
        QString value;
    };

    Kind kind = Kind::Text;
    QString to; // as entered; providers normalise it to E.164

    // Text: the message. Media: the caption. Interactive: the body.
    QString text;
    bool previewUrl = false;

    MediaType mediaType = MediaType::Image;
    QString mediaUrl;
    // A file uploaded to the sender (Meta, 360dialog), sent by this id instead of a link. The id belongs to that
    // sender's number and lasts 30 days from its upload.
    QString mediaId;
    QString filename; // documents only

    // Meta template: name, language and its parameters. Numeric variable keys ("1", "2") become positional body
    // parameters in order; other keys become named parameters.
    QString templateName;
    QString languageCode;
    HeaderType headerType = HeaderType::None;
    QString headerValue; // header text, or the media link
    QList<TemplateButton> templateButtons;

    // Twilio Content template.
    QString contentSid;
    // A Content made for one broadcast and never approved (reply buttons or a list sent through Twilio): it reaches
    // a customer only inside the 24-hour window, as the buttons it carries would.
    bool contentNeedsWindow = false;

    // Template variables for both kinds of template. kHeaderVariable, when present, is not one of them: it is the
    // media header's link for this recipient, taken from a contact field.
    static inline const QString kHeaderVariable = QStringLiteral("@header");
    QMap<QString, QString> variables;

    // Interactive (Meta).
    QString headerText;
    QString footerText;
    QList<ReplyButton> replyButtons;
    QString listButtonText;
    QList<ListSection> listSections;

    // An approved template (Meta's, or Twilio's Content) reaches a customer at any time; free text, media and reply
    // buttons or lists only within 24 hours of the customer's last message (WhatsApp's customer-service window).
    bool isTemplate() const
    {
        return kind == Kind::Template || kind == Kind::ContentTemplate;
    }
    bool needsWindow() const
    {
        return !isTemplate() || contentNeedsWindow;
    }
    bool isInteractive() const
    {
        return kind == Kind::InteractiveButtons || kind == Kind::InteractiveList;
    }
};
