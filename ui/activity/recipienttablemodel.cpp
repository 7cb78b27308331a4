#include "recipienttablemodel.h"
#include "common/plaintext.h"

#include "contacts/contactrepository.h"
#include "outbox/outbox.h"
#include "common/problemtext.h"
#include "statetext.h"

#include <QColor>
#include <QDateTime>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace {
// A report's time in the owner's time zone: the time alone today, with the date otherwise; nothing when not reported.
QString when(qint64 ms)
{
    if (ms <= 0)
        return QString();
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(ms).toLocalTime();
    const QLocale locale;
    return at.date() == QDate::currentDate() ? locale.toString(at.time(), QLocale::ShortFormat)
                                             : locale.toString(at, QLocale::ShortFormat);
}

// Rows are written with the time of their outcome, a little before the batch that records them commits (the
// dispatcher flushes every 20 ms); looking back this far keeps a row from slipping between two refreshes.
constexpr qint64 kLookBackMs = 1000;
// Changes read per refresh; more wait for the next one, so a refresh stays short however busy the outbox is.
constexpr int kChangesPerRefresh = 2000;

// The contacts' names of the rows' numbers (a number the contacts do not have has none).
Status addNames(ContactRepository& contacts, const QList<OutboxRow>& rows, QHash<QString, QString>& names)
{
    QStringList numbers;
    for (const OutboxRow& r : rows) {
        if (!names.contains(r.recipient))
            numbers << r.recipient;
    }
    if (numbers.isEmpty())
        return Status::success();
    const Result<QHash<QString, QString>> found = contacts.namesOf(numbers);
    if (!found.isOk())
        return found.status();
    names.insert(found.value());
    return Status::success();
}
} // namespace

RecipientTableModel::RecipientTableModel(Outbox& outbox, ContactRepository& contacts, QObject* parent)
    : QAbstractTableModel(parent), m_outbox(outbox), m_contacts(contacts)
{ }

void RecipientTableModel::setBroadcast(qint64 broadcastId, std::optional<OutboxState> state)
{
    m_notifying = true;
    beginResetModel();
    m_broadcastId = broadcastId;
    m_state = state;
    m_rows.clear();
    m_rowOfId.clear();
    m_names.clear();
    m_exhausted = broadcastId == 0;
    m_lookedAtMs = QDateTime::currentMSecsSinceEpoch();
    endResetModel();
    m_notifying = false;
}

qint64 RecipientTableModel::broadcastId() const
{
    return m_broadcastId;
}

bool RecipientTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_exhausted;
}

void RecipientTableModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || m_exhausted || m_notifying)
        return;
    const qint64 after = m_rows.isEmpty() ? 0 : m_rows.last().id;
    const Result<QList<OutboxRow>> page = m_outbox.reads().page(m_broadcastId, after, kPageSize, m_state);
    if (!page.isOk() || !addNames(m_contacts, page.value(), m_names).isOk()) {
        m_exhausted = true;
        return;
    }
    append(page.value());
}

void RecipientTableModel::append(const QList<OutboxRow>& page)
{
    if (page.size() < kPageSize)
        m_exhausted = true;
    if (page.isEmpty())
        return;
    const int first = int(m_rows.size());
    m_notifying = true;
    beginInsertRows({}, first, first + int(page.size()) - 1);
    for (const OutboxRow& r : page) {
        m_rowOfId.insert(r.id, int(m_rows.size()));
        m_rows << r;
    }
    endInsertRows();
    m_notifying = false;
}

std::optional<RecipientTableModel::Look> RecipientTableModel::nextLook() const
{
    if (m_broadcastId == 0)
        return std::nullopt;
    Look look;
    look.broadcastId = m_broadcastId;
    look.state = m_state;
    look.atMs = QDateTime::currentMSecsSinceEpoch();
    if (m_rows.isEmpty()) {
        // Nothing loaded yet (a filter that matched nothing, or a new broadcast): look again from the start.
        look.pageAfterId = 0;
        return look;
    }
    look.changedSinceMs = m_lookedAtMs - kLookBackMs;
    look.maxId = m_rows.last().id;
    // Rows added later (a retry through another sender) or newly matching a filter appear at the end.
    if (m_exhausted)
        look.pageAfterId = m_rows.last().id;
    return look;
}

Result<RecipientTableModel::Found> RecipientTableModel::read(
    Outbox& outbox, ContactRepository& contacts, const Look& look)
{
    Found found;
    if (look.maxId > 0) {
        Result<QList<OutboxRow>> changed
            = outbox.reads().updatedSince(look.broadcastId, look.changedSinceMs, look.maxId, kChangesPerRefresh);
        if (!changed.isOk())
            return changed.status();
        found.changed = changed.takeValue();
    }
    if (look.pageAfterId >= 0) {
        Result<QList<OutboxRow>> page = outbox.reads().page(look.broadcastId, look.pageAfterId, kPageSize, look.state);
        if (!page.isOk())
            return page.status();
        found.page = page.takeValue();
    }
    for (const QList<OutboxRow>* rows : {&found.changed, &found.page}) {
        const Status named = addNames(contacts, *rows, found.names);
        if (!named.isOk())
            return named;
    }
    return found;
}

void RecipientTableModel::apply(const Look& look, const Found& found)
{
    if (look.broadcastId != m_broadcastId || look.state != m_state)
        return; // another broadcast (or filter) was chosen meanwhile
    m_names.insert(found.names);
    if (look.maxId > 0) {
        // Changes come oldest first: when there were more than one refresh reads, the next one goes on from there.
        m_lookedAtMs
            = found.changed.size() < kChangesPerRefresh ? look.atMs : found.changed.last().updatedAtMs + kLookBackMs;
        int top = int(m_rows.size());
        int bottom = -1;
        for (const OutboxRow& r : found.changed) {
            const auto it = m_rowOfId.constFind(r.id);
            if (it == m_rowOfId.cend())
                continue;
            OutboxRow& shown = m_rows[it.value()];
            const bool same = shown.state == r.state && shown.attempts == r.attempts
                && shown.earlierAttempts == r.earlierAttempts && shown.errorCode == r.errorCode
                && shown.errorExplanation == r.errorExplanation && shown.providerMessageId == r.providerMessageId
                && shown.profileId == r.profileId && shown.unconfirmedReason == r.unconfirmedReason;
            if (same)
                continue;
            shown = r;
            top = qMin(top, it.value());
            bottom = qMax(bottom, it.value());
        }
        if (bottom >= top)
            Q_EMIT dataChanged(index(top, 0), index(bottom, ColumnCount - 1));
    }
    const qint64 lastId = m_rows.isEmpty() ? 0 : m_rows.last().id;
    if (look.pageAfterId >= 0 && look.pageAfterId == lastId) {
        m_exhausted = false;
        append(found.page);
    }
}

QString RecipientTableModel::refresh()
{
    const std::optional<Look> look = nextLook();
    if (!look)
        return QString();
    const Result<Found> found = read(m_outbox, m_contacts, *look);
    if (!found.isOk())
        return found.error();
    apply(*look, found.value());
    return QString();
}

OutboxRow RecipientTableModel::row(int row) const
{
    return m_rows.value(row);
}

QString RecipientTableModel::nameOf(const QString& recipient) const
{
    return m_names.value(recipient);
}

int RecipientTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RecipientTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RecipientTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OutboxRow& r = m_rows.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == ExplanationColumn)
        return plainToolTip(r.state == OutboxState::Unconfirmed ? r.unconfirmedReason : r.errorExplanation);
    if (role == Qt::ForegroundRole && index.column() == StateColumn && r.state == OutboxState::Failed)
        return QColor(0xb0, 0x00, 0x20);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case NameColumn:
        return m_names.value(r.recipient);
    case RecipientColumn:
        return r.recipient;
    case StateColumn:
        return StateText::recipient(r.state);
    case SentColumn:
        return when(r.sentAtMs);
    case DeliveredColumn:
        return when(r.deliveredAtMs);
    case ReadColumn:
        return when(r.readAtMs);
    case AttemptsColumn:
        return r.attempts + r.earlierAttempts;
    case ErrorColumn:
        return ProblemText::of(r.errorClass, r.errorCode);
    case ExplanationColumn:
        return r.errorExplanation;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant RecipientTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case NameColumn:
        return tr("Customer");
    case RecipientColumn:
        return tr("Number");
    case StateColumn:
        return tr("State");
    case SentColumn:
        return tr("Sent");
    case DeliveredColumn:
        return tr("Delivered");
    case ReadColumn:
        return tr("Read");
    case AttemptsColumn:
        return tr("Attempts");
    case ErrorColumn:
        return tr("Problem");
    case ExplanationColumn:
        return tr("What it means");
    case ColumnCount:
        break;
    }
    return {};
}
