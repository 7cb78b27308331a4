#pragma once

#include "contacts/contact.h"

#include <QDialog>

class QCheckBox;
class QLineEdit;
class QPlainTextEdit;

// Edits one contact: name, tags, custom fields ("field: value" a line) and whether they opted out. The number is
// the contact's identity and is shown, not edited.
class ContactEditDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ContactEditDialog(const Contact& contact, QWidget* parent = nullptr);

    Contact contact() const;

private:
    Contact m_contact;
    QLineEdit* m_name;
    QLineEdit* m_tags;
    QPlainTextEdit* m_fields;
    QCheckBox* m_optedOut;
};
