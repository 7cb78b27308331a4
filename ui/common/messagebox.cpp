#include "messagebox.h"

#include <QInputDialog>

QMessageBox::StandardButton MessageBox::s_nextAnswer = QMessageBox::NoButton;
std::optional<QString> MessageBox::s_nextText;

QMessageBox::StandardButton MessageBox::question(QWidget* parent,
    const QString& title,
    const QString& text,
    QMessageBox::StandardButtons buttons,
    QMessageBox::StandardButton defaultButton)
{
    if (s_nextAnswer != QMessageBox::NoButton) {
        const QMessageBox::StandardButton answer = s_nextAnswer;
        s_nextAnswer = QMessageBox::NoButton;
        return answer;
    }
    return QMessageBox::question(parent, title, text, buttons, defaultButton);
}

void MessageBox::setNextAnswer(QMessageBox::StandardButton answer)
{
    s_nextAnswer = answer;
}

QString MessageBox::askText(QWidget* parent, const QString& title, const QString& label, bool* ok)
{
    if (s_nextText) {
        const QString text = *s_nextText;
        s_nextText.reset();
        *ok = true;
        return text;
    }
    return QInputDialog::getText(parent, title, label, QLineEdit::Normal, QString(), ok);
}

void MessageBox::setNextText(const QString& text)
{
    s_nextText = text;
}

QString MessageBox::askItem(
    QWidget* parent, const QString& title, const QString& label, const QStringList& items, bool* ok)
{
    if (s_nextText) {
        const QString text = *s_nextText;
        s_nextText.reset();
        *ok = true;
        return text;
    }
    return QInputDialog::getItem(parent, title, label, items, 0, false, ok);
}
