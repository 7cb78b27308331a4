#include "messagepage.h"

#include "appservices.h"
#include "broadcast/templatetext.h"
#include "storage/profilerepository.h"
#include "templates/templatecatalogue.h"
#include "variablemappingeditor.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
bool isTwilio(const std::optional<Profile>& p)
{
    return p && p->kind == u"twilio"_s;
}
} // namespace

MessagePage::MessagePage(AppServices& services, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_sender(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_pages(new QStackedWidget(this))
    , m_text(new QPlainTextEdit(this))
    , m_mediaUrl(new QLineEdit(this))
    , m_mediaType(new QComboBox(this))
    , m_caption(new QLineEdit(this))
    , m_catalogue(new QComboBox(this))
    , m_headerLink(new QLineEdit(this))
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
    m_text->setPlaceholderText(tr("Hello {{name}}, your order is ready."));
    m_mediaUrl->setObjectName(u"mediaUrlLineEdit"_s);
    m_mediaUrl->setPlaceholderText(u"https://example.com/spring-catalogue.pdf"_s);
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
    m_body->setPlaceholderText(tr("Paste the template's text here, for example: Hi {{1}}, your order {{2}} is ready."));
    m_body->setMaximumHeight(80);
    m_templateHint->setWordWrap(true);

    auto* textPage = new QWidget(this);
    auto* textForm = new QFormLayout(textPage);
    textForm->addRow(tr("&Text:"), m_text);
    textForm->addRow(new QLabel(tr("Free text only reaches customers who wrote to you in the last 24 hours; for the "
                                   "others, use a template."),
        textPage));
    auto* mediaPage = new QWidget(this);
    auto* mediaForm = new QFormLayout(mediaPage);
    mediaForm->addRow(tr("&Link to the file:"), m_mediaUrl);
    mediaForm->addRow(tr("&Type:"), m_mediaType);
    mediaForm->addRow(tr("&Caption:"), m_caption);
    auto* templatePage = new QWidget(this);
    auto* templateForm = new QFormLayout(templatePage);
    m_templateForm = templateForm;
    templateForm->addRow(m_templateHint);
    templateForm->addRow(tr("From the &account:"), m_catalogue);
    templateForm->addRow(tr("Header &image link:"), m_headerLink);
    templateForm->addRow(tr("Template &name:"), m_templateName);
    templateForm->addRow(tr("&Language:"), m_language);
    templateForm->addRow(tr("Content &SID:"), m_contentSid);
    templateForm->addRow(tr("Ca&tegory:"), m_category);
    templateForm->addRow(tr("Template &text:"), m_body);
    m_pages->addWidget(textPage);
    m_pages->addWidget(mediaPage);
    m_pages->addWidget(templatePage);

    auto* form = new QFormLayout;
    form->addRow(tr("&Send through:"), m_sender);
    form->addRow(tr("&Message:"), m_kind);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_pages);
    auto* variablesTitle = new QLabel(tr("Variables: where each {{placeholder}} gets its value"), this);
    layout->addWidget(variablesTitle);
    layout->addWidget(m_variables, 1);

    connect(m_sender, &QComboBox::currentIndexChanged, this, &MessagePage::updateKinds);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        m_pages->setCurrentIndex(m_kind->currentData().toInt());
        updateVariables();
    });
    for (QPlainTextEdit* edit : {m_text, m_body})
        connect(edit, &QPlainTextEdit::textChanged, this, &MessagePage::updateVariables);
    connect(m_caption, &QLineEdit::textChanged, this, &MessagePage::updateVariables);
    for (QLineEdit* edit : {m_mediaUrl, m_templateName, m_language, m_contentSid})
        connect(edit, &QLineEdit::textChanged, this, &MessagePage::changed);
    connect(m_category, &QComboBox::currentIndexChanged, this, &MessagePage::changed);
    connect(m_headerLink, &QLineEdit::textChanged, this, &MessagePage::changed);
    connect(m_catalogue, &QComboBox::activated, this, [this] {
        const QString key = m_catalogue->currentData().toString();
        if (!key.isEmpty())
            chooseTemplate(key);
    });
    connect(m_variables, &VariableMappingEditor::changed, this, &MessagePage::changed);
    reloadSenders();
}

void MessagePage::reloadSenders()
{
    const qint64 current = sender() ? sender()->id : 0;
    const Result<QList<Profile>> profiles = m_services.profiles.list();
    m_profiles = profiles.isOk() ? profiles.value() : QList<Profile>();
    const QSignalBlocker blocker(m_sender);
    m_sender->clear();
    for (const Profile& p : std::as_const(m_profiles))
        m_sender->addItem(p.name, p.id);
    m_sender->setCurrentIndex(qMax(0, m_sender->findData(current)));
    updateKinds();
}

void MessagePage::updateKinds()
{
    const Kind kept = kind();
    const QSignalBlocker blocker(m_kind);
    m_kind->clear();
    m_kind->addItem(tr("Template (reaches everyone who opted in)"), int(Kind::Template));
    m_kind->addItem(tr("Free text"), int(Kind::Text));
    m_kind->addItem(tr("Picture or document by link"), int(Kind::Media));
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(int(kept))));
    const bool twilio = isTwilio(sender());
    // Meta names a template and its language; Twilio identifies it by its Content SID.
    m_templateForm->setRowVisible(m_templateName, !twilio);
    m_templateForm->setRowVisible(m_language, !twilio);
    m_templateForm->setRowVisible(m_contentSid, twilio);
    m_templateHint->setText(twilio
            ? tr("Twilio sends approved templates by their Content SID (Twilio Console → Content Template Builder).")
            : tr("Meta sends approved templates by name and language (WhatsApp Manager → Message templates)."));
    m_pages->setCurrentIndex(m_kind->currentData().toInt());
    loadCatalogue();
    updateVariables();
}

void MessagePage::loadCatalogue()
{
    const std::optional<Profile> p = sender();
    const Result<QList<MessageTemplate>> templates = p ? TemplateCatalogue(m_services.database).list(p->id)
                                                       : Result<QList<MessageTemplate>>(QList<MessageTemplate>());
    m_templates = templates.isOk() ? templates.value() : QList<MessageTemplate>();
    const QSignalBlocker blocker(m_catalogue);
    m_catalogue->clear();
    m_catalogue->addItem(m_templates.isEmpty() ? tr("None synced yet (Templates tab): type it in below")
                                               : tr("Choose one, or type it in below"),
        QString());
    auto* model = qobject_cast<QStandardItemModel*>(m_catalogue->model());
    for (const MessageTemplate& t : std::as_const(m_templates)) {
        m_catalogue->addItem(u"%1 · %2 · %3"_s.arg(t.name, t.language, t.category), t.key());
        if (!t.isApproved() && model) {
            // Shown, so the owner finds it, but not chosen: it cannot be sent.
            QStandardItem* item = model->item(m_catalogue->count() - 1);
            item->setEnabled(false);
            item->setToolTip(t.unusableReason());
            item->setText(item->text() + u" · "_s + t.status);
        }
    }
    m_templateForm->setRowVisible(m_catalogue, !m_templates.isEmpty() || p);
    m_templateForm->setRowVisible(m_headerLink,
        chosen() && !chosen()->headerFormat.isEmpty() && chosen()->headerFormat != u"text"_s && !isTwilio(sender()));
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
        m_contentSid->setText(t.provider == u"twilio"_s ? t.providerId : QString());
        const MessageCategory category = t.category == u"marketing"_s ? MessageCategory::Marketing
            : t.category == u"authentication"_s                       ? MessageCategory::Authentication
                                                                      : MessageCategory::Utility;
        m_category->setCurrentIndex(m_category->findData(int(category)));
        m_body->setPlainText(t.body); // its variables come from its own text
        const bool media = !t.headerFormat.isEmpty() && t.headerFormat != u"text"_s && t.provider != u"twilio"_s;
        m_templateForm->setRowVisible(m_headerLink, media);
        m_templateForm->labelForField(m_headerLink)->setProperty("text", tr("Header %1 link:").arg(t.headerFormat));
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
        m.mediaUrl = m_mediaUrl->text().trimmed();
        m.mediaType = OutgoingMessage::MediaType(m_mediaType->currentData().toInt());
        m.text = m_caption->text();
        if (m.mediaType == OutgoingMessage::MediaType::Document)
            m.filename = QUrl(m.mediaUrl).fileName();
        break;
    case Kind::Template:
        if (isTwilio(sender())) {
            m.kind = OutgoingMessage::Kind::ContentTemplate;
            m.contentSid = m_contentSid->text().trimmed();
        } else {
            m.kind = OutgoingMessage::Kind::Template;
            m.templateName = m_templateName->text().trimmed();
            m.languageCode = m_language->text().trimmed();
            // A media header gets the same file for everyone in the broadcast.
            const MessageTemplate* t = chosen();
            if (t && t->name == m.templateName && !m_headerLink->text().trimmed().isEmpty()) {
                m.headerType = t->headerFormat == u"video"_s ? OutgoingMessage::HeaderType::Video
                    : t->headerFormat == u"document"_s       ? OutgoingMessage::HeaderType::Document
                                                             : OutgoingMessage::HeaderType::Image;
                m.headerValue = m_headerLink->text().trimmed();
            }
        }
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
    return m_variables->mapping();
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
        const QUrl url(m.mediaUrl);
        return url.isValid() && (url.scheme() == u"https"_s || url.scheme() == u"http"_s)
            ? QString()
            : tr("Give the link to the file, starting with https://.");
    }
    case Kind::Template:
        if (m.kind == OutgoingMessage::Kind::ContentTemplate)
            return m.contentSid.startsWith(u"HX"_s) ? QString()
                                                    : tr("Give the template's Content SID (it starts with HX).");
        if (m.templateName.isEmpty() || m.languageCode.isEmpty())
            return tr("Give the template's name and language.");
        if (const MessageTemplate* t = chosen(); t && t->name == m.templateName && !t->headerFormat.isEmpty()
            && t->headerFormat != u"text"_s && m.headerValue.isEmpty())
            return tr("The template shows a %1 at the top: give the link to the file.").arg(t->headerFormat);
        return QString();
    }
    return QString();
}
