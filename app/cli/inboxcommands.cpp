// tandem-cli inbox list | show NUMBER
#include "clicontext.h"
#include "tandemclitext.h"

#include "consent/optouts.h"
#include "inbox/inbox.h"
#include "phone/phonenumbers.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {
QString isoMs(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate) : QString();
}

QJsonObject contactJson(const Contact& c, const QDateTime& now)
{
    QJsonObject o {{u"contact_id"_s, c.id}, {u"phone"_s, c.phone}, {u"name"_s, c.name},
        {u"window_open"_s, c.windowOpen(now)},
        {u"window_closes_at"_s, c.windowClosesAt().isValid() ? c.windowClosesAt().toString(Qt::ISODate) : QString()},
        {u"opted_out"_s, c.optedOut}, {u"marketing_opted_out"_s, c.marketingOptedOut}};
    if (!c.userId.isEmpty())
        o.insert(u"user_id"_s, c.userId);
    if (c.optedOut) {
        o.insert(u"opted_out_at"_s, c.optedOutAt.toString(Qt::ISODate));
        o.insert(u"opted_out_how"_s, OptOuts::describe(c.optedOutSource));
    }
    return o;
}

void list(CliContext& context)
{
    Inbox inbox(context.database);
    const Result<QList<Conversation>> conversations = inbox.conversations();
    if (!conversations.isOk())
        return context.fail(conversations.error());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (context.parser.isSet(u"json"_s)) {
        QJsonArray array;
        for (const Conversation& c : conversations.value()) {
            QJsonObject o = contactJson(c.contact, now);
            o.insert(u"last_message"_s, c.lastText);
            o.insert(u"last_at"_s, isoMs(c.lastAtMs));
            o.insert(u"unread"_s, c.unread);
            array.append(o);
        }
        context.printJson({{u"conversations"_s, array}});
        return context.finish(0);
    }
    if (conversations.value().isEmpty())
        context.out() << TandemCliText::tr("No customer has written yet.") << Qt::endl;
    for (const Conversation& c : conversations.value()) {
        const QString who
            = c.contact.name.isEmpty() ? c.contact.phone : c.contact.name + u" ("_s + c.contact.phone + u')';
        context.out()
            << TandemCliText::tr("%1  %2  %3 unread  %4%5")
                   .arg(isoMs(c.lastAtMs), who)
                   .arg(c.unread)
                   .arg(c.lastText.left(60),
                       c.contact.optedOut
                           ? TandemCliText::tr("  [opted out: %1]").arg(OptOuts::describe(c.contact.optedOutSource))
                           : QString())
            << Qt::endl;
    }
    context.finish(0);
}

void show(CliContext& context, const QString& number)
{
    const Result<QString> phone = normalizePhoneNumber(number, u"US"_s);
    Inbox inbox(context.database);
    const Result<QList<Conversation>> conversations = inbox.conversations(100000);
    if (!conversations.isOk())
        return context.fail(conversations.error());
    std::optional<Conversation> found;
    for (const Conversation& c : conversations.value()) {
        if (c.contact.phone == number || (phone.isOk() && c.contact.phone == phone.value())
            || c.contact.userId == number)
            found = c;
    }
    if (!found)
        return context.fail(TandemCliText::tr("Nobody with the number %1 has written to you.").arg(number));
    const Result<QList<ThreadEntry>> thread = inbox.thread(found->contact.id, 0, 200);
    if (!thread.isOk())
        return context.fail(thread.error());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (context.parser.isSet(u"json"_s)) {
        QJsonArray messages;
        for (auto it = thread.value().crbegin(); it != thread.value().crend(); ++it) {
            QJsonObject m {
                {u"direction"_s, it->inbound ? u"in"_s : u"out"_s}, {u"at"_s, isoMs(it->atMs)}, {u"text"_s, it->text}};
            if (!it->inbound) {
                m.insert(u"state"_s, outboxStateName(it->state));
                if (!it->broadcastTitle.isEmpty())
                    m.insert(u"broadcast"_s, it->broadcastTitle);
                if (!it->errorExplanation.isEmpty())
                    m.insert(u"explanation"_s, it->errorExplanation);
            }
            messages.append(m);
        }
        QJsonObject o = contactJson(found->contact, now);
        o.insert(u"messages"_s, messages);
        context.printJson(o);
        return context.finish(0);
    }
    for (auto it = thread.value().crbegin(); it != thread.value().crend(); ++it)
        context.out() << (it->inbound ? u"<< "_s : u">> "_s) << isoMs(it->atMs) << u"  "_s << it->text
                      << (it->inbound ? QString() : u"  ["_s + outboxStateName(it->state) + u']') << Qt::endl;
    const QString window = Inbox::windowProblem(found->contact, now);
    context.out() << (window.isEmpty() ? TandemCliText::tr("Free text reaches them until %1.")
                                             .arg(found->contact.windowClosesAt().toString(Qt::ISODate))
                                       : window)
                  << Qt::endl;
    context.finish(0);
}
} // namespace

void runInboxCommand(CliContext& context, const QString& subcommand)
{
    if (subcommand == u"list"_s)
        return list(context);
    if (subcommand == u"show"_s && context.arguments.size() == 1)
        return show(context, context.arguments.first());
    context.fail(TandemCliText::tr("inbox needs a command: list, or show NUMBER."));
}
