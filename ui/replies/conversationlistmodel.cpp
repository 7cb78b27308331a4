#include "conversationlistmodel.h"

#include "common/plaintext.h"
#include "consent/optouts.h"

#include <QDateTime>
#include <QFont>
#include <QLocale>

using namespace Qt::StringLiterals;

int ConversationListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_conversations.size());
}

QVariant ConversationListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Conversation& c = m_conversations.at(index.row());
    const QString who = c.contact.name.isEmpty() ? c.contact.phone : c.contact.name;
    switch (role) {
    case Qt::DisplayRole: {
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(c.lastAtMs).toLocalTime();
        const QString when = at.date() == QDate::currentDate() ? QLocale().toString(at.time(), QLocale::ShortFormat)
                                                               : QLocale().toString(at.date(), QLocale::ShortFormat);
        QString line = who + u"  ·  "_s + when;
        if (c.unread > 0)
            line += u"  ·  "_s + tr("%n new", nullptr, c.unread);
        if (c.contact.optedOut)
            line += u"  ·  "_s + tr("opted out");
        return QString(line + u'\n' + c.lastText.left(80).replace(u'\n', u' '));
    }
    case Qt::ToolTipRole:
        return plainToolTip(c.contact.optedOut
                ? tr("%1 (%2) opted out: %3").arg(who, c.contact.phone, OptOuts::describe(c.contact.optedOutSource))
                : tr("%1 (%2)").arg(who, c.contact.phone));
    case Qt::FontRole:
        if (c.unread > 0) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case ContactIdRole:
        return c.contact.id;
    case UnreadRole:
        return c.unread;
    case ProfileIdRole:
        return c.profileId;
    default:
        return {};
    }
}

void ConversationListModel::setConversations(const QList<Conversation>& conversations)
{
    // Rows are few (one per customer who wrote) and the list changes at the top: a reset with the same ids keeps
    // the view's selection through its persistent index only if rows stay, so changed rows are reported as such.
    const bool sameIds = conversations.size() == m_conversations.size()
        && std::equal(conversations.cbegin(), conversations.cend(), m_conversations.cbegin(),
            [](const Conversation& a, const Conversation& b) { return a.contact.id == b.contact.id; });
    if (sameIds) {
        m_conversations = conversations;
        if (!m_conversations.isEmpty())
            Q_EMIT dataChanged(index(0), index(int(m_conversations.size()) - 1));
        return;
    }
    beginResetModel();
    m_conversations = conversations;
    endResetModel();
}

const Conversation* ConversationListModel::conversation(int row) const
{
    return row >= 0 && row < m_conversations.size() ? &m_conversations.at(row) : nullptr;
}

int ConversationListModel::rowOf(qint64 contactId) const
{
    for (int i = 0; i < m_conversations.size(); ++i) {
        if (m_conversations.at(i).contact.id == contactId)
            return i;
    }
    return -1;
}

int ConversationListModel::unreadTotal() const
{
    int total = 0;
    for (const Conversation& c : m_conversations)
        total += c.unread;
    return total;
}
