#include "templateeditor.h"
#include "common/screenfit.h"

#include "templates/templatelinter.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

TemplateEditor::TemplateEditor(QWidget* parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_category(new QComboBox(this))
    , m_language(new QLineEdit(u"en"_s, this))
    , m_header(new QComboBox(this))
    , m_headerValue(new QLineEdit(this))
    , m_body(new QPlainTextEdit(this))
    , m_examples(new QLineEdit(this))
    , m_footer(new QLineEdit(this))
    , m_quickReplies(new QPlainTextEdit(this))
    , m_linkText(new QLineEdit(this))
    , m_linkUrl(new QLineEdit(this))
    , m_problems(new QListWidget(this))
    , m_submit(new QPushButton(tr("&Submit for review"), this))
{
    setObjectName(u"templateEditorDialog"_s);
    setWindowTitle(tr("New template"));
    m_name->setObjectName(u"templateNameLineEdit"_s);
    m_name->setPlaceholderText(u"pickup_ready"_s);
    m_category->setObjectName(u"templateCategoryComboBox"_s);
    m_category->addItem(tr("Utility: about an order, an appointment, an account"), u"UTILITY"_s);
    m_category->addItem(tr("Marketing: offers, news, invitations"), u"MARKETING"_s);
    m_category->addItem(tr("Authentication: one-time codes"), u"AUTHENTICATION"_s);
    m_language->setObjectName(u"templateLanguageLineEdit"_s);
    m_header->setObjectName(u"templateHeaderComboBox"_s);
    m_header->addItem(tr("No header"), QString());
    m_header->addItem(tr("Text"), u"TEXT"_s);
    m_header->addItem(tr("Picture"), u"IMAGE"_s);
    m_header->addItem(tr("Document"), u"DOCUMENT"_s);
    m_headerValue->setObjectName(u"templateHeaderLineEdit"_s);
    m_headerValue->setAccessibleName(tr("Header text or media example link"));
    m_headerValue->setPlaceholderText(tr("The header's text, or a link to a sample file for the reviewers"));
    m_body->setObjectName(u"templateBodyPlainTextEdit"_s);
    m_body->setTabChangesFocus(true); // Tab moves on, as in every form
    m_body->setPlaceholderText(tr("Hi {{1}}, your order {{2}} is ready for pickup today."));
    m_examples->setObjectName(u"templateExamplesLineEdit"_s);
    m_examples->setPlaceholderText(tr("An example for each variable, separated by commas: Ann, A-100"));
    m_footer->setObjectName(u"templateFooterLineEdit"_s);
    m_quickReplies->setObjectName(u"templateQuickRepliesPlainTextEdit"_s);
    m_quickReplies->setTabChangesFocus(true); // Tab moves on, as in every form
    m_quickReplies->setPlaceholderText(tr("Quick-reply buttons, one per line (up to 10)"));
    m_quickReplies->setMaximumHeight(60);
    m_linkText->setObjectName(u"templateLinkTextLineEdit"_s);
    m_linkText->setPlaceholderText(tr("Link button text, e.g. See the order"));
    m_linkUrl->setObjectName(u"templateLinkUrlLineEdit"_s);
    m_linkUrl->setAccessibleName(tr("Link button address"));
    m_linkUrl->setPlaceholderText(u"https://shop.example/orders/{{1}}"_s);
    m_problems->setObjectName(u"templateProblemsListWidget"_s);
    m_problems->setAccessibleName(tr("Problems found before submitting"));
    m_problems->setWordWrap(true);
    m_submit->setObjectName(u"submitTemplateButton"_s);

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Category:"), m_category);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("&Header:"), m_header);
    form->addRow(QString(), m_headerValue);
    form->addRow(tr("&Body:"), m_body);
    form->addRow(tr("&Examples:"), m_examples);
    form->addRow(tr("&Footer:"), m_footer);
    form->addRow(tr("&Quick replies:"), m_quickReplies);
    form->addRow(tr("Link b&utton:"), m_linkText);
    form->addRow(QString(), m_linkUrl);
    auto* checkButton = new QPushButton(tr("Chec&k"), this);
    checkButton->setObjectName(u"checkTemplateButton"_s);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(checkButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_submit, QDialogButtonBox::AcceptRole);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("What WhatsApp's reviewers would say:"), this));
    layout->addWidget(m_problems);
    layout->addWidget(buttons);
    connect(checkButton, &QPushButton::clicked, this, &TemplateEditor::check);
    connect(m_submit, &QPushButton::clicked, this, [this] {
        if (check())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    fitToScreen(this, {620, 680});
}

QJsonObject TemplateEditor::definition() const
{
    QJsonArray components;
    const QString header = m_header->currentData().toString();
    if (header == u"TEXT"_s) {
        components.append(
            QJsonObject {{u"type"_s, u"HEADER"_s}, {u"format"_s, header}, {u"text"_s, m_headerValue->text()}});
    } else if (!header.isEmpty()) {
        components.append(QJsonObject {{u"type"_s, u"HEADER"_s}, {u"format"_s, header},
            {u"example"_s, QJsonObject {{u"header_handle"_s, QJsonArray {m_headerValue->text().trimmed()}}}}});
    }
    QJsonObject body {{u"type"_s, u"BODY"_s}, {u"text"_s, m_body->toPlainText()}};
    QJsonArray examples;
    for (const QString& e : m_examples->text().split(u',', Qt::SkipEmptyParts))
        examples.append(e.trimmed());
    if (!examples.isEmpty())
        body.insert(u"example"_s, QJsonObject {{u"body_text"_s, QJsonArray {examples}}});
    components.append(body);
    if (!m_footer->text().trimmed().isEmpty())
        components.append(QJsonObject {{u"type"_s, u"FOOTER"_s}, {u"text"_s, m_footer->text().trimmed()}});
    QJsonArray buttons;
    for (const QString& reply : m_quickReplies->toPlainText().split(u'\n', Qt::SkipEmptyParts))
        buttons.append(QJsonObject {{u"type"_s, u"QUICK_REPLY"_s}, {u"text"_s, reply.trimmed()}});
    if (!m_linkText->text().trimmed().isEmpty()) {
        QJsonObject link {
            {u"type"_s, u"URL"_s}, {u"text"_s, m_linkText->text().trimmed()}, {u"url"_s, m_linkUrl->text().trimmed()}};
        if (m_linkUrl->text().contains(u"{{"_s)) // the example: the address with the first example filled in
            link.insert(u"example"_s,
                QJsonArray {
                    QString(m_linkUrl->text().trimmed()).replace(u"{{1}}"_s, examples.first().toString(u"1"_s))});
        buttons.append(link);
    }
    if (!buttons.isEmpty())
        components.append(QJsonObject {{u"type"_s, u"BUTTONS"_s}, {u"buttons"_s, buttons}});
    return {{u"name"_s, m_name->text().trimmed()}, {u"language"_s, m_language->text().trimmed()},
        {u"category"_s, m_category->currentData().toString()}, {u"components"_s, components}};
}

bool TemplateEditor::check()
{
    const QList<TemplateLinter::Problem> problems = TemplateLinter::lint(definition());
    m_problems->clear();
    for (const TemplateLinter::Problem& p : problems) {
        auto* item = new QListWidgetItem(
            (p.error ? tr("Error") : tr("Warning")) + u" · "_s + p.where + u": "_s + p.message, m_problems);
        item->setForeground(p.error ? QColor(0xb0, 0x00, 0x20) : QColor(0x8a, 0x6d, 0x00));
    }
    if (problems.isEmpty())
        m_problems->addItem(tr("No problems found: it is ready to submit."));
    return !TemplateLinter::hasErrors(problems);
}
