#include "inboxledger.h"

#include "consent/consentlog.h"
#include "consent/optouts.h"
#include "storage/changenotifier.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace {
Status failed(const QSqlQuery& q)
{
    return Status::failure(q.lastError().text());
}

QString text(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QString iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}
} // namespace

InboxLedger::InboxLedger(Database& database, const OptOutKeywords& keywords)
    : m_database(database), m_keywords(keywords)
{ }

QString InboxLedger::confirmationSetting()
{
    return u"opt_out_reply"_s;
}

Result<qint64> InboxLedger::contactFor(const InboundMessage& m, bool* created)
{
    *created = false;
    QSqlQuery find(m_database.connection());
    if (!m.from.isEmpty()) {
        find.prepare(u"SELECT id, user_id, parent_user_id FROM contacts WHERE phone = ?"_s);
        find.addBindValue(m.from);
    } else {
        // Without a number: their own business-scoped ID, or the parent one a company's portfolios share.
        find.prepare(u"SELECT id, user_id, parent_user_id FROM contacts WHERE user_id = ? OR phone = ? "
                     "OR (parent_user_id <> '' AND parent_user_id = ?) ORDER BY user_id = ? DESC LIMIT 1"_s);
        find.addBindValue(m.userId);
        find.addBindValue(m.userId);
        find.addBindValue(text(m.parentUserId));
        find.addBindValue(m.userId);
    }
    if (!find.exec())
        return failed(find);
    if (find.next()) {
        const qint64 id = find.value(0).toLongLong();
        if ((!m.userId.isEmpty() && find.value(1).toString() != m.userId)
            || (!m.parentUserId.isEmpty() && find.value(2).toString() != m.parentUserId)) {
            QSqlQuery keep(m_database.connection());
            keep.prepare(u"UPDATE contacts SET user_id = CASE WHEN ? = '' THEN user_id ELSE ? END, "
                         "parent_user_id = CASE WHEN ? = '' THEN parent_user_id ELSE ? END WHERE id = ?"_s);
            keep.addBindValue(text(m.userId));
            keep.addBindValue(text(m.userId));
            keep.addBindValue(text(m.parentUserId));
            keep.addBindValue(text(m.parentUserId));
            keep.addBindValue(id);
            if (!keep.exec())
                return failed(keep);
        }
        return id;
    }
    // New: the number (or, without one, the business-scoped ID) is who they are; the owner's own phone is "You".
    QString name = text(m.profileName);
    if (!m.from.isEmpty()) {
        QSqlQuery own(m_database.connection());
        own.prepare(u"SELECT 1 FROM own_numbers WHERE phone = ?"_s);
        own.addBindValue(m.from);
        if (!own.exec())
            return failed(own);
        if (own.next())
            name = QCoreApplication::translate("InboxText", "You");
    }
    QSqlQuery insert(m_database.connection());
    insert.prepare(u"INSERT INTO contacts (phone, name, tags, fields, opt_in_source, created_at, updated_at, user_id, "
                   "parent_user_id) VALUES (?, ?, 'inbound', '{}', 'inbound', ?, ?, ?, ?) RETURNING id"_s);
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    insert.addBindValue(m.from.isEmpty() ? m.userId : m.from);
    insert.addBindValue(name);
    insert.addBindValue(now);
    insert.addBindValue(now);
    insert.addBindValue(text(m.userId));
    insert.addBindValue(text(m.parentUserId));
    if (!insert.exec())
        return failed(insert);
    *created = true;
    return insert.next() ? insert.value(0).toLongLong() : qint64(0);
}

Result<InboxLedger::Outcome> InboxLedger::record(
    const QList<InboundMessage>& messages, const ConfirmationText& confirmationFor)
{
    Outcome outcome;
    if (!m_insert) {
        m_insert.emplace(m_database.connection());
        m_insert->prepare(
            u"INSERT INTO inbound_messages (profile_id, provider, provider_message_id, from_phone, user_id, "
            "profile_name, message_type, body, media_url, media_id, media_type, reply_to, received_at, payload, "
            "contact_id, keyword) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (profile_id, provider_message_id) DO NOTHING"_s);
    }
    for (const InboundMessage& m : messages) {
        if (m.messageId.isEmpty() || (m.from.isEmpty() && m.userId.isEmpty()))
            continue; // nothing to keep it under
        // Already kept (providers deliver at least once)? Another sender's message with the same id is another one.
        QSqlQuery seen(m_database.connection());
        seen.prepare(u"SELECT 1 FROM inbound_messages WHERE profile_id = ? AND provider_message_id = ?"_s);
        seen.addBindValue(m.profileId);
        seen.addBindValue(m.messageId);
        if (!seen.exec())
            return failed(seen);
        if (seen.next())
            continue;
        bool created = false;
        const Result<qint64> contact = contactFor(m, &created);
        if (!contact.isOk())
            return contact.status();
        outcome.newContacts += created ? 1 : 0;
        const OptOutKeywords::Meaning meaning = m.type == u"text"_s || m.type == u"button"_s
            ? m_keywords.classify(m.text)
            : OptOutKeywords::Meaning::None;
        const QString keyword = meaning == OptOutKeywords::Meaning::Stop ? u"stop"_s
            : meaning == OptOutKeywords::Meaning::Start                  ? u"start"_s
                                                                         : QString();
        const QVariantList values
            = {m.profileId, m.provider, m.messageId, text(m.from), text(m.userId), text(m.profileName), text(m.type),
                text(m.text), text(m.mediaUrl), text(m.mediaId), text(m.mediaType), text(m.replyTo), m.receivedAtMs,
                QString::fromUtf8(QJsonDocument(m.raw).toJson(QJsonDocument::Compact)), contact.value(), text(keyword)};
        for (int i = 0; i < values.size(); ++i)
            m_insert->bindValue(i, values.at(i));
        if (!m_insert->exec())
            return failed(*m_insert);
        ++outcome.stored;

        // Their message opens (or keeps open) the 24-hour window.
        QSqlQuery window(m_database.connection());
        window.prepare(u"UPDATE contacts SET last_inbound_at = ?, updated_at = ?, "
                       "name = CASE WHEN name = '' THEN ? ELSE name END "
                       "WHERE id = ? AND (last_inbound_at IS NULL OR last_inbound_at < ?)"_s);
        window.addBindValue(iso(m.receivedAtMs));
        window.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        window.addBindValue(text(m.profileName));
        window.addBindValue(contact.value());
        window.addBindValue(iso(m.receivedAtMs));
        if (!window.exec())
            return failed(window);

        if (meaning == OptOutKeywords::Meaning::Stop) {
            QSqlQuery stop(m_database.connection());
            stop.prepare(u"UPDATE contacts SET opted_out = 1, opted_out_at = ?, opted_out_source = ? "
                         "WHERE id = ? AND opted_out = 0"_s);
            stop.addBindValue(iso(m.receivedAtMs));
            stop.addBindValue(OptOuts::keywordSource(OptOutKeywords::normalized(m.text)));
            stop.addBindValue(contact.value());
            if (!stop.exec())
                return failed(stop);
            if (stop.numRowsAffected() > 0) {
                ++outcome.optedOut;
                const Status logged = ConsentLog::record(m_database.connection(),
                    {m.from.isEmpty() ? m.userId : m.from, ConsentLog::Change::OptedOut,
                        OptOuts::keywordSource(OptOutKeywords::normalized(m.text)), QString(), QString(),
                        QDateTime::fromMSecsSinceEpoch(m.receivedAtMs, Qt::UTC)});
                if (!logged.isOk())
                    return logged;
                const QString reply = confirmationFor ? confirmationFor(m.profileId).trimmed() : QString();
                if (!reply.isEmpty() && !m.from.isEmpty())
                    outcome.confirmations.append({m.profileId, m.from, reply});
            }
        } else if (meaning == OptOutKeywords::Meaning::Start) {
            QSqlQuery start(m_database.connection());
            start.prepare(u"UPDATE contacts SET opted_out = 0, opted_out_at = NULL, opted_out_source = '', "
                          "marketing_opted_out = 0, marketing_opted_out_at = NULL, opt_in_source = ?, "
                          "opted_in_at = ? WHERE id = ? AND (opted_out = 1 OR marketing_opted_out = 1)"_s);
            start.addBindValue(OptOuts::keywordSource(OptOutKeywords::normalized(m.text)));
            start.addBindValue(iso(m.receivedAtMs));
            start.addBindValue(contact.value());
            if (!start.exec())
                return failed(start);
            if (start.numRowsAffected() > 0) {
                ++outcome.optedIn;
                const Status logged = ConsentLog::record(m_database.connection(),
                    {m.from.isEmpty() ? m.userId : m.from, ConsentLog::Change::OptedIn,
                        OptOuts::keywordSource(OptOutKeywords::normalized(m.text)), QString(), QString(),
                        QDateTime::fromMSecsSinceEpoch(m.receivedAtMs, Qt::UTC)});
                if (!logged.isOk())
                    return logged;
            }
        }
    }
    ChangeNotifier::notify(m_database.connection(), ChangeNotifier::Channel::Inbox);
    return outcome;
}
