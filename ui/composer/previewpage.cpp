#include "previewpage.h"

#include "templates/templatetext.h"

#include <QComboBox>
#include <QFormLayout>
#include <QTextBrowser>

using namespace Qt::StringLiterals;

namespace {
// The recipient list is for choosing an example: the first few hundred are plenty and keep the combo quick.
constexpr int kChoices = 500;
} // namespace

PreviewPage::PreviewPage(QWidget* parent)
    : QWidget(parent), m_recipient(new QComboBox(this)), m_preview(new QTextBrowser(this))
{
    setObjectName(u"previewPage"_s);
    m_recipient->setObjectName(u"previewRecipientComboBox"_s);
    m_preview->setObjectName(u"previewTextBrowser"_s);
    m_preview->setOpenLinks(false);
    auto* form = new QFormLayout(this);
    form->addRow(tr("As &read by:"), m_recipient);
    form->addRow(m_preview);
    connect(m_recipient, &QComboBox::currentIndexChanged, this, &PreviewPage::render);
}

void PreviewPage::setContent(
    const QList<Contact>& audience, const OutgoingMessage& message, const VariableMapping& mapping, const QString& body)
{
    // Only customers who will get it: the opted-out are left out here as they are when it is sent.
    m_audience.clear();
    for (const Contact& c : audience) {
        if (c.optedOut)
            continue;
        m_audience << c;
        if (m_audience.size() == kChoices)
            break;
    }
    m_message = message;
    m_mapping = mapping;
    m_body = body;
    const QSignalBlocker blocker(m_recipient);
    m_recipient->clear();
    for (const Contact& c : std::as_const(m_audience))
        m_recipient->addItem(c.name.isEmpty() ? c.phone : c.name + u" ("_s + c.phone + u')');
    render();
}

QString PreviewPage::renderedText() const
{
    return m_preview->toPlainText();
}

void PreviewPage::render()
{
    const int index = m_recipient->currentIndex();
    if (index < 0 || index >= m_audience.size()) {
        m_preview->setPlainText(tr("Choose an audience with at least one contact to see the message."));
        return;
    }
    const Contact& c = m_audience.at(index);
    QMap<QString, QString> values;
    QStringList missing;
    for (auto it = m_mapping.cbegin(); it != m_mapping.cend(); ++it) {
        const QString value = it.value().resolve(c);
        if (value.isNull())
            missing << it.key();
        else
            values.insert(it.key(), value);
    }
    QString html = u"<div style='background:#dcf8c6; padding:10px; border-radius:8px'>"_s;
    if (m_message.kind == OutgoingMessage::Kind::Media)
        html += tr("[%1]").arg(m_message.mediaUrl.toHtmlEscaped()) + u"<br>"_s;
    if (values.contains(OutgoingMessage::kHeaderVariable))
        html += tr("[%1]").arg(values.take(OutgoingMessage::kHeaderVariable).toHtmlEscaped()) + u"<br>"_s;
    else if (!m_message.headerValue.isEmpty() && m_message.headerType != OutgoingMessage::HeaderType::Text)
        html += tr("[%1]").arg(m_message.headerValue.toHtmlEscaped()) + u"<br>"_s;
    if (!m_message.headerText.isEmpty())
        html += u"<b>"_s + m_message.headerText.toHtmlEscaped() + u"</b><br>"_s;
    if (!m_body.isEmpty())
        html += TemplateText::render(m_body, values).toHtmlEscaped().replace(u'\n', u"<br>"_s);
    else if (m_message.kind == OutgoingMessage::Kind::Template)
        html += tr("Template %1 (%2)")
                    .arg(m_message.templateName.toHtmlEscaped(), m_message.languageCode.toHtmlEscaped());
    else if (m_message.kind == OutgoingMessage::Kind::ContentTemplate)
        html += tr("Content template %1").arg(m_message.contentSid.toHtmlEscaped());
    if (!m_message.footerText.isEmpty())
        html += u"<br><span style='color:#707070'>"_s + m_message.footerText.toHtmlEscaped() + u"</span>"_s;
    html += u"</div>"_s;
    // Reply buttons under the message; a list behind its button.
    QStringList choices;
    for (const OutgoingMessage::ReplyButton& b : m_message.replyButtons)
        choices << b.title;
    for (const OutgoingMessage::ListSection& section : m_message.listSections) {
        for (const OutgoingMessage::ListRow& row : section.rows)
            choices << (row.description.isEmpty() ? row.title : u"%1 — %2"_s.arg(row.title, row.description));
    }
    if (m_message.kind == OutgoingMessage::Kind::InteractiveList)
        html += u"<p align='center'>☰ "_s + m_message.listButtonText.toHtmlEscaped() + u"</p>"_s;
    for (const QString& choice : std::as_const(choices))
        html += u"<p align='center' style='color:#027eb5'>"_s + choice.toHtmlEscaped() + u"</p>"_s;
    if (!values.isEmpty() && m_body.isEmpty()) {
        html += u"<p>"_s;
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            html += u"{{"_s + it.key().toHtmlEscaped() + u"}} = "_s + it.value().toHtmlEscaped() + u"<br>"_s;
        html += u"</p>"_s;
    } else if (!missing.isEmpty())
        html += u"<p><b>"_s
            + tr("Not sent: no value for %1. Give a fallback or fill the field.")
                  .arg(missing.join(u", "_s))
                  .toHtmlEscaped()
            + u"</b></p>"_s;
    m_preview->setHtml(html);
}
