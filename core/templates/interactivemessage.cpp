#include "interactivemessage.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {
// This file's words, under the context translators see ("InteractiveMessage").
struct InteractiveMessageText
{
    Q_DECLARE_TR_FUNCTIONS(InteractiveMessage)
};

QStringList choiceLines(const QString& lines)
{
    QStringList found;
    for (const QString& line : lines.split(u'\n')) {
        if (!line.trimmed().isEmpty())
            found << line.trimmed();
    }
    return found;
}

QString tooLong(const QString& what, const QString& text, int most)
{
    return text.size() > most ? InteractiveMessageText::tr("%1 \"%2\" is %3 characters long; WhatsApp allows %4.")
                                    .arg(what, text)
                                    .arg(text.size())
                                    .arg(most)
                              : QString();
}

// "Hi {{name}}" -> "Hi {{1}}" with placeholders ["name"].
QString numberedBody(QString body, const QStringList& placeholders)
{
    for (qsizetype i = 0; i < placeholders.size(); ++i) {
        const QRegularExpression placeholder(
            u"\\{\\{\\s*%1\\s*\\}\\}"_s.arg(QRegularExpression::escape(placeholders.at(i))));
        body.replace(placeholder, u"{{%1}}"_s.arg(i + 1));
    }
    return body;
}
} // namespace

namespace InteractiveMessage {
void setChoices(OutgoingMessage& message, const QString& lines)
{
    message.replyButtons.clear();
    message.listSections.clear();
    const QStringList choices = choiceLines(lines);
    if (message.kind == OutgoingMessage::Kind::InteractiveButtons) {
        for (qsizetype i = 0; i < choices.size(); ++i)
            message.replyButtons.append({u"choice_%1"_s.arg(i + 1), choices.at(i)});
        return;
    }
    OutgoingMessage::ListSection section;
    section.title = message.listButtonText.left(kRowTitleLength);
    for (qsizetype i = 0; i < choices.size(); ++i) {
        const qsizetype bar = choices.at(i).indexOf(u'|');
        const QString title = (bar < 0 ? choices.at(i) : choices.at(i).left(bar)).trimmed();
        const QString description = bar < 0 ? QString() : choices.at(i).mid(bar + 1).trimmed();
        section.rows.append({u"choice_%1"_s.arg(i + 1), title, description});
    }
    message.listSections.append(section);
}

QStringList problems(const OutgoingMessage& message)
{
    QStringList found;
    auto add = [&found](const QString& problem) {
        if (!problem.isEmpty())
            found << problem;
    };
    if (message.text.trimmed().isEmpty())
        found << InteractiveMessageText::tr("Write the message above the choices.");
    add(tooLong(InteractiveMessageText::tr("The message"), message.text, kBodyLength));
    add(tooLong(InteractiveMessageText::tr("The header"), message.headerText, kHeaderLength));
    add(tooLong(InteractiveMessageText::tr("The footer"), message.footerText, kFooterLength));
    if (message.kind == OutgoingMessage::Kind::InteractiveButtons) {
        if (message.replyButtons.isEmpty())
            found << InteractiveMessageText::tr("Write at least one button, one per line.");
        if (message.replyButtons.size() > kMostButtons)
            found << InteractiveMessageText::tr("WhatsApp shows at most %1 reply buttons; there are %2.")
                         .arg(kMostButtons)
                         .arg(message.replyButtons.size());
        QStringList titles;
        for (const OutgoingMessage::ReplyButton& b : message.replyButtons) {
            add(tooLong(InteractiveMessageText::tr("The button"), b.title, kButtonTitleLength));
            if (titles.contains(b.title, Qt::CaseInsensitive))
                found << InteractiveMessageText::tr("Two buttons say \"%1\"; each needs its own title.").arg(b.title);
            titles << b.title;
        }
        return found;
    }
    if (message.listButtonText.trimmed().isEmpty())
        found << InteractiveMessageText::tr("Give the list's button a text, such as \"See the options\".");
    add(tooLong(InteractiveMessageText::tr("The list's button"), message.listButtonText, kListButtonLength));
    qsizetype rows = 0;
    QStringList titles;
    for (const OutgoingMessage::ListSection& section : message.listSections) {
        for (const OutgoingMessage::ListRow& row : section.rows) {
            ++rows;
            add(tooLong(InteractiveMessageText::tr("The option"), row.title, kRowTitleLength));
            add(tooLong(InteractiveMessageText::tr("The description"), row.description, kRowDescriptionLength));
            if (row.title.isEmpty())
                found << InteractiveMessageText::tr("An option has a description but no title.");
            else if (titles.contains(row.title, Qt::CaseInsensitive))
                found << InteractiveMessageText::tr("Two options say \"%1\"; each needs its own title.").arg(row.title);
            titles << row.title;
        }
    }
    if (rows == 0)
        found << InteractiveMessageText::tr("Write at least one option, one per line.");
    if (rows > kMostRows)
        found << InteractiveMessageText::tr("A WhatsApp list holds at most %1 options; there are %2.")
                     .arg(kMostRows)
                     .arg(rows);
    return found;
}

QJsonObject twilioContent(const OutgoingMessage& message, const QStringList& placeholders)
{
    const QString body = numberedBody(message.text, placeholders);
    QJsonObject variables; // Twilio's example values, one per variable
    for (qsizetype i = 0; i < placeholders.size(); ++i)
        variables.insert(QString::number(i + 1), placeholders.at(i));
    QJsonObject types;
    if (message.kind == OutgoingMessage::Kind::InteractiveButtons) {
        QJsonArray actions;
        for (const OutgoingMessage::ReplyButton& b : message.replyButtons)
            actions.append(QJsonObject {{u"title"_s, b.title}, {u"id"_s, b.id}});
        types.insert(u"twilio/quick-reply"_s, QJsonObject {{u"body"_s, body}, {u"actions"_s, actions}});
    } else {
        QJsonArray items;
        for (const OutgoingMessage::ListSection& section : message.listSections) {
            for (const OutgoingMessage::ListRow& row : section.rows) {
                QJsonObject item {{u"id"_s, row.id}, {u"item"_s, row.title}};
                if (!row.description.isEmpty())
                    item.insert(u"description"_s, row.description);
                items.append(item);
            }
        }
        types.insert(u"twilio/list-picker"_s,
            QJsonObject {{u"body"_s, body}, {u"button"_s, message.listButtonText}, {u"items"_s, items}});
    }
    // The language of the owner's words, as far as Tandem knows it: the one it speaks.
    const QString language = QLocale().language() == QLocale::C ? u"en"_s : QLocale().name().section(u'_', 0, 0);
    // Twilio's Content names may not repeat, and nobody reads this one but the owner in the Console.
    const QString kind = message.kind == OutgoingMessage::Kind::InteractiveButtons ? u"buttons"_s : u"list"_s;
    return {{u"friendly_name"_s,
                u"tandem_%1_%2"_s.arg(kind).arg(QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd_HHmmss"_s))},
        {u"language"_s, language}, {u"variables"_s, variables}, {u"types"_s, types}};
}

QMap<QString, QString> numbered(const QMap<QString, QString>& values, const QStringList& placeholders)
{
    QMap<QString, QString> result;
    for (qsizetype i = 0; i < placeholders.size(); ++i)
        result.insert(QString::number(i + 1), values.value(placeholders.at(i)));
    return result;
}
} // namespace InteractiveMessage
