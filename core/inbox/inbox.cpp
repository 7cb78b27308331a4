#include "inbox.h"

#include "admission/admission.h"

#include "contacts/contactrepository.h"
#include "model/outgoingmessagejson.h"
#include "outbox/outbox.h"
#include "storage/database.h"
#include "templates/templatecatalogue.h"
#include "templates/templatetext.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
// This file's words, under the context translators see ("Inbox").
struct InboxText
{
    Q_DECLARE_TR_FUNCTIONS(Inbox)
};
} // namespace

namespace {
Status failed(const QSqlQuery& q)
{
    return Status::failure(q.lastError().text());
}

} // namespace

Inbox::Inbox(Database& database) : m_database(database)
{ }

QString Inbox::describe(const OutgoingMessage& m)
{
    switch (m.kind) {
    case OutgoingMessage::Kind::Text:
        return m.text;
    case OutgoingMessage::Kind::Media: {
        const QString file = m.mediaUrl.isEmpty() ? m.filename : m.mediaUrl; // an upload is known by its file's name
        return m.text.isEmpty() ? u"[%1]"_s.arg(file) : m.text + u" [%1]"_s.arg(file);
    }
    case OutgoingMessage::Kind::Template:
    case OutgoingMessage::Kind::ContentTemplate: {
        const QString name = m.kind == OutgoingMessage::Kind::Template
            ? u"%1 (%2)"_s.arg(m.templateName, m.languageCode)
            : m.contentSid;
        const QStringList values = m.variables.values();
        return values.isEmpty() ? InboxText::tr("Template %1").arg(name)
                                : InboxText::tr("Template %1: %2").arg(name, values.join(u", "_s));
    }
    case OutgoingMessage::Kind::InteractiveButtons:
    case OutgoingMessage::Kind::InteractiveList:
        return m.text;
    }
    return m.text;
}

QString Inbox::wordlessMessage(const QString& type)
{
    if (type == u"image"_s)
        return InboxText::tr("[photo]");
    if (type == u"video"_s)
        return InboxText::tr("[video]");
    if (type == u"audio"_s || type == u"voice"_s)
        return InboxText::tr("[voice or audio message]");
    if (type == u"document"_s)
        return InboxText::tr("[document]");
    if (type == u"sticker"_s)
        return InboxText::tr("[sticker]");
    if (type == u"location"_s)
        return InboxText::tr("[location]");
    if (type == u"contacts"_s)
        return InboxText::tr("[contact card]");
    return InboxText::tr("[a message Tandem cannot show: %1]").arg(type);
}

QString Inbox::windowProblem(const Contact& contact, const QDateTime& now)
{
    if (contact.windowOpen(now))
        return QString();
    if (!contact.lastInboundAt.isValid())
        return InboxText::tr("%1 has not written to you, so WhatsApp only lets you send an approved template.")
            .arg(contact.name.isEmpty() ? contact.phone : contact.name);
    return InboxText::tr(
        "More than 24 hours have passed since %1 last wrote (the window closed %2): WhatsApp only lets you "
        "send an approved template now.")
        .arg(contact.name.isEmpty() ? contact.phone : contact.name,
            QLocale().toString(contact.windowClosesAt().toLocalTime(), QLocale::ShortFormat));
}

Result<QList<Conversation>> Inbox::conversations(int limit) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(
        u"SELECT c.id, m.profile_id, m.body, m.message_type, m.received_at, "
        "(SELECT COUNT(*) FROM inbound_messages u WHERE u.contact_id = c.id AND u.received_at > c.replies_seen_at) "
        "FROM (SELECT contact_id, MAX(id) AS last_id FROM inbound_messages WHERE contact_id <> 0 "
        "GROUP BY contact_id) l JOIN inbound_messages m ON m.id = l.last_id JOIN contacts c ON c.id = l.contact_id "
        "ORDER BY m.received_at DESC, m.id DESC LIMIT ?"_s);
    q.addBindValue(limit);
    if (!q.exec())
        return failed(q);
    QList<Conversation> result;
    QList<qint64> ids;
    while (q.next()) {
        Conversation c;
        c.contact.id = q.value(0).toLongLong();
        c.profileId = q.value(1).toLongLong();
        c.lastText = q.value(2).toString();
        c.lastType = q.value(3).toString();
        if (c.lastText.isEmpty() && !c.lastType.isEmpty() && c.lastType != u"text"_s)
            c.lastText = wordlessMessage(c.lastType);
        c.lastAtMs = q.value(4).toLongLong();
        c.unread = q.value(5).toInt();
        result << c;
        ids << c.contact.id;
    }
    ContactRepository contacts(m_database);
    const Result<QList<Contact>> found = contacts.withIds(ids);
    if (!found.isOk())
        return found.status();
    QHash<qint64, Contact> byId;
    for (const Contact& c : found.value())
        byId.insert(c.id, c);
    for (Conversation& c : result)
        c.contact = byId.value(c.contact.id, c.contact);
    return result;
}

Result<QList<ThreadEntry>> Inbox::thread(qint64 contactId, qint64 beforeMs, int limit) const
{
    const Result<Contact> who = contact(contactId);
    if (!who.isOk())
        return who.status();
    const qint64 before = beforeMs > 0 ? beforeMs : std::numeric_limits<qint64>::max();
    QList<ThreadEntry> entries;
    QSqlQuery in(m_database.connection());
    in.prepare(u"SELECT id, received_at, body, message_type, media_url FROM inbound_messages WHERE contact_id = ? AND "
               "received_at < ? ORDER BY received_at DESC, id DESC LIMIT ?"_s);
    in.addBindValue(contactId);
    in.addBindValue(before);
    in.addBindValue(limit);
    if (!in.exec())
        return failed(in);
    while (in.next()) {
        ThreadEntry e;
        e.inbound = true;
        e.id = in.value(0).toLongLong();
        e.atMs = in.value(1).toLongLong();
        e.text = in.value(2).toString();
        e.type = in.value(3).toString();
        e.mediaUrl = in.value(4).toString();
        if (e.text.isEmpty() && e.type != u"text"_s)
            e.text = wordlessMessage(e.type);
        entries << e;
    }
    // What Tandem sent them: when it went out (or was last touched), its broadcast's message with their values.
    QSqlQuery out(m_database.connection());
    out.prepare(u"SELECT o.id, COALESCE(NULLIF(o.sent_at, 0), NULLIF(o.claimed_at, 0), o.updated_at) AS at, "
                "o.state, o.variables, o.error_explanation, b.message, b.title, b.kind, o.profile_id FROM outbox o "
                "JOIN broadcasts b ON b.id = o.broadcast_id WHERE o.recipient = ? AND "
                "COALESCE(NULLIF(o.sent_at, 0), NULLIF(o.claimed_at, 0), o.updated_at) < ? "
                "ORDER BY at DESC, o.id DESC LIMIT ?"_s);
    out.addBindValue(who.value().phone);
    out.addBindValue(before);
    out.addBindValue(limit);
    if (!out.exec())
        return failed(out);
    // A template reads as the customer read it: its approved text with their values, from the sender's catalogue.
    const TemplateCatalogue catalogue(m_database);
    QHash<QString, QString> bodies; // "sender|key" -> body; empty when the catalogue does not have it
    auto templateText = [&](qint64 profileId, const OutgoingMessage& m) {
        const QString key = MessageTemplate::keyOf(m);
        const QString cacheKey = QString::number(profileId) + u'|' + key;
        auto it = bodies.constFind(cacheKey);
        if (it == bodies.cend()) {
            const Result<std::optional<MessageTemplate>> found = catalogue.find(profileId, key);
            const bool has = found.isOk() && found.value().has_value();
            it = bodies.insert(cacheKey, has ? found.value()->body : QString());
        }
        return it->isEmpty() ? QString() : TemplateText::render(*it, m.variables);
    };
    while (out.next()) {
        ThreadEntry e;
        e.id = out.value(0).toLongLong();
        e.atMs = out.value(1).toLongLong();
        e.state = outboxStateFromName(out.value(2).toString());
        OutgoingMessage m = outgoingMessageFromJson(QJsonDocument::fromJson(out.value(5).toByteArray()).object());
        QMap<QString, QString> values;
        const QJsonObject variables = QJsonDocument::fromJson(out.value(3).toByteArray()).object();
        for (auto it = variables.begin(); it != variables.end(); ++it)
            values.insert(it.key(), it.value().toString());
        // As RowMessages personalises it for the send: free text and captions filled, templates with their values.
        m.variables = values;
        if (m.kind == OutgoingMessage::Kind::Text || m.kind == OutgoingMessage::Kind::Media)
            m.text = TemplateText::render(m.text, values);
        const bool isTemplate
            = m.kind == OutgoingMessage::Kind::Template || m.kind == OutgoingMessage::Kind::ContentTemplate;
        e.text = isTemplate ? templateText(out.value(8).toLongLong(), m) : QString();
        if (e.text.isEmpty())
            e.text = describe(m);
        e.mediaUrl = m.mediaUrl;
        e.errorExplanation = out.value(4).toString();
        e.broadcastTitle = out.value(7).toString() == u"reply"_s ? QString() : out.value(6).toString();
        entries << e;
    }
    std::sort(entries.begin(), entries.end(), [](const ThreadEntry& a, const ThreadEntry& b) {
        return a.atMs != b.atMs ? a.atMs > b.atMs : a.inbound < b.inbound;
    });
    if (entries.size() > limit)
        entries.resize(limit);
    return entries;
}

Status Inbox::markSeen(qint64 contactId, qint64 upToMs)
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"UPDATE contacts SET replies_seen_at = ? WHERE id = ? AND replies_seen_at < ?"_s);
    q.addBindValue(upToMs);
    q.addBindValue(contactId);
    q.addBindValue(upToMs);
    return q.exec() ? Status::success() : failed(q);
}

Result<int> Inbox::unread() const
{
    QSqlQuery q(m_database.connection());
    if (!q.exec(u"SELECT COUNT(*) FROM inbound_messages m JOIN contacts c ON c.id = m.contact_id "
                "WHERE m.received_at > c.replies_seen_at"_s)
        || !q.next())
        return failed(q);
    return q.value(0).toInt();
}

Result<Contact> Inbox::contact(qint64 contactId) const
{
    ContactRepository contacts(m_database);
    const Result<QList<Contact>> found = contacts.withIds({contactId});
    if (!found.isOk())
        return found.status();
    if (found.value().isEmpty())
        return Result<Contact>::failure(InboxText::tr("That contact no longer exists."));
    return found.value().first();
}

Result<qint64> Inbox::reply(qint64 contactId, qint64 profileId, const OutgoingMessage& message, const QDateTime& now)
{
    const Result<Contact> who = contact(contactId);
    if (!who.isOk())
        return who.status();
    // The owner's rules, as for every message: a customer who opted out gets nothing, free text needs the window.
    Admission::Message rules;
    rules.message = message;
    const ConsentFacts facts = ConsentFacts::fromContacts({who.value()});
    if (const std::optional<LeftOut::Reason> reason = Admission::judge(rules, facts.of(who.value().phone), now)) {
        if (*reason == LeftOut::Reason::OutsideWindow)
            return Result<qint64>::failure(windowProblem(who.value(), now)); // with the time it closed
        return Result<qint64>::failure(LeftOut::explanation(*reason));
    }
    Outbox outbox(m_database);
    Outbox::BroadcastOptions options;
    options.reply = true;
    options.title = InboxText::tr("Reply to %1").arg(who.value().name.isEmpty() ? who.value().phone : who.value().name);
    options.category = messageCategoryName(rules.category);
    // The message's values are this one customer's: the row carries them, as each row of a broadcast does.
    return outbox.broadcasts().create(profileId, message, {{who.value().phone, message.variables}}, options);
}
