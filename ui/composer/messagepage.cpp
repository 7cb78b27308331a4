#include "messagepage.h"
#include "services/dataservices.h"

#include "providers/providerregistry.h"

#include "appservices.h"
#include "common/filedialog.h"
#include "media/mediafile.h"
#include "profiles/profilerepository.h"
#include "templates/interactivemessage.h"
#include "templates/templatecatalogue.h"
#include "templates/templatetext.h"
#include "variablemappingeditor.h"

#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

MessagePage::MessagePage(AppServices& services, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_sender(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_pages(new QStackedWidget(this))
    , m_text(new QPlainTextEdit(this))
    , m_mediaUrl(new QLineEdit(this))
    , m_mediaFile(new QLineEdit(this))
    , m_chooseFile(new QPushButton(tr("Ch&oose…"), this))
    , m_fileRow(new QWidget(this))
    , m_mediaHint(new QLabel(this))
    , m_mediaType(new QComboBox(this))
    , m_caption(new QLineEdit(this))
    , m_catalogue(new QComboBox(this))
    , m_headerLink(new QLineEdit(this))
    , m_headerSource(new QComboBox(this))
    , m_interactiveStyle(new QComboBox(this))
    , m_interactiveHeader(new QLineEdit(this))
    , m_interactiveBody(new QPlainTextEdit(this))
    , m_choices(new QPlainTextEdit(this))
    , m_listButton(new QLineEdit(this))
    , m_interactiveFooter(new QLineEdit(this))
    , m_choicesHint(new QLabel(this))
    , m_templateName(new QLineEdit(this))
    , m_language(new QLineEdit(u"en_US"_s, this))
    , m_contentSid(new QLineEdit(this))
    , m_category(new QComboBox(this))
    , m_body(new QPlainTextEdit(this))
    , m_templateHint(new QLabel(this))
    , m_variables(new VariableMappingEditor(this))
{
    setObjectName(u"messagePage"_s);
    m_sender->setObjectName(u"senderComboBox"_s);
    m_kind->setObjectName(u"kindComboBox"_s);
    m_text->setObjectName(u"textPlainTextEdit"_s);
    m_text->setTabChangesFocus(true); // Tab moves on, as in every form
    m_text->setPlaceholderText(tr("Hello {{name}}, your order is ready."));
    m_mediaUrl->setObjectName(u"mediaUrlLineEdit"_s);
    m_mediaUrl->setPlaceholderText(u"https://example.com/spring-catalogue.pdf"_s);
    m_mediaFile->setObjectName(u"mediaFileLineEdit"_s);
    m_mediaFile->setPlaceholderText(tr("or a picture or document on this computer"));
    m_chooseFile->setObjectName(u"chooseFileButton"_s);
    m_mediaHint->setObjectName(u"mediaHintLabel"_s);
    m_mediaHint->setWordWrap(true);
    auto* fileLayout = new QHBoxLayout(m_fileRow);
    fileLayout->setContentsMargins(0, 0, 0, 0);
    fileLayout->addWidget(m_mediaFile, 1);
    fileLayout->addWidget(m_chooseFile);
    m_mediaType->setObjectName(u"mediaTypeComboBox"_s);
    m_mediaType->addItem(tr("Image"), int(OutgoingMessage::MediaType::Image));
    m_mediaType->addItem(tr("Document"), int(OutgoingMessage::MediaType::Document));
    m_mediaType->addItem(tr("Video"), int(OutgoingMessage::MediaType::Video));
    m_caption->setObjectName(u"captionLineEdit"_s);
    m_catalogue->setObjectName(u"catalogueComboBox"_s);
    m_headerLink->setObjectName(u"headerLinkLineEdit"_s);
    m_headerLink->setPlaceholderText(u"https://example.com/cake.jpg"_s);
    m_templateName->setObjectName(u"templateNameLineEdit"_s);
    m_templateName->setPlaceholderText(u"order_ready"_s);
    m_language->setObjectName(u"languageLineEdit"_s);
    m_contentSid->setObjectName(u"contentSidLineEdit"_s);
    m_contentSid->setPlaceholderText(u"HX…"_s);
    m_category->setObjectName(u"categoryComboBox"_s);
    m_category->addItem(tr("Marketing"), int(MessageCategory::Marketing));
    m_category->addItem(tr("Utility"), int(MessageCategory::Utility));
    m_category->addItem(tr("Authentication"), int(MessageCategory::Authentication));
    m_body->setObjectName(u"templateBodyPlainTextEdit"_s);
    m_body->setTabChangesFocus(true); // Tab moves on, as in every form
    m_body->setPlaceholderText(tr("Paste the template's text here, for example: Hi {{1}}, your order {{2}} is ready."));
    m_body->setMaximumHeight(80);
    m_templateHint->setWordWrap(true);
    m_headerSource->setObjectName(u"headerSourceComboBox"_s);
    m_headerSource->setAccessibleName(tr("Where the header's file comes from"));
    m_interactiveStyle->setObjectName(u"interactiveStyleComboBox"_s);
    m_interactiveStyle->addItem(tr("Reply buttons (up to %1)").arg(InteractiveMessage::kMostButtons),
        int(OutgoingMessage::Kind::InteractiveButtons));
    m_interactiveStyle->addItem(tr("A list to choose from (up to %1 options)").arg(InteractiveMessage::kMostRows),
        int(OutgoingMessage::Kind::InteractiveList));
    m_interactiveHeader->setObjectName(u"interactiveHeaderLineEdit"_s);
    m_interactiveHeader->setPlaceholderText(tr("optional, shown in bold above"));
    m_interactiveHeader->setMaxLength(InteractiveMessage::kHeaderLength);
    m_interactiveBody->setObjectName(u"interactiveBodyPlainTextEdit"_s);
    m_interactiveBody->setPlaceholderText(tr("Hello {{name}}, when should we deliver your order?"));
    m_interactiveBody->setMaximumHeight(80);
    m_interactiveBody->setTabChangesFocus(true);
    m_choices->setObjectName(u"choicesPlainTextEdit"_s);
    m_choices->setMaximumHeight(110);
    m_choices->setTabChangesFocus(true);
    m_listButton->setObjectName(u"listButtonLineEdit"_s);
    m_listButton->setPlaceholderText(tr("See the options"));
    m_listButton->setMaxLength(InteractiveMessage::kListButtonLength);
    m_interactiveFooter->setObjectName(u"interactiveFooterLineEdit"_s);
    m_interactiveFooter->setPlaceholderText(tr("optional, in small grey letters below"));
    m_interactiveFooter->setMaxLength(InteractiveMessage::kFooterLength);
    m_choicesHint->setWordWrap(true);

    auto* textPage = new QWidget(this);
    auto* textForm = new QFormLayout(textPage);
    textForm->addRow(tr("Te&xt:"), m_text);
    textForm->addRow(new QLabel(tr("Free text only reaches customers who wrote to you in the last 24 hours; for the "
                                   "others, use a template."),
        textPage));
    auto* mediaPage = new QWidget(this);
    auto* mediaForm = new QFormLayout(mediaPage);
    m_mediaForm = mediaForm;
    mediaForm->addRow(tr("&Link to the file:"), m_mediaUrl);
    auto* fileLabel = new QLabel(tr("Or a fil&e:"), mediaPage);
    fileLabel->setBuddy(m_mediaFile);
    // The field sits in a row with its button, out of the label's reach for screen readers: named here.
    m_mediaFile->setAccessibleName(tr("File on this computer"));
    mediaForm->addRow(fileLabel, m_fileRow);
    mediaForm->addRow(tr("T&ype:"), m_mediaType);
    mediaForm->addRow(tr("&Caption:"), m_caption);
    mediaForm->addRow(m_mediaHint);
    auto* templatePage = new QWidget(this);
    auto* templateForm = new QFormLayout(templatePage);
    m_templateForm = templateForm;
    templateForm->addRow(m_templateHint);
    templateForm->addRow(tr("From the &account:"), m_catalogue);
    templateForm->addRow(tr("Header f&rom:"), m_headerSource);
    templateForm->addRow(tr("Header &image link:"), m_headerLink);
    templateForm->addRow(tr("Templat&e name:"), m_templateName);
    templateForm->addRow(tr("&Language:"), m_language);
    templateForm->addRow(tr("C&ontent SID:"), m_contentSid);
    templateForm->addRow(tr("Cate&gory:"), m_category);
    templateForm->addRow(tr("Template te&xt:"), m_body);
    auto* interactivePage = new QWidget(this);
    auto* interactiveForm = new QFormLayout(interactivePage);
    m_interactiveForm = interactiveForm;
    interactiveForm->addRow(tr("&Kind:"), m_interactiveStyle);
    interactiveForm->addRow(tr("Hea&der:"), m_interactiveHeader);
    interactiveForm->addRow(tr("Te&xt:"), m_interactiveBody);
    interactiveForm->addRow(tr("&Choices:"), m_choices);
    interactiveForm->addRow(QString(), m_choicesHint);
    interactiveForm->addRow(tr("List b&utton:"), m_listButton);
    interactiveForm->addRow(tr("F&ooter:"), m_interactiveFooter);
    m_pages->addWidget(textPage);
    m_pages->addWidget(mediaPage);
    m_pages->addWidget(templatePage);
    m_pages->addWidget(interactivePage);

    auto* form = new QFormLayout;
    form->addRow(tr("&Send through:"), m_sender);
    form->addRow(tr("&Message:"), m_kind);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_pages);
    auto* variablesTitle = new QLabel(tr("Variables: where each {{placeholder}} gets its value"), this);
    layout->addWidget(variablesTitle);
    layout->addWidget(m_variables, 1);

    connect(m_sender, &QComboBox::currentIndexChanged, this, &MessagePage::senderChanged);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        m_pages->setCurrentIndex(m_kind->currentData().toInt());
        updateVariables();
    });
    for (QPlainTextEdit* edit : {m_text, m_body, m_interactiveBody})
        connect(edit, &QPlainTextEdit::textChanged, this, &MessagePage::updateVariables);
    connect(m_choices, &QPlainTextEdit::textChanged, this, &MessagePage::changed);
    for (QLineEdit* edit : {m_interactiveHeader, m_listButton, m_interactiveFooter})
        connect(edit, &QLineEdit::textChanged, this, &MessagePage::changed);
    connect(m_interactiveStyle, &QComboBox::currentIndexChanged, this, [this] {
        updateChoicesHint();
        Q_EMIT changed();
    });
    connect(m_headerSource, &QComboBox::currentIndexChanged, this, [this] {
        updateHeaderRows();
        Q_EMIT changed();
    });
    connect(m_caption, &QLineEdit::textChanged, this, &MessagePage::updateVariables);
    connect(m_chooseFile, &QPushButton::clicked, this, [this] {
        const auto type = OutgoingMessage::MediaType(m_mediaType->currentData().toInt());
        const QString path = FileDialog::openFileName(
            this, tr("Choose the file to send"), MediaFile::nameFilter(type) + u";;"_s + tr("All files (*)"));
        if (path.isEmpty())
            return;
        m_mediaFile->setText(path);
        // A document's type follows from the file; so does a picture's.
        const QString name = QFileInfo(path).suffix().toLower();
        if (u"pdf txt doc docx xls xlsx ppt pptx"_s.split(u' ').contains(name))
            m_mediaType->setCurrentIndex(m_mediaType->findData(int(OutgoingMessage::MediaType::Document)));
        else if (u"jpg jpeg png"_s.split(u' ').contains(name))
            m_mediaType->setCurrentIndex(m_mediaType->findData(int(OutgoingMessage::MediaType::Image)));
        else if (u"mp4 3gp"_s.split(u' ').contains(name))
            m_mediaType->setCurrentIndex(m_mediaType->findData(int(OutgoingMessage::MediaType::Video)));
    });
    connect(m_mediaType, &QComboBox::currentIndexChanged, this, &MessagePage::changed);
    for (QLineEdit* edit : {m_mediaUrl, m_mediaFile, m_templateName, m_language, m_contentSid})
        connect(edit, &QLineEdit::textChanged, this, &MessagePage::changed);
    connect(m_category, &QComboBox::currentIndexChanged, this, &MessagePage::changed);
    connect(m_headerLink, &QLineEdit::textChanged, this, &MessagePage::changed);
    connect(m_catalogue, &QComboBox::activated, this, [this] {
        const QString key = m_catalogue->currentData().toString();
        if (!key.isEmpty())
            chooseTemplate(key);
    });
    connect(m_variables, &VariableMappingEditor::changed, this, &MessagePage::changed);
    updateChoicesHint();
    reloadSenders();
}

void MessagePage::updateChoicesHint()
{
    const bool list = m_interactiveStyle->currentData().toInt() == int(OutgoingMessage::Kind::InteractiveList);
    m_interactiveForm->setRowVisible(m_listButton, list);
    m_choices->setPlaceholderText(list ? tr("Tomorrow morning | 9:00 to 12:00\nTomorrow afternoon | 14:00 to "
                                            "18:00\nPick it up at the shop")
                                       : tr("Yes, please\nNot now"));
    m_choicesHint->setText(list
            ? tr("One option a line, at most %1; after a | its description.").arg(InteractiveMessage::kMostRows)
            : tr("One button a line, at most %1.").arg(InteractiveMessage::kMostButtons));
}

void MessagePage::reloadSenders()
{
    const qint64 current = sender() ? sender()->id : 0;
    const Result<QList<Profile>> profiles = m_services.data.profiles.list();
    m_profiles = profiles.isOk() ? profiles.value() : QList<Profile>();
    const QSignalBlocker blocker(m_sender);
    m_sender->clear();
    for (const Profile& p : std::as_const(m_profiles))
        m_sender->addItem(p.name, p.id);
    m_sender->setCurrentIndex(qMax(0, m_sender->findData(current)));
    senderChanged();
}

void MessagePage::senderChanged()
{
    // The same message in the new sender's account, if the owner linked one: chosen again, with the variables'
    // sources in the same order.
    const QString previousKey = chosenKey();
    const qint64 previousSender = m_lastSenderId;
    const QList<VariableSource> sources = m_variables->sources();
    updateKinds();
    const std::optional<Profile> now = sender();
    m_lastSenderId = now ? now->id : 0;
    if (previousKey.isEmpty() || !now || now->id == previousSender)
        return;
    const Result<QString> linked = m_services.data.templates.linkedIn(previousSender, previousKey, now->id);
    if (linked.isOk() && !linked.value().isEmpty() && chooseTemplate(linked.value()))
        m_variables->setSources(sources);
}

void MessagePage::updateKinds()
{
    const Kind kept = kind();
    const QSignalBlocker blocker(m_kind);
    m_kind->clear();
    m_kind->addItem(tr("Template (reaches everyone who opted in)"), int(Kind::Template));
    m_kind->addItem(tr("Free text"), int(Kind::Text));
    m_kind->addItem(uploadsMedia() ? tr("Picture or document") : tr("Picture or document by link"), int(Kind::Media));
    m_kind->addItem(tr("Reply buttons or a list (customers who wrote in the last 24 hours)"), int(Kind::Interactive));
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(int(kept))));
    const bool content = sendsContent();
    // Meta names a template and its language; Twilio identifies it by its Content SID.
    m_templateForm->setRowVisible(m_templateName, !content);
    m_templateForm->setRowVisible(m_language, !content);
    m_templateForm->setRowVisible(m_contentSid, content);
    m_templateHint->setText(content
            ? tr("Twilio sends approved templates by their Content SID (Twilio Console → Content Template Builder).")
            : tr("Meta sends approved templates by name and language (WhatsApp Manager → Message templates)."));
    m_pages->setCurrentIndex(m_kind->currentData().toInt());
    updateMediaRows();
    loadCatalogue();
    updateVariables();
}

bool MessagePage::sendsContent() const
{
    const std::optional<Profile> p = sender();
    const ProviderDescriptor* descriptor = p ? m_services.registry.find(p->kind) : nullptr;
    return descriptor && descriptor->capabilities.templateStyle == TemplateStyle::ContentSid;
}

bool MessagePage::uploadsMedia() const
{
    const std::optional<Profile> p = sender();
    const ProviderDescriptor* descriptor = p ? m_services.registry.find(p->kind) : nullptr;
    return descriptor && descriptor->capabilities.mediaUpload;
}

void MessagePage::updateMediaRows()
{
    const bool upload = uploadsMedia();
    m_mediaForm->setRowVisible(m_fileRow, upload);
    const std::optional<Profile> p = sender();
    const ProviderDescriptor* descriptor = p ? m_services.registry.find(p->kind) : nullptr;
    const QString provider = descriptor ? descriptor->displayName : QString();
    m_mediaHint->setText(upload
            ? tr("A file from this computer is sent to %1 once, before the broadcast is queued, and every customer "
                 "gets that copy. Pictures: JPEG or PNG up to 5 MB; documents up to 100 MB.")
                  .arg(provider)
            : tr("%1 fetches the file from its link when it sends, so it must be public (https://).").arg(provider));
}

QString MessagePage::mediaFile() const
{
    return kind() == Kind::Media && uploadsMedia() ? m_mediaFile->text().trimmed() : QString();
}

void MessagePage::loadCatalogue()
{
    const std::optional<Profile> p = sender();
    const Result<QList<MessageTemplate>> templates
        = p ? m_services.data.templates.list(p->id) : Result<QList<MessageTemplate>>(QList<MessageTemplate>());
    m_templates = templates.isOk() ? templates.value() : QList<MessageTemplate>();
    const QSignalBlocker blocker(m_catalogue);
    m_catalogue->clear();
    m_catalogue->addItem(m_templates.isEmpty() ? tr("None synced yet (Templates tab): type it in below")
                                               : tr("Choose one, or type it in below"),
        QString());
    auto* model = qobject_cast<QStandardItemModel*>(m_catalogue->model());
    for (const MessageTemplate& t : std::as_const(m_templates)) {
        m_catalogue->addItem(u"%1 · %2 · %3"_s.arg(t.name, t.language, t.categoryText()), t.key());
        if (!t.isApproved() && model) {
            // Shown, so the owner finds it, but not chosen: it cannot be sent.
            QStandardItem* item = model->item(m_catalogue->count() - 1);
            item->setEnabled(false);
            item->setToolTip(t.unusableReason());
            item->setText(item->text() + u" · "_s + t.statusWord());
        }
    }
    m_templateForm->setRowVisible(m_catalogue, !m_templates.isEmpty() || p);
    updateHeaderRows();
}

void MessagePage::updateHeaderRows()
{
    const MessageTemplate* t = chosen();
    const bool media = t && !t->headerFormat.isEmpty() && t->headerFormat != u"text"_s && !sendsContent();
    m_templateForm->setRowVisible(m_headerSource, media);
    m_templateForm->setRowVisible(m_headerLink, media && m_headerSource->currentData().toString().isEmpty());
}

QString MessagePage::chosenKey() const
{
    const MessageTemplate* t = chosen();
    return kind() == Kind::Template && t ? t->key() : QString();
}

bool MessagePage::chooseTemplate(const QString& key)
{
    for (const MessageTemplate& t : std::as_const(m_templates)) {
        if (t.key() != key || !t.isApproved())
            continue;
        m_catalogue->setCurrentIndex(m_catalogue->findData(key));
        m_kind->setCurrentIndex(m_kind->findData(int(Kind::Template)));
        m_templateName->setText(t.name);
        m_language->setText(t.language);
        m_contentSid->setText(t.style == TemplateStyle::ContentSid ? t.providerId : QString());
        const MessageCategory category = messageCategoryFromName(t.category);
        m_category->setCurrentIndex(m_category->findData(int(category)));
        m_body->setPlainText(t.body); // its variables come from its own text
        m_templateForm->labelForField(m_headerLink)->setProperty("text", tr("Header %1 link:").arg(t.headerFormat));
        updateHeaderRows();
        updateVariables();
        return true;
    }
    return false;
}

const MessageTemplate* MessagePage::chosen() const
{
    const QString key = m_catalogue->currentData().toString();
    for (const MessageTemplate& t : m_templates) {
        if (!key.isEmpty() && t.key() == key)
            return &t;
    }
    return nullptr;
}

QList<MessageTemplate> MessagePage::catalogue() const
{
    return m_templates;
}

void MessagePage::updateVariables()
{
    m_variables->setVariables(TemplateText::placeholders(previewBody()));
    Q_EMIT changed();
}

void MessagePage::setFieldNames(const QStringList& fields)
{
    m_variables->setFieldNames(fields);
    const QString kept = m_headerSource->currentData().toString();
    const QSignalBlocker blocker(m_headerSource);
    m_headerSource->clear();
    m_headerSource->addItem(tr("One link for everyone"), QString());
    for (const QString& field : fields)
        m_headerSource->addItem(tr("Each contact's field: %1").arg(field), field);
    m_headerSource->setCurrentIndex(qMax(0, m_headerSource->findData(kept)));
    updateHeaderRows();
}

std::optional<Profile> MessagePage::sender() const
{
    const qint64 id = m_sender->currentData().toLongLong();
    for (const Profile& p : m_profiles) {
        if (p.id == id)
            return p;
    }
    return std::nullopt;
}

MessagePage::Kind MessagePage::kind() const
{
    return m_kind->count() == 0 ? Kind::Template : Kind(m_kind->currentData().toInt());
}

OutgoingMessage MessagePage::message() const
{
    OutgoingMessage m;
    switch (kind()) {
    case Kind::Text:
        m.kind = OutgoingMessage::Kind::Text;
        m.text = m_text->toPlainText();
        m.previewUrl = m.text.contains(u"https://"_s);
        break;
    case Kind::Media:
        m.kind = OutgoingMessage::Kind::Media;
        m.mediaType = OutgoingMessage::MediaType(m_mediaType->currentData().toInt());
        m.text = m_caption->text();
        if (const QString file = mediaFile(); !file.isEmpty()) {
            m.filename = QFileInfo(file).fileName(); // the upload's id arrives when the broadcast is queued
        } else {
            m.mediaUrl = m_mediaUrl->text().trimmed();
            if (m.mediaType == OutgoingMessage::MediaType::Document)
                m.filename = QUrl(m.mediaUrl).fileName();
        }
        break;
    case Kind::Template:
        if (sendsContent()) {
            m.kind = OutgoingMessage::Kind::ContentTemplate;
            m.contentSid = m_contentSid->text().trimmed();
        } else {
            m.kind = OutgoingMessage::Kind::Template;
            m.templateName = m_templateName->text().trimmed();
            m.languageCode = m_language->text().trimmed();
            // A media header gets the same file for everyone, or each contact's from a field (in mapping()).
            const MessageTemplate* t = chosen();
            const bool perContact = !m_headerSource->currentData().toString().isEmpty();
            if (t && t->name == m.templateName && (perContact || !m_headerLink->text().trimmed().isEmpty())) {
                m.headerType = t->headerFormat == u"video"_s ? OutgoingMessage::HeaderType::Video
                    : t->headerFormat == u"document"_s       ? OutgoingMessage::HeaderType::Document
                                                             : OutgoingMessage::HeaderType::Image;
                m.headerValue = perContact ? QString() : m_headerLink->text().trimmed();
            }
        }
        break;
    case Kind::Interactive:
        m.kind = OutgoingMessage::Kind(m_interactiveStyle->currentData().toInt());
        m.text = m_interactiveBody->toPlainText();
        m.headerText = m_interactiveHeader->text().trimmed();
        m.footerText = m_interactiveFooter->text().trimmed();
        m.listButtonText = m_listButton->text().trimmed();
        InteractiveMessage::setChoices(m, m_choices->toPlainText());
        break;
    }
    return m;
}

MessageCategory MessagePage::category() const
{
    return kind() == Kind::Template ? MessageCategory(m_category->currentData().toInt()) : MessageCategory::Service;
}

VariableMapping MessagePage::mapping() const
{
    VariableMapping mapping = m_variables->mapping();
    const QString headerField = m_headerSource->currentData().toString();
    if (kind() == Kind::Template && !headerField.isEmpty() && m_templateForm->isRowVisible(m_headerSource))
        mapping.insert(OutgoingMessage::kHeaderVariable, VariableSource {VariableSource::Kind::Field, headerField, {}});
    return mapping;
}

QString MessagePage::previewBody() const
{
    switch (kind()) {
    case Kind::Text:
        return m_text->toPlainText();
    case Kind::Media:
        return m_caption->text();
    case Kind::Template:
        return m_body->toPlainText();
    case Kind::Interactive:
        return m_interactiveBody->toPlainText();
    }
    return QString();
}

QString MessagePage::problem() const
{
    if (!sender())
        return tr("Set up a WhatsApp sender first (Senders tab).");
    const OutgoingMessage m = message();
    switch (kind()) {
    case Kind::Text:
        return m.text.trimmed().isEmpty() ? tr("Write the message.") : QString();
    case Kind::Media: {
        if (const QString file = mediaFile(); !file.isEmpty()) {
            if (!m_mediaUrl->text().trimmed().isEmpty())
                return tr("Give a link or a file, not both.");
            const Result<MediaFile> checked = MediaFile::open(file, m.mediaType);
            return checked.isOk() ? QString() : checked.error();
        }
        const QUrl url(m.mediaUrl);
        if (url.isValid() && (url.scheme() == u"https"_s || url.scheme() == u"http"_s))
            return QString();
        return uploadsMedia() ? tr("Give the link to the file, starting with https://, or choose a file.")
                              : tr("Give the link to the file, starting with https://.");
    }
    case Kind::Template:
        if (m.kind == OutgoingMessage::Kind::ContentTemplate)
            return m.contentSid.startsWith(u"HX"_s) ? QString()
                                                    : tr("Give the template's Content SID (it starts with HX).");
        if (m.templateName.isEmpty() || m.languageCode.isEmpty())
            return tr("Give the template's name and language.");
        if (const MessageTemplate* t = chosen(); t && t->name == m.templateName && !t->headerFormat.isEmpty()
            && t->headerFormat != u"text"_s && m.headerValue.isEmpty()
            && !mapping().contains(OutgoingMessage::kHeaderVariable))
            return tr("The template shows a %1 at the top: give the link to the file.").arg(t->headerFormat);
        return QString();
    case Kind::Interactive:
        return InteractiveMessage::problems(m).value(0);
    }
    return QString();
}
