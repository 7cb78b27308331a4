#include "filedialog.h"

#include <QFileDialog>

std::optional<QString> FileDialog::s_next;

QString FileDialog::openFileName(QWidget* parent, const QString& caption, const QString& filter)
{
    if (s_next)
        return std::exchange(s_next, std::nullopt).value();
    return QFileDialog::getOpenFileName(parent, caption, QString(), filter);
}

QString FileDialog::saveFileName(QWidget* parent, const QString& caption, const QString& suggested)
{
    if (s_next)
        return std::exchange(s_next, std::nullopt).value();
    return QFileDialog::getSaveFileName(parent, caption, suggested);
}

void FileDialog::setNextFileName(const QString& path)
{
    s_next = path;
}
