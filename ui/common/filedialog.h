#pragma once

#include <QString>

#include <optional>

class QWidget;

// File choosers go through here so tests can name the file (setNextFileName) instead of blocking on a dialog.
class FileDialog
{
public:
    static QString openFileName(QWidget* parent, const QString& caption, const QString& filter);
    static QString saveFileName(QWidget* parent, const QString& caption, const QString& suggested);
    static void setNextFileName(const QString& path);

private:
    static std::optional<QString> s_next;
};
