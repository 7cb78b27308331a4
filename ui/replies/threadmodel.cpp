#include "threadmodel.h"

#include "activity/statetext.h"
#include "common/plaintext.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

int ThreadModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant ThreadModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ThreadEntry& e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        const QString when
            = QLocale().toString(QDateTime::fromMSecsSinceEpoch(e.atMs).toLocalTime(), QLocale::ShortFormat);
        if (e.inbound)
            return QString(e.text + u'\n' + when);
        QString footer = when + u"  ·  "_s + StateText::recipient(e.state);
        if (!e.broadcastTitle.isEmpty())
            footer += u"  ·  "_s + e.broadcastTitle;
        return QString(e.text + u'\n' + footer);
    }
    case Qt::ToolTipRole:
        return e.errorExplanation.isEmpty() ? QVariant() : QVariant(plainToolTip(e.errorExplanation));
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(e.inbound ? Qt::AlignLeft | Qt::AlignVCenter : Qt::AlignRight | Qt::AlignVCenter);
    case Qt::BackgroundRole:
        return QBrush(e.inbound                  ? QColor(0xf1, 0xf1, 0xf1)
                : e.state == OutboxState::Failed ? QColor(0xfd, 0xe7, 0xe9)
                                                 : QColor(0xdc, 0xf8, 0xc6));
    case Qt::ForegroundRole:
        return QBrush(QColor(0x20, 0x20, 0x20));
    case InboundRole:
        return e.inbound;
    case AtRole:
        return e.atMs;
    default:
        return {};
    }
}

bool ThreadModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_more && !m_asked;
}

void ThreadModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    m_asked = true;
    Q_EMIT olderWanted(m_contactId, oldestAtMs());
}

void ThreadModel::setThread(qint64 contactId, const QList<ThreadEntry>& newestFirst)
{
    beginResetModel();
    m_contactId = contactId;
    m_entries = newestFirst;
    std::reverse(m_entries.begin(), m_entries.end());
    m_more = newestFirst.size() >= kPageSize;
    m_asked = false;
    endResetModel();
}

void ThreadModel::addOlder(const QList<ThreadEntry>& newestFirst)
{
    m_asked = false;
    m_more = newestFirst.size() >= kPageSize;
    if (newestFirst.isEmpty())
        return;
    QList<ThreadEntry> older = newestFirst;
    std::reverse(older.begin(), older.end());
    beginInsertRows({}, 0, int(older.size()) - 1);
    m_entries = older + m_entries;
    endInsertRows();
}

qint64 ThreadModel::contactId() const
{
    return m_contactId;
}

qint64 ThreadModel::oldestAtMs() const
{
    return m_entries.isEmpty() ? 0 : m_entries.first().atMs;
}

bool ThreadModel::hasMessageOnItsWay() const
{
    return std::any_of(m_entries.cbegin(), m_entries.cend(),
        [](const ThreadEntry& e) { return !e.inbound && outboxPending(e.state); });
}
