#include "activityview.h"
#include "services/dataservices.h"

#include "appservices.h"
#include "broadcastlistmodel.h"
#include "common/messagebox.h"
#include "outbox/outbox.h"
#include "pricing/money.h"
#include "profiles/profilerepository.h"
#include "progressdelegate.h"
#include "recipientdetail.h"
#include "recipienttablemodel.h"
#include "statetext.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
constexpr int kRefreshMs = 500;

QTableView* table(const QString& name, QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setObjectName(name);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}
} // namespace

ActivityView::ActivityView(AppServices& services, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_broadcasts(new BroadcastListModel(services.data.outbox, services.data.profiles, this))
    , m_recipients(new RecipientTableModel(services.data.outbox, services.data.contacts, this))
    , m_broadcastTable(table(u"broadcastsTableView"_s, this))
    , m_recipientTable(table(u"recipientsTableView"_s, this))
    , m_stateFilter(new QComboBox(this))
    , m_backupSender(new QComboBox(this))
    , m_detail(new RecipientDetail(this))
    , m_status(new QLabel(this))
    , m_reads(services.dataAddress, services.registry)
{
    setObjectName(u"activityView"_s);
    m_broadcastTable->setModel(m_broadcasts);
    m_broadcastTable->setItemDelegateForColumn(
        BroadcastListModel::ProgressColumn, new ProgressDelegate(BroadcastListModel::ProgressRole, this));
    // The counts as wide as their headings; the title takes what is left.
    m_broadcastTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_broadcastTable->horizontalHeader()->setSectionResizeMode(BroadcastListModel::TitleColumn, QHeaderView::Stretch);
    m_broadcastTable->horizontalHeader()->setSectionResizeMode(
        BroadcastListModel::ProgressColumn, QHeaderView::Interactive);
    m_broadcastTable->horizontalHeader()->setStretchLastSection(false);
    m_broadcastTable->setColumnWidth(BroadcastListModel::ProgressColumn, 150);
    m_recipientTable->setModel(m_recipients);
    m_recipientTable->setAccessibleName(tr("Recipients of the selected broadcast"));
    m_broadcastTable->setAccessibleName(tr("Broadcasts"));
    // Fixed row heights: the view never measures 100,000 rows to lay them out.
    m_recipientTable->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_recipientTable->setColumnWidth(RecipientTableModel::NameColumn, 150);
    m_recipientTable->setColumnWidth(RecipientTableModel::RecipientColumn, 130);
    m_recipientTable->setColumnWidth(RecipientTableModel::AttemptsColumn, 70);
    m_recipientTable->setColumnWidth(RecipientTableModel::ErrorColumn, 200);
    m_stateFilter->setObjectName(u"stateFilterComboBox"_s);
    m_stateFilter->addItem(tr("Every recipient"), -1);
    for (OutboxState s : allOutboxStates())
        m_stateFilter->addItem(StateText::recipient(s), int(s));
    m_backupSender->setObjectName(u"backupSenderComboBox"_s);
    m_backupSender->setAccessibleName(tr("Backup sender"));
    m_backupSender->setAccessibleDescription(tr("The sender that retries the failed rows."));
    m_detail->setObjectName(u"recipientDetail"_s);
    m_status->setObjectName(u"activityStatusLabel"_s);

    auto button = [this](const QString& name, const QString& text, void (ActivityView::*slot)()) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(name);
        connect(b, &QPushButton::clicked, this, slot);
        return b;
    };
    m_pause = button(u"pauseButton"_s, tr("&Pause"), &ActivityView::pauseSelected);
    m_resume = button(u"resumeButton"_s, tr("&Resume"), &ActivityView::resumeSelected);
    m_cancel = button(u"cancelBroadcastButton"_s, tr("&Cancel"), &ActivityView::cancelSelected);
    m_retry = button(u"retryFailedButton"_s, tr("Retr&y failed"), &ActivityView::retryFailedSelected);
    m_retryBackup = button(u"retryBackupButton"_s, tr("Retry failed thr&ough:"), &ActivityView::retryThroughBackup);
    m_resendAll = button(u"resendUnconfirmedButton"_s, tr("Resend &unanswered…"), &ActivityView::resendAllUnconfirmed);
    m_dropAll = button(u"dropUnconfirmedButton"_s, tr("&Drop unanswered…"), &ActivityView::dropAllUnconfirmed);
    m_resendRow = button(u"resendRecipientButton"_s, tr("Send to them again"), &ActivityView::resendSelectedRecipient);
    m_dropRow = button(u"dropRecipientButton"_s, tr("Don't send again"), &ActivityView::dropSelectedRecipient);
    const QString unansweredHelp = tr("Sent, but no answer came back from the provider: it may or may not have "
                                      "arrived. Tandem asks Twilio itself; Meta cannot be asked, so you decide.");
    for (QPushButton* b : {m_resendAll, m_dropAll, m_resendRow, m_dropRow})
        b->setToolTip(unansweredHelp);

    connect(
        m_broadcastTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ActivityView::showBroadcast);
    connect(m_stateFilter, &QComboBox::currentIndexChanged, this, &ActivityView::showBroadcast);
    connect(m_recipientTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &ActivityView::showRecipientDetail);
    connect(&m_timer, &QTimer::timeout, this, &ActivityView::refreshInBackground);
    m_timer.setInterval(kRefreshMs);

    auto* actions = new QHBoxLayout;
    for (QPushButton* b : {m_pause, m_resume, m_cancel, m_retry, m_retryBackup})
        actions->addWidget(b);
    actions->addWidget(m_backupSender);
    actions->addStretch();
    auto* unanswered = new QHBoxLayout;
    unanswered->addWidget(m_resendAll);
    unanswered->addWidget(m_dropAll);
    unanswered->addStretch();
    auto* top = new QWidget(this);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_broadcastTable);
    topLayout->addLayout(actions);
    topLayout->addLayout(unanswered);
    auto* bottom = new QWidget(this);
    auto* bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    auto* filterRow = new QHBoxLayout;
    auto* filterLabel = new QLabel(tr("&Show:"), bottom);
    filterLabel->setBuddy(m_stateFilter);
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_stateFilter);
    filterRow->addStretch();
    bottomLayout->addLayout(filterRow);
    // The selected recipient's whole story beside the table, with room to read it.
    auto* detailPane = new QWidget(bottom);
    auto* detailLayout = new QVBoxLayout(detailPane);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_detail, 1);
    auto* rowActions = new QHBoxLayout;
    rowActions->addWidget(m_resendRow);
    rowActions->addWidget(m_dropRow);
    rowActions->addStretch();
    detailLayout->addLayout(rowActions);
    auto* sideBySide = new QSplitter(Qt::Horizontal, bottom);
    sideBySide->addWidget(m_recipientTable);
    sideBySide->addWidget(detailPane);
    sideBySide->setStretchFactor(0, 3);
    sideBySide->setStretchFactor(1, 1);
    bottomLayout->addWidget(sideBySide, 1);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);
    updateActions();
    refreshInBackground();
}

BroadcastListModel* ActivityView::broadcastModel() const
{
    return m_broadcasts;
}

RecipientTableModel* ActivityView::recipientModel() const
{
    return m_recipients;
}

void ActivityView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refreshInBackground();
    m_timer.start();
}

void ActivityView::hideEvent(QHideEvent* event)
{
    QWidget::hideEvent(event);
    m_timer.stop();
}

void ActivityView::refresh()
{
    QString error = m_broadcasts->refresh();
    if (error.isEmpty())
        error = m_recipients->refresh();
    if (!error.isEmpty())
        m_status->setText(tr("Could not read the outbox: %1").arg(error));
    afterRefresh();
}

namespace {
// What one live look at the outbox found, read on the read thread.
struct ActivityRead
{
    BroadcastListModel::Snapshot broadcasts;
    std::optional<RecipientTableModel::Look> look;
    RecipientTableModel::Found recipients;
};
} // namespace

void ActivityView::refreshInBackground()
{
    if (m_reading) {
        m_readAgain = true;
        return;
    }
    m_reading = true;
    const std::optional<RecipientTableModel::Look> look = m_recipients->nextLook();
    m_reads.read<ActivityRead>(
        this,
        [look](DataServices& core) -> Result<ActivityRead> {
            Result<BroadcastListModel::Snapshot> broadcasts = BroadcastListModel::read(core.outbox, core.profiles);
            if (!broadcasts.isOk())
                return broadcasts.status();
            ActivityRead found {broadcasts.takeValue(), look, {}};
            if (look) {
                Result<RecipientTableModel::Found> recipients
                    = RecipientTableModel::read(core.outbox, core.contacts, *look);
                if (!recipients.isOk())
                    return recipients.status();
                found.recipients = recipients.takeValue();
            }
            return found;
        },
        [this](const Result<ActivityRead>& found) {
            m_reading = false;
            if (!found.isOk()) {
                m_status->setText(tr("Could not read the outbox: %1").arg(found.error()));
            } else {
                m_broadcasts->apply(found.value().broadcasts);
                if (found.value().look)
                    m_recipients->apply(*found.value().look, found.value().recipients);
            }
            afterRefresh();
            if (m_readAgain) {
                m_readAgain = false;
                refreshInBackground();
            }
        });
}

void ActivityView::afterRefresh()
{
    if (m_pendingSelection != 0 && m_broadcasts->rowOf(m_pendingSelection) >= 0) {
        m_broadcastTable->selectRow(m_broadcasts->rowOf(m_pendingSelection));
        m_pendingSelection = 0;
    } else if (selectedBroadcast() == 0 && m_broadcasts->rowCount() > 0 && m_pendingSelection == 0) {
        m_broadcastTable->selectRow(0);
    }
    updateActions();
    // The selected recipient's row may have moved on (a retry, a report): its detail and history follow.
    const QModelIndex current = m_recipientTable->currentIndex();
    if (current.isValid()) {
        const OutboxRow r = m_recipients->row(current.row());
        if (r.id == m_detail->rowId() && r.updatedAtMs != m_detailUpdatedAtMs) {
            m_detailUpdatedAtMs = r.updatedAtMs;
            m_detail->showRow(r, m_recipients->nameOf(r.recipient));
            readRecipientHistory(r.id);
        }
    }
}

void ActivityView::selectBroadcast(qint64 broadcastId)
{
    m_pendingSelection = broadcastId;
    refreshInBackground();
}

qint64 ActivityView::selectedBroadcast() const
{
    const QModelIndexList rows = m_broadcastTable->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(BroadcastListModel::IdRole).toLongLong();
}

void ActivityView::showBroadcast()
{
    const int filter = m_stateFilter->currentData().toInt();
    m_recipients->setBroadcast(
        selectedBroadcast(), filter < 0 ? std::nullopt : std::optional<OutboxState>(OutboxState(filter)));
    refreshInBackground(); // its first page comes from the read thread
    m_detail->clear();
    m_status->clear(); // what was done to the broadcast chosen before is not about this one
    updateBackupSenders();
    updateActions();
}

void ActivityView::showRecipientDetail()
{
    updateRecipientActions();
    const QModelIndex current = m_recipientTable->currentIndex();
    if (!current.isValid()) {
        m_detail->clear();
        return;
    }
    const OutboxRow r = m_recipients->row(current.row());
    const bool another = r.id != m_detail->rowId();
    m_detailUpdatedAtMs = r.updatedAtMs;
    m_detail->showRow(r, m_recipients->nameOf(r.recipient));
    if (another)
        readRecipientHistory(r.id);
}

namespace {
struct RecipientHistory
{
    QList<OutboxAttempt> attempts;
    QHash<qint64, QString> senderNames;
};
} // namespace

void ActivityView::readRecipientHistory(qint64 rowId)
{
    m_reads.read<RecipientHistory>(
        this,
        [rowId](DataServices& core) -> Result<RecipientHistory> {
            Result<QList<OutboxAttempt>> attempts = core.outbox.reads().attempts(rowId);
            if (!attempts.isOk())
                return attempts.status();
            const Result<QList<Profile>> profiles = core.profiles.list();
            if (!profiles.isOk())
                return profiles.status();
            RecipientHistory found {attempts.takeValue(), {}};
            for (const Profile& p : profiles.value())
                found.senderNames.insert(p.id, p.name);
            return found;
        },
        [this, rowId](const Result<RecipientHistory>& found) {
            if (found.isOk())
                m_detail->setHistory(rowId, found.value().attempts, found.value().senderNames);
        });
}

void ActivityView::updateBackupSenders()
{
    const int row = m_broadcasts->rowOf(selectedBroadcast());
    const qint64 senderId = row >= 0 ? m_broadcasts->summary(row).broadcast.profileId : 0;
    const Result<QList<Profile>> profiles = m_services.data.profiles.list();
    QString preferred;
    m_backupSender->clear();
    for (const Profile& p : profiles.isOk() ? profiles.value() : QList<Profile>()) {
        if (p.id == senderId)
            preferred = p.setting(u"backup_profile"_s);
        else
            m_backupSender->addItem(p.name, p.id);
    }
    m_backupSender->setCurrentIndex(qMax(0, m_backupSender->findText(preferred)));
}

void ActivityView::updateActions()
{
    const int row = m_broadcasts->rowOf(selectedBroadcast());
    const BroadcastSummary s = row >= 0 ? m_broadcasts->summary(row) : BroadcastSummary();
    using State = Broadcast::State;
    const State state = s.broadcast.state;
    const bool exists = row >= 0;
    const bool failed = s.counts.value(OutboxState::Failed) > 0;
    m_pause->setEnabled(exists && state == State::Running);
    m_resume->setEnabled(exists && state == State::Paused);
    m_cancel->setEnabled(exists && (state == State::Running || state == State::Paused || state == State::Scheduled));
    m_retry->setEnabled(exists && failed); // a cancelled broadcast's failures too: the owner asks for them alone
    m_retryBackup->setEnabled(exists && failed && m_backupSender->count() > 0);
    m_backupSender->setEnabled(m_retryBackup->isEnabled());
    const bool unanswered = exists && s.counts.value(OutboxState::Unconfirmed) > 0;
    m_resendAll->setEnabled(unanswered && state != State::Cancelled);
    m_dropAll->setEnabled(unanswered);
    updateRecipientActions();
}

void ActivityView::updateRecipientActions()
{
    const QModelIndex current = m_recipientTable->currentIndex();
    const bool unconfirmed = current.isValid() && m_recipients->row(current.row()).state == OutboxState::Unconfirmed;
    m_resendRow->setEnabled(unconfirmed);
    m_dropRow->setEnabled(unconfirmed);
}

void ActivityView::report(const QString& action, const QString& error)
{
    m_status->setText(error.isEmpty() ? action : tr("%1 failed: %2").arg(action, error));
    refresh();
}

void ActivityView::pauseSelected()
{
    report(tr("Paused."), m_services.data.outbox.broadcasts().pause(selectedBroadcast(), tr("Paused by you.")).error());
}

void ActivityView::resumeSelected()
{
    const qint64 id = selectedBroadcast();
    const Result<Broadcast> broadcast = m_services.data.outbox.broadcasts().find(id);
    if (!broadcast.isOk())
        return report(tr("Resumed."), broadcast.error());
    // Stopped at a budget: going on means raising it, so Resume asks for the new one.
    if (!raiseBudgetIfReached(broadcast.value()))
        return;
    report(tr("Resumed."), m_services.data.outbox.broadcasts().resume(id).error());
}

bool ActivityView::raiseBudgetIfReached(const Broadcast& broadcast)
{
    Budgets& budgets = m_services.data.budgets;
    const QDateTime now = QDateTime::currentDateTime();
    // Without a budget nothing is added up: only a budget can be reached.
    const Result<Budgets::Standing> own = budgets.broadcast(broadcast.id);
    const Result<Budgets::Standing> month = budgets.senderMonth(broadcast.profileId, now);
    auto reached = [](const Result<Budgets::Standing>& s) {
        return s.isOk() && s.value().budget && s.value().committed + s.value().queued > *s.value().budget + 1e-9;
    };
    auto ask = [this](const QString& question, std::optional<double>* raised) {
        bool ok = false;
        const QString answer = MessageBox::askText(this, tr("Raise the budget"), question, &ok).trimmed();
        if (!ok)
            return false;
        bool number = false;
        double value = QLocale().toDouble(answer, &number);
        if (!number)
            value = answer.toDouble(&number);
        if (!number || value < 0) {
            report(tr("Resumed."), tr("\"%1\" is not an amount in US dollars.").arg(answer));
            return false;
        }
        *raised = value;
        return true;
    };
    if (reached(own)) {
        const Budgets::Standing& s = own.value();
        std::optional<double> raised;
        if (!ask(tr("This broadcast stopped at its budget of %1: %2 is spent or on its way, and the rest needs about "
                    "%3 more. Its new budget, in US dollars:")
                     .arg(Money::usd(*s.budget), Money::usd(s.committed), Money::usd(s.queued)),
                &raised))
            return false;
        if (const Status saved = budgets.setBroadcastBudget(broadcast.id, raised); !saved.isOk()) {
            report(tr("Resumed."), saved.error());
            return false;
        }
    }
    if (reached(month)) {
        const Budgets::Standing& s = month.value();
        std::optional<double> raised;
        if (!ask(tr("The sender reached its budget of %1 for %2: %3 is spent or on its way, and what is queued needs "
                    "about %4 more. Its new budget for each month, in US dollars:")
                     .arg(Money::usd(*s.budget), QLocale().standaloneMonthName(now.date().month()),
                         Money::usd(s.committed), Money::usd(s.queued)),
                &raised))
            return false;
        if (const Status saved = budgets.setMonthlyBudget(broadcast.profileId, raised); !saved.isOk()) {
            report(tr("Resumed."), saved.error());
            return false;
        }
    }
    return true;
}

void ActivityView::cancelSelected()
{
    if (MessageBox::question(this, tr("Cancel broadcast"),
            tr("Stop this broadcast? Messages already sent stay sent; the rest are not sent."),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        != QMessageBox::Yes)
        return;
    report(tr("Cancelled."), m_services.data.outbox.broadcasts().cancel(selectedBroadcast()).error());
}

void ActivityView::retryFailedSelected()
{
    report(tr("Failed messages queued again."),
        m_services.data.outbox.broadcasts().retryFailed(selectedBroadcast()).error());
}

void ActivityView::retryThroughBackup()
{
    const qint64 backup = m_backupSender->currentData().toLongLong();
    if (backup == 0)
        return;
    report(tr("Failed messages queued again through \"%1\".").arg(m_backupSender->currentText()),
        m_services.data.outbox.broadcasts().retryFailedThrough(selectedBroadcast(), backup).error());
}

void ActivityView::resendSelectedRecipient()
{
    const QModelIndex current = m_recipientTable->currentIndex();
    if (!current.isValid())
        return;
    const OutboxRow r = m_recipients->row(current.row());
    report(tr("%1 gets the message again.").arg(r.recipient),
        m_services.data.outbox.unconfirmed().resolve(r.id, Outbox::Resolution::Resend).error());
}

void ActivityView::dropSelectedRecipient()
{
    const QModelIndex current = m_recipientTable->currentIndex();
    if (!current.isValid())
        return;
    const OutboxRow r = m_recipients->row(current.row());
    report(tr("%1 is not sent the message again.").arg(r.recipient),
        m_services.data.outbox.unconfirmed().resolve(r.id, Outbox::Resolution::Drop).error());
}

void ActivityView::resendAllUnconfirmed()
{
    const int row = m_broadcasts->rowOf(selectedBroadcast());
    const int n = row >= 0 ? m_broadcasts->summary(row).counts.value(OutboxState::Unconfirmed) : 0;
    if (MessageBox::question(this, tr("Resend unanswered messages"),
            tr("%n message(s) were sent but the provider's answer never came, so some of these customers may "
               "already have them. Sending again may give them a second copy. Send again?",
                nullptr, n),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        != QMessageBox::Yes)
        return;
    const Result<int> done
        = m_services.data.outbox.unconfirmed().resolveAll(selectedBroadcast(), Outbox::Resolution::Resend);
    report(tr("%n unanswered message(s) queued again.", nullptr, done.isOk() ? done.value() : 0), done.error());
}

void ActivityView::dropAllUnconfirmed()
{
    const int row = m_broadcasts->rowOf(selectedBroadcast());
    const int n = row >= 0 ? m_broadcasts->summary(row).counts.value(OutboxState::Unconfirmed) : 0;
    if (MessageBox::question(this, tr("Drop unanswered messages"),
            tr("%n message(s) were sent but the provider's answer never came. Dropping them means Tandem will not "
               "send them again; customers who did not get them will not get them. Drop them?",
                nullptr, n),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        != QMessageBox::Yes)
        return;
    const Result<int> done
        = m_services.data.outbox.unconfirmed().resolveAll(selectedBroadcast(), Outbox::Resolution::Drop);
    report(tr("%n unanswered message(s) dropped.", nullptr, done.isOk() ? done.value() : 0), done.error());
}
