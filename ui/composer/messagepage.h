#pragma once

#include "broadcast/variablemapping.h"
#include "model/outgoingmessage.h"
#include "model/profile.h"
#include "pricing/costestimate.h"
#include "templates/messagetemplate.h"

#include <QWidget>

#include <optional>

struct AppServices;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class VariableMappingEditor;

// Step 2 of the composer: which sender, and what to send: free text or reply buttons and lists (both reach only
// customers who wrote in the last 24 hours), media by link, or a template (Meta: name and language; Twilio: a
// Content SID) whose variables are filled from each contact. Media goes by link, or as a file from this computer
// where the sender takes uploads (Meta, 360dialog). A template linked as "the same message" in another
// sender's account stays chosen, with its variables' sources, when the owner switches sender.
class MessagePage : public QWidget
{
    Q_OBJECT
public:
    enum class Kind
    {
        Text,
        Media,
        Template,
        Interactive
    };

    explicit MessagePage(AppServices& services, QWidget* parent = nullptr);

    void reloadSenders();
    void setFieldNames(const QStringList& fields);
    std::optional<Profile> sender() const;
    Kind kind() const;
    // The message without recipient or variables (each recipient's are resolved from the mapping).
    OutgoingMessage message() const;
    // The file on this computer the message sends, when the owner chose one (uploaded to the sender before the
    // broadcast is queued); empty when it goes by link.
    QString mediaFile() const;
    MessageCategory category() const;
    VariableMapping mapping() const;
    // What a recipient reads, with {{placeholders}}: the text, the caption or the template's pasted body.
    QString previewBody() const;
    // Why the message cannot be sent yet, or empty.
    QString problem() const;
    // The sender's synced templates (empty when never synced).
    QList<MessageTemplate> catalogue() const;
    // Picks a template of the catalogue as the message (its name, language, category, text and header).
    bool chooseTemplate(const QString& key);
    // The chosen template's key in the catalogue; empty when typed in or not a template.
    QString chosenKey() const;

Q_SIGNALS:
    void changed();

private:
    // The sender's templates are Content, sent by SID (Twilio), rather than named with a language (Meta).
    bool sendsContent() const;
    void updateKinds();
    void senderChanged();
    void updateHeaderRows();
    void updateMediaRows();
    // The sender can be sent a file from this computer (uploaded once), not only a link.
    bool uploadsMedia() const;
    void updateChoicesHint();
    void updateVariables();
    void loadCatalogue();
    const MessageTemplate* chosen() const;

    AppServices& m_services;
    QList<Profile> m_profiles;
    QComboBox* m_sender;
    QComboBox* m_kind;
    QStackedWidget* m_pages;
    QPlainTextEdit* m_text;
    QLineEdit* m_mediaUrl;
    QLineEdit* m_mediaFile;
    QPushButton* m_chooseFile;
    QWidget* m_fileRow;
    QLabel* m_mediaHint;
    QFormLayout* m_mediaForm = nullptr;
    QComboBox* m_mediaType;
    QLineEdit* m_caption;
    QComboBox* m_catalogue;
    QLineEdit* m_headerLink;
    QComboBox* m_headerSource;
    QComboBox* m_interactiveStyle;
    QLineEdit* m_interactiveHeader;
    QPlainTextEdit* m_interactiveBody;
    QPlainTextEdit* m_choices;
    QLineEdit* m_listButton;
    QLineEdit* m_interactiveFooter;
    QLabel* m_choicesHint;
    QFormLayout* m_interactiveForm = nullptr;
    qint64 m_lastSenderId = 0;
    QString m_lastTemplateKey;
    QList<MessageTemplate> m_templates;
    QLineEdit* m_templateName;
    QLineEdit* m_language;
    QLineEdit* m_contentSid;
    QComboBox* m_category;
    QPlainTextEdit* m_body;
    QLabel* m_templateHint;
    QFormLayout* m_templateForm = nullptr;
    VariableMappingEditor* m_variables;
};
