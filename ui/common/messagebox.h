#pragma once

#include <QMessageBox>

#include <optional>

// Modal questions go through here so tests can answer them (setNextAnswer) instead of blocking on a dialog.
class MessageBox
{
public:
    static QMessageBox::StandardButton question(QWidget* parent,
        const QString& title,
        const QString& text,
        QMessageBox::StandardButtons buttons,
        QMessageBox::StandardButton defaultButton);
    static void setNextAnswer(QMessageBox::StandardButton answer);
    // A line of text; empty and *ok false when cancelled.
    static QString askText(QWidget* parent, const QString& title, const QString& label, bool* ok);
    static void setNextText(const QString& text);
    // One of `items`; empty and *ok false when cancelled. setNextText answers it in tests.
    static QString askItem(
        QWidget* parent, const QString& title, const QString& label, const QStringList& items, bool* ok);

private:
    static QMessageBox::StandardButton s_nextAnswer;
    static std::optional<QString> s_nextText;
};
