#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

// A template's body as the owner pasted it, with {{1}} or {{first_name}} placeholders, for the composer: which
// variables it needs and what one recipient will read.
namespace TemplateText {
// The placeholders in order of first appearance, without braces: "{{1}} and {{ name }}" -> ["1", "name"].
QStringList placeholders(const QString& body);
// The body with each placeholder replaced by its value; a placeholder without a value stays visible.
QString render(const QString& body, const QMap<QString, QString>& values);
} // namespace TemplateText
