#include "contacteditdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

using namespace Qt::StringLiterals;

ContactEditDialog::ContactEditDialog(const Contact& contact, QWidget* parent)
    : QDialog(parent)
    , m_contact(contact)
    , m_name(new QLineEdit(contact.name, this))
    , m_tags(new QLineEdit(contact.tags.join(u", "_s), this))
    , m_fields(new QPlainTextEdit(this))
    , m_optedOut(new QCheckBox(tr("Opted out: never send to this number"), this))
{
    setObjectName(u"contactEditDialog"_s);
    setWindowTitle(tr("Contact %1").arg(contact.phone));
    m_name->setObjectName(u"nameLineEdit"_s);
    m_tags->setObjectName(u"tagsLineEdit"_s);
    m_tags->setPlaceholderText(tr("vip, newsletter"));
    m_fields->setObjectName(u"fieldsPlainTextEdit"_s);
    m_fields->setTabChangesFocus(true); // Tab moves on, as in every form
    m_fields->setPlaceholderText(tr("first_name: Ana\ncity: Porto"));
    QStringList lines;
    for (auto it = contact.fields.cbegin(); it != contact.fields.cend(); ++it)
        lines << it.key() + u": "_s + it.value();
    m_fields->setPlainText(lines.join(u'\n'));
    m_optedOut->setObjectName(u"optedOutCheckBox"_s);
    m_optedOut->setChecked(contact.optedOut);
    if (contact.optedOut) {
        // Unticking here would subscribe them again without a word: that is "Subscribe again…", with a reason.
        m_optedOut->setEnabled(false);
        m_optedOut->setToolTip(tr("To send to them again, use Subscribe again… under Contacts: Tandem keeps your "
                                  "reason with the change."));
    }

    auto* form = new QFormLayout(this);
    form->addRow(tr("Number:"), new QLabel(contact.phone, this));
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Tags:"), m_tags);
    form->addRow(tr("Other &fields:"), m_fields);
    form->addRow(QString(), m_optedOut);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(u"contactEditButtonBox"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

Contact ContactEditDialog::contact() const
{
    Contact c = m_contact;
    c.name = m_name->text().trimmed();
    c.tags.clear();
    for (const QString& tag : m_tags->text().split(u',', Qt::SkipEmptyParts)) {
        if (!tag.trimmed().isEmpty() && !c.tags.contains(tag.trimmed()))
            c.tags << tag.trimmed();
    }
    c.fields.clear();
    for (const QString& line : m_fields->toPlainText().split(u'\n', Qt::SkipEmptyParts)) {
        const qsizetype colon = line.indexOf(u':');
        if (colon > 0 && !line.left(colon).trimmed().isEmpty())
            c.fields.insert(line.left(colon).trimmed(), line.mid(colon + 1).trimmed());
    }
    if (m_optedOut->isChecked() != c.optedOut) {
        c.optedOut = m_optedOut->isChecked();
        c.optedOutAt = c.optedOut ? QDateTime::currentDateTimeUtc() : QDateTime();
    }
    return c;
}
