#include "broadcastlistmodel.h"
#include "common/plaintext.h"

#include "outbox/outbox.h"
#include "profiles/profilerepository.h"
#include "statetext.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace {
int waiting(const BroadcastSummary& s)
{
    int pending = 0;
    for (auto it = s.counts.cbegin(); it != s.counts.cend(); ++it)
        pending += outboxPending(it.key()) ? it.value() : 0;
    return pending;
}

int progressPercent(const BroadcastSummary& s)
{
    return s.total == 0 ? 0 : int(100 * qint64(s.total - waiting(s)) / s.total);
}

QString describe(const OutgoingMessage& m)
{
    switch (m.kind) {
    case OutgoingMessage::Kind::Template:
        return QCoreApplication::translate("ActivityView", "Template %1").arg(m.templateName);
    case OutgoingMessage::Kind::ContentTemplate:
        return QCoreApplication::translate("ActivityView", "Content template %1").arg(m.contentSid);
    case OutgoingMessage::Kind::Media:
        return QCoreApplication::translate("ActivityView", "Media: %1").arg(m.mediaUrl);
    default:
        return m.text.left(60).replace(u'\n', u' ');
    }
}
} // namespace

BroadcastListModel::BroadcastListModel(Outbox& outbox, ProfileRepository& profiles, QObject* parent)
    : QAbstractTableModel(parent), m_outbox(outbox), m_profiles(profiles)
{ }

QString BroadcastListModel::refresh()
{
    const Result<Snapshot> snapshot = read(m_outbox, m_profiles);
    if (!snapshot.isOk())
        return snapshot.error();
    apply(snapshot.value());
    return QString();
}

Result<BroadcastListModel::Snapshot> BroadcastListModel::read(Outbox& outbox, ProfileRepository& profiles)
{
    Result<QList<BroadcastSummary>> summaries = outbox.broadcasts().summaries();
    if (!summaries.isOk())
        return summaries.status();
    Snapshot snapshot {summaries.takeValue(), {}};
    for (const BroadcastSummary& s : std::as_const(snapshot.summaries)) {
        if (snapshot.senderNames.contains(s.broadcast.profileId))
            continue;
        const Result<Profile> sender = profiles.find(s.broadcast.profileId); // archived senders too
        snapshot.senderNames.insert(s.broadcast.profileId, sender.isOk() ? sender.value().name : QString());
    }
    return snapshot;
}

void BroadcastListModel::apply(const Snapshot& snapshot)
{
    for (auto it = snapshot.senderNames.cbegin(); it != snapshot.senderNames.cend(); ++it)
        m_senderNames.insert(it.key(), it.value());
    const QList<BroadcastSummary>& rows = snapshot.summaries;
    // Broadcasts are only ever added, newest first: the old list should be the new list's tail.
    const qsizetype added = rows.size() - m_rows.size();
    bool sameTail = added >= 0;
    for (qsizetype i = 0; sameTail && i < m_rows.size(); ++i)
        sameTail = rows.at(added + i).broadcast.id == m_rows.at(i).broadcast.id;
    if (!sameTail) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
        return;
    }
    if (added > 0) {
        beginInsertRows({}, 0, int(added) - 1);
        m_rows = rows.mid(0, added) + m_rows;
        endInsertRows();
    }
    for (qsizetype i = added; i < rows.size(); ++i)
        m_rows[i] = rows.at(i);
    if (rows.size() > added)
        Q_EMIT dataChanged(index(int(added), 0), index(int(rows.size()) - 1, ColumnCount - 1));
}

BroadcastSummary BroadcastListModel::summary(int row) const
{
    return m_rows.value(row);
}

int BroadcastListModel::rowOf(qint64 broadcastId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).broadcast.id == broadcastId)
            return row;
    }
    return -1;
}

int BroadcastListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BroadcastListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BroadcastListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BroadcastSummary& s = m_rows.at(index.row());
    const Broadcast& b = s.broadcast;
    if (role == IdRole)
        return b.id;
    if (role == ProgressRole)
        return progressPercent(s);
    if (role == Qt::ToolTipRole && index.column() == StateColumn && !b.pauseReason.isEmpty())
        return plainToolTip(b.pauseReason);
    if (role == Qt::TextAlignmentRole && index.column() >= WaitingColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (Column(index.column())) {
    case TitleColumn:
        return QString((b.title.isEmpty() ? describe(b.message) : b.title) + u" · "_s
            + locale.toString(b.createdAt.toLocalTime(), QLocale::ShortFormat));
    case SenderColumn:
        return m_senderNames.value(b.profileId);
    case StateColumn:
        if (b.state == Broadcast::State::Scheduled)
            return tr("Scheduled for %1").arg(locale.toString(b.scheduledAt.toLocalTime(), QLocale::ShortFormat));
        return StateText::broadcast(b.state);
    case ProgressColumn: {
        // Cancelled rows never went out: they are not progress, and the owner sees how many there were.
        const int cancelled = s.counts.value(OutboxState::Cancelled);
        const QString progress
            = tr("%1 of %2").arg(locale.toString(s.total - waiting(s) - cancelled)).arg(locale.toString(s.total));
        return cancelled > 0 ? tr("%1, %Ln cancelled", nullptr, cancelled).arg(progress) : progress;
    }
    case WaitingColumn:
        return locale.toString(waiting(s));
    // Each step counts the messages that got at least that far: read ones were delivered, delivered ones accepted.
    case AcceptedColumn:
        return locale.toString(outboxReached(s.counts, outboxProgress(OutboxState::Accepted)));
    case DeliveredColumn:
        return locale.toString(outboxReached(s.counts, outboxProgress(OutboxState::Delivered)));
    case ReadColumn:
        return locale.toString(outboxReached(s.counts, outboxProgress(OutboxState::Read)));
    case FailedColumn:
        return locale.toString(s.counts.value(OutboxState::Failed));
    case SkippedColumn:
        return locale.toString(s.counts.value(OutboxState::Skipped));
    case ColumnCount:
        break;
    }
    return {};
}

QVariant BroadcastListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case TitleColumn:
        return tr("Broadcast");
    case SenderColumn:
        return tr("Sender");
    case StateColumn:
        return tr("State");
    case ProgressColumn:
        return tr("Progress");
    case WaitingColumn:
        return tr("Waiting");
    case AcceptedColumn:
        return tr("Accepted");
    case DeliveredColumn:
        return tr("Delivered");
    case ReadColumn:
        return tr("Read");
    case FailedColumn:
        return tr("Failed");
    case SkippedColumn:
        return tr("Skipped");
    case ColumnCount:
        break;
    }
    return {};
}
