#pragma once

#include <QDialog>
#include <QJsonObject>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

// A new template, written once for either provider: name, category, language, an optional header (text or a
// picture), the body with its {{1}} variables and an example for each, a footer, and buttons (quick replies, or a
// link). Check runs the linter and lists every problem in a sentence; Submit is possible only without errors.
// definition() gives Meta's create-template JSON (Twilio's Content is made from it).
class TemplateEditor : public QDialog
{
    Q_OBJECT
public:
    explicit TemplateEditor(QWidget* parent = nullptr);

    QJsonObject definition() const;
    // Lints the definition and shows the problems; true when there is no error.
    bool check();

private:
    QLineEdit* m_name;
    QComboBox* m_category;
    QLineEdit* m_language;
    QComboBox* m_header;
    QLineEdit* m_headerValue;
    QPlainTextEdit* m_body;
    QLineEdit* m_examples;
    QLineEdit* m_footer;
    QPlainTextEdit* m_quickReplies;
    QLineEdit* m_linkText;
    QLineEdit* m_linkUrl;
    QListWidget* m_problems;
    QPushButton* m_submit;
};
