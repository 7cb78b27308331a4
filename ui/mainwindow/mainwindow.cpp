#include "mainwindow.h"
#include "secrets/keychainsecretstore.h"
#include "services/dataservices.h"
#include "settings/preferencesdialog.h"
#include "settings/shareddatabasedialog.h"
#include "storage/changenotifier.h"

#include "common/plaintext.h"
#include "webhooks/receiverdialog.h"
#include "webhooks/receiverthread.h"

#include "activity/activityview.h"
#include "analytics/analyticsview.h"
#include "appservices.h"
#include "common/messagebox.h"
#include "common/plaintext.h"
#include "common/testmessage.h"
#include "composer/composerview.h"
#include "contacts/contactsview.h"
#include "forms/editprofiledialog.h"
#include "migration/migrationdialog.h"
#include "profiles/profilerepository.h"
#include "profiles/profileservice.h"
#include "providers/providerregistry.h"
#include "replies/repliesview.h"
#include "senderactions.h"
#include "settings/pricesdialog.h"
#include "templates/templatesview.h"
#include "webhooks/receiverdialog.h"
#include "webhooks/receiversettings.h"
#include "webhooks/receiverthread.h"
#include "wizard/setupwizard.h"
#include "worker/outboxthread.h"

#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableWidget>
#include <QTabWidget>
#include <QTextEdit>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

MainWindow::MainWindow(AppServices& services, QWidget* parent)
    : QMainWindow(parent), m_services(services), m_actions(new SenderActions(services, this))
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(services.demoApiBase.isEmpty() ? tr("Tandem") : tr("Tandem — demo"));
    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(u"pagesStackedWidget"_s);
    m_pages->addWidget(createEmptyState());
    m_pages->addWidget(createProfileList());
    m_contacts = new ContactsView(services, this);
    m_composer = new ComposerView(services, this);
    m_activity = new ActivityView(services, this);
    m_replies = new RepliesView(services, this);
    m_templates = new TemplatesView(services, this);
    m_results = new AnalyticsView(services, this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"mainTabWidget"_s);
    m_tabs->installEventFilter(this); // Ctrl+Tab while writing stays on the screen (eventFilter)
    m_tabs->addTab(m_pages, tr("Senders"));
    m_tabs->addTab(m_contacts, tr("Contacts"));
    m_tabs->addTab(m_composer, tr("New broadcast"));
    m_tabs->addTab(m_activity, tr("Activity"));
    m_tabs->addTab(m_replies, tr("Replies"));
    m_tabs->addTab(m_templates, tr("Templates"));
    m_tabs->addTab(m_results, tr("Results"));
    // The screens are reached with Ctrl+1 to Ctrl+7, so that Alt and a letter stays with the screen shown (its
    // buttons and fields), where it would otherwise clash with a tab's.
    for (int i = 0; i < m_tabs->count(); ++i) {
        const QKeySequence key(QKeyCombination(Qt::ControlModifier, Qt::Key(Qt::Key_1 + i)));
        auto* go = new QShortcut(key, this, [this, i] { m_tabs->setCurrentIndex(i); });
        go->setObjectName(u"tabShortcut%1"_s.arg(i + 1));
        m_tabs->setTabToolTip(i, key.toString(QKeySequence::NativeText));
    }
    connect(m_templates, &TemplatesView::catalogueChanged, m_composer, &ComposerView::reloadSenders);
    // New replies: a count on the tab, and a word in the status bar.
    connect(m_replies, &RepliesView::unreadChanged, this, [this](int unread) {
        m_tabs->setTabText(RepliesTab, unread > 0 ? tr("Replies (%1)").arg(unread) : tr("Replies"));
    });
    auto repliesArrived = [this](int messages) {
        if (messages <= 0)
            return;
        statusBar()->showMessage(tr("%n new message(s) from customers, under Replies.", nullptr, messages), 10000);
        m_replies->refresh();
    };
    connect(&services.receiver, &ReceiverThread::received, this,
        [repliesArrived](int, int messages) { repliesArrived(messages); });
    connect(&services.sending, &OutboxThread::received, this, repliesArrived);
    // Desks sharing a PostgreSQL database hear each other's changes (the server's reports and replies included).
    // A busy sender announces a change with every batch of outcomes: the views look at most four times a second.
    ChangeNotifier* changes = &services.changes;
    auto* activityChanged = new QTimer(this);
    auto* repliesChanged = new QTimer(this);
    for (QTimer* timer : {activityChanged, repliesChanged}) {
        timer->setSingleShot(true);
        timer->setInterval(250);
    }
    connect(activityChanged, &QTimer::timeout, m_activity, &ActivityView::refreshInBackground);
    connect(repliesChanged, &QTimer::timeout, m_replies, &RepliesView::refresh);
    connect(
        changes, &ChangeNotifier::changed, this, [activityChanged, repliesChanged](ChangeNotifier::Channel channel) {
            QTimer* timer = channel == ChangeNotifier::Channel::Inbox ? repliesChanged : activityChanged;
            if (!timer->isActive())
                timer->start();
        });
    setCentralWidget(m_tabs);
    connect(m_contacts, &ContactsView::contactsChanged, m_composer, &ComposerView::reload);
    connect(m_contacts, &ContactsView::composeRequested, this, [this](const QList<qint64>& ids) {
        m_composer->composeFor(ids);
        showTab(ComposeTab);
    });
    connect(m_composer, &ComposerView::broadcastQueued, this, [this](qint64 id) {
        statusBar()->showMessage(tr("Broadcast queued; it is shown under Activity."));
        m_activity->selectBroadcast(id);
        showTab(ActivityTab);
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int tab) {
        if (tab == ContactsTab)
            m_contacts->reload(); // a CSV audience imported in the composer is a change too
    });
    createMenus();
    if (!services.demoApiBase.isEmpty()) {
        auto* badge = new QLabel(tr(" DEMO: nothing leaves this computer "), this);
        badge->setObjectName(u"demoBadgeLabel"_s);
        badge->setStyleSheet(u"background: #e65100; color: white; font-weight: bold; border-radius: 3px;"_s);
        statusBar()->addPermanentWidget(badge);
    }

    connect(m_actions, &SenderActions::verified, this, [this](const Profile& p, const ProviderResult& result) {
        statusBar()->showMessage(
            result.isOk() ? tr("\"%1\" works.").arg(p.name) : tr("\"%1\": %2").arg(p.name, result.error.explanation));
        reloadProfiles();
        selectProfile(p.id);
    });
    connect(m_actions, &SenderActions::webhooksPointed, this,
        [this](const Profile& p, const ProviderResult& result, const QString& url) {
            statusBar()->showMessage(result.isOk()
                    ? tr("\"%1\" now reports to %2.").arg(p.name, url)
                    : tr("\"%1\" could not be told where to report: %2").arg(p.name, result.error.explanation));
        });
    connect(m_actions, &SenderActions::sent, this, [this](const Profile& p, const ProviderResult& result) {
        statusBar()->showMessage(result.isOk()
                ? tr("Test message sent from \"%1\" to %2.").arg(p.name, result.recipient)
                : tr("Test message from \"%1\" not sent: %2").arg(p.name, result.error.explanation));
    });

    // What the outbox thread has to say reaches the owner: a database it could not write, unanswered messages it
    // settled with the provider.
    connect(&services.sending, &OutboxThread::failedToRecord, this, [this](const QString& error) {
        statusBar()->showMessage(tr("Tandem could not save a sending result, and will try again: %1").arg(error));
    });
    connect(&services.sending, &OutboxThread::settled, this, [this](int confirmed, int resent) {
        if (confirmed > 0)
            statusBar()->showMessage(
                tr("%n message(s) without an answer were found at the provider: they arrived.", nullptr, confirmed));
        if (resent > 0)
            statusBar()->showMessage(tr(
                "%n message(s) without an answer had not reached the provider and were sent again.", nullptr, resent));
    });

    // Where delivery reports come from: the receiver (with how many it stored), or questions to Twilio.
    m_receiverStatus = new QLabel(this);
    m_receiverStatus->setObjectName(u"receiverStatusLabel"_s);
    m_receiverStatus->setTextFormat(Qt::PlainText);
    statusBar()->addPermanentWidget(m_receiverStatus);
    connect(&services.receiver, &ReceiverThread::received, this, [this](int statuses, int messages) {
        m_reportsReceived += statuses;
        m_repliesReceived += messages;
        updateReceiverStatus();
    });
    updateReceiverStatus();

    QSettings settings;
    if (!restoreGeometry(settings.value(u"mainWindow/geometry"_s).toByteArray()))
        resize(960, 620);
    reloadProfiles();
}

QWidget* MainWindow::createEmptyState()
{
    auto* page = new QWidget(this);
    page->setObjectName(u"emptyStateWidget"_s);
    auto* title = new QLabel(tr("No WhatsApp sender set up yet"), page);
    title->setObjectName(u"emptyStateTitleLabel"_s);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    title->setFont(font);
    auto* text = new QLabel(tr("Tandem sends your WhatsApp messages through Twilio or directly through Meta's "
                               "Cloud API. Set up a sender to start: Tandem explains the difference and checks "
                               "the connection for you."),
        page);
    text->setObjectName(u"emptyStateTextLabel"_s);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    auto* button = new QPushButton(tr("Set up WhatsApp…"), page);
    button->setObjectName(u"setUpButton"_s);
    button->setDefault(true);
    connect(button, &QPushButton::clicked, this, &MainWindow::startSetup);

    auto* layout = new QVBoxLayout(page);
    // A wrapped label given an alignment here would only get its one-line size hint and be clipped; it takes the
    // full width instead, and the margins keep its lines short.
    layout->setContentsMargins(120, 0, 120, 0);
    layout->addStretch();
    layout->addWidget(title, 0, Qt::AlignHCenter);
    layout->addWidget(text);
    layout->addSpacing(12);
    layout->addWidget(button, 0, Qt::AlignHCenter);
    layout->addStretch();
    return page;
}

QWidget* MainWindow::createProfileList()
{
    auto* page = new QWidget(this);
    page->setObjectName(u"profilesWidget"_s);
    m_profileTable = new QTableWidget(0, 4, page);
    m_profileTable->setObjectName(u"profilesTableWidget"_s);
    m_profileTable->setAccessibleName(tr("Senders"));
    m_profileTable->setHorizontalHeaderLabels({tr("Sender"), tr("Provider"), tr("Number"), tr("Last check")});
    m_profileTable->horizontalHeader()->setStretchLastSection(true);
    for (int column = 0; column < 3; ++column)
        m_profileTable->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_profileTable->verticalHeader()->hide();
    m_profileTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_profileTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_profileTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    connect(m_profileTable, &QTableWidget::itemSelectionChanged, this, &MainWindow::updateActions);
    connect(m_profileTable, &QTableWidget::itemDoubleClicked, this, &MainWindow::editSelected);

    auto* buttons = new QHBoxLayout;
    auto add = [&](const QString& name, const QString& text, void (MainWindow::*slot)(), bool needsSelection) {
        auto* button = new QPushButton(text, page);
        button->setObjectName(name);
        connect(button, &QPushButton::clicked, this, slot);
        buttons->addWidget(button);
        if (needsSelection)
            m_selectionButtons << button;
    };
    add(u"addSenderButton"_s, tr("Set up…"), &MainWindow::startSetup, false);
    add(u"editButton"_s, tr("Edit…"), &MainWindow::editSelected, true);
    add(u"verifyButton"_s, tr("Check connection"), &MainWindow::verifySelected, true);
    add(u"sendTestButton"_s, tr("Send test message…"), &MainWindow::sendTestToSelected, true);
    add(u"switchProviderButton"_s, tr("Switch provider…"), &MainWindow::switchSelected, true);
    add(u"moveNumberButton"_s, tr("Move number…"), &MainWindow::moveSelected, true);
    add(u"removeButton"_s, tr("Remove…"), &MainWindow::removeSelected, true);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_profileTable);
    layout->addLayout(buttons);
    return page;
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* setUp = file->addAction(tr("&Set up WhatsApp…"), this, &MainWindow::startSetup);
    setUp->setObjectName(u"setUpAction"_s);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setObjectName(u"quitAction"_s);
    quit->setShortcut(QKeySequence::Quit);
    QMenu* settings = menuBar()->addMenu(tr("Se&ttings"));
    QAction* reports
        = settings->addAction(tr("&Delivery reports and replies…"), this, &MainWindow::showReceiverSettings);
    reports->setObjectName(u"receiverAction"_s);
    QAction* shared = settings->addAction(tr("&Shared database…"), this, &MainWindow::showSharedDatabaseSettings);
    shared->setObjectName(u"sharedDatabaseAction"_s);
    if (!m_services.demoApiBase.isEmpty()) {
        shared->setEnabled(false); // the demo's practice data stays on this computer
        shared->setToolTip(tr("Not in the demo"));
    }
    QAction* prices = settings->addAction(tr("P&rices…"), this, &MainWindow::showPrices);
    prices->setObjectName(u"pricesAction"_s);
    settings->addSeparator();
    QAction* preferences = settings->addAction(tr("&Preferences…"), this, &MainWindow::showPreferences);
    preferences->setObjectName(u"preferencesAction"_s);
    preferences->setMenuRole(QAction::PreferencesRole);
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About Tandem"), this, &MainWindow::showAbout);
    about->setObjectName(u"aboutAction"_s);
}

void MainWindow::showReceiverSettings()
{
    auto* dialog = new ReceiverDialog(m_services, !m_services.demoApiBase.isEmpty(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ReceiverDialog::applied, this, &MainWindow::updateReceiverStatus);
    dialog->open();
}

void MainWindow::showSharedDatabaseSettings()
{
    if (!m_machineKeychain) // this computer's entries, whichever database is open
        m_machineKeychain = new KeychainSecretStore(QString(), this);
    auto* dialog = new SharedDatabaseDialog(*m_machineKeychain, m_services.dataAddress, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showPrices()
{
    auto* dialog = new PricesDialog(m_services, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showPreferences()
{
    auto* dialog = new PreferencesDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::updateReceiverStatus()
{
    const ReceiverThread& receiver = m_services.receiver;
    QString text;
    // Short, so that on a small screen the messages beside it keep their room; the port is in the tooltip.
    m_receiverStatus->setToolTip(receiver.isListening()
            ? tr("Tandem's receiver takes delivery reports and customers' messages on port %1.").arg(receiver.port())
            : QString());
    if (receiver.isListening())
        text = tr("Reports: %1 received").arg(m_reportsReceived) + u" · "_s
            + tr("%n customer message(s)", nullptr, m_repliesReceived);
    else if (!receiver.error().isEmpty())
        text = tr("Reports: receiver stopped (%1)").arg(receiver.error());
    else
        text = tr("Reports: asking Twilio (no receiver)");
    m_receiverStatus->setText(text);
}

void MainWindow::sendersChanged()
{
    m_services.sending.sendersChanged();
    m_services.receiver.sendersChanged();
}

void MainWindow::reloadProfiles()
{
    const Result<QList<Profile>> profiles = m_services.data.profiles.list();
    if (!profiles.isOk()) {
        statusBar()->showMessage(profiles.error());
        return;
    }
    m_profiles = profiles.value();
    m_profileTable->setRowCount(0);
    for (const Profile& p : std::as_const(m_profiles)) {
        const int row = m_profileTable->rowCount();
        m_profileTable->insertRow(row);
        // The number customers see: the one it sends from, or the one its check found; an id only before a check.
        const QString number = !p.setting(u"from"_s).isEmpty() ? p.setting(u"from"_s)
            : !p.verifiedNumber.isEmpty()                      ? p.verifiedNumber
            : !p.setting(u"messaging_service_sid"_s).isEmpty() ? p.setting(u"messaging_service_sid"_s)
            : !p.setting(u"phone_number_id"_s).isEmpty()       ? tr("ID %1").arg(p.setting(u"phone_number_id"_s))
                                                               : tr("Not checked yet");
        const QString check = !p.verifiedAt.isValid() ? tr("Not checked yet")
            : p.verifiedOk
            ? tr("Working (%1)").arg(QLocale().toString(p.verifiedAt.toLocalTime(), QLocale::ShortFormat))
            : tr("Failed: %1").arg(p.verificationSummary);
        const ProviderDescriptor* descriptor = m_services.registry.find(p.kind);
        const QStringList cells = {p.name, descriptor ? descriptor->displayName : p.kind, number, check};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(plainToolTip(cells.at(column)));
            m_profileTable->setItem(row, column, item);
        }
    }
    // A sender set up on another computer sharing the database may have no token in this one's keychain.
    for (const Profile& p : std::as_const(m_profiles)) {
        ProfileJob* job = m_services.profileService.loadSecrets(p);
        connect(job, &ProfileJob::finished, this, [this, p](const ProfileOutcome& outcome) {
            const ProviderDescriptor* d = m_services.registry.find(p.kind);
            if (!d || (outcome.status.isOk() && d->hasCredentials(p.settings, outcome.secrets)))
                return;
            int row = -1;
            for (int i = 0; i < m_profiles.size(); ++i) {
                if (m_profiles.at(i).id == p.id)
                    row = i;
            }
            if (row < 0 || !m_profileTable->item(row, 3))
                return;
            const QString text = outcome.status.isOk() ? tr("Token needed on this computer") : outcome.status.error();
            m_profileTable->item(row, 3)->setText(text);
            m_profileTable->item(row, 3)->setToolTip(plainToolTip(
                tr("This computer's keychain has no token for this sender. Broadcasts you compose here are sent by a "
                   "computer that has it (for example the server running tandem-cli serve), or add the token here "
                   "with Edit.")));
        });
    }
    m_pages->setCurrentIndex(m_profiles.isEmpty() ? 0 : 1);
    if (m_composer)
        m_composer->reloadSenders();
    if (m_templates)
        m_templates->reloadSenders();
    if (!m_profiles.isEmpty() && m_profileTable->selectedItems().isEmpty())
        m_profileTable->selectRow(0);
    updateActions();
}

void MainWindow::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(tab);
}

ContactsView* MainWindow::contactsView() const
{
    return m_contacts;
}

ComposerView* MainWindow::composerView() const
{
    return m_composer;
}

TemplatesView* MainWindow::templatesView() const
{
    return m_templates;
}

RepliesView* MainWindow::repliesView() const
{
    return m_replies;
}

ActivityView* MainWindow::activityView() const
{
    return m_activity;
}

AnalyticsView* MainWindow::resultsView() const
{
    return m_results;
}

void MainWindow::selectProfile(qint64 id)
{
    for (int row = 0; row < m_profiles.size(); ++row) {
        if (m_profiles.at(row).id == id)
            m_profileTable->selectRow(row);
    }
}

std::optional<Profile> MainWindow::selected() const
{
    const QList<QTableWidgetSelectionRange> ranges = m_profileTable->selectedRanges();
    if (ranges.isEmpty() || ranges.first().topRow() >= m_profiles.size())
        return std::nullopt;
    return m_profiles.at(ranges.first().topRow());
}

void MainWindow::updateActions()
{
    const bool any = selected().has_value();
    for (QPushButton* button : std::as_const(m_selectionButtons))
        button->setEnabled(any);
}

void MainWindow::openWizard(const std::optional<Profile>& switchFrom)
{
    auto* wizard = new SetupWizard(m_services, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    if (switchFrom)
        wizard->switchFrom(*switchFrom);
    connect(wizard, &SetupWizard::profileSaved, this, [this](qint64 id) {
        sendersChanged(); // a switch may have changed another sender's backup too
        reloadProfiles();
        selectProfile(id);
        pointUnsignedWebhooks(id);
    });
    connect(wizard, &SetupWizard::switched, this, &MainWindow::openMigration);
    wizard->open();
}

void MainWindow::pointUnsignedWebhooks(qint64 id)
{
    // A provider that does not sign its webhooks (360dialog) reports only to the address Tandem gives it with the
    // sender's key; Tandem gives it at once when the receiver runs with a public address (in the demo, its own).
    const Result<Profile> saved = m_services.data.profiles.find(id);
    const ProviderDescriptor* descriptor = saved.isOk() ? m_services.registry.find(saved.value().kind) : nullptr;
    if (!descriptor || descriptor->capabilities.webhooks != WebhookStyle::HeaderKeyed
        || !m_services.receiver.isListening())
        return;
    m_actions->pointWebhooks(saved.value(), receiverPublicUrl());
}

QString MainWindow::receiverPublicUrl() const
{
    if (!m_services.receiver.isListening())
        return {};
    if (!m_services.demoApiBase.isEmpty())
        return u"http://127.0.0.1:%1"_s.arg(m_services.receiver.port()); // the demo's receiver, on this computer
    QSettings stored;
    return ReceiverSettings::load(stored).publicUrl;
}

void MainWindow::openMigration(qint64 fromId, qint64 toId)
{
    const Result<Profile> from = m_services.data.profiles.find(fromId);
    const Result<Profile> to = m_services.data.profiles.find(toId);
    if (!from.isOk() || !to.isOk())
        return;
    auto* dialog = new MigrationDialog(m_services, from.value(), to.value(), receiverPublicUrl(), *m_actions, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &MigrationDialog::moved, this, [this] {
        sendersChanged();
        reloadProfiles();
    });
    dialog->open();
}

void MainWindow::moveSelected()
{
    const auto p = selected();
    if (!p)
        return;
    const Result<QList<Profile>> all = m_services.data.profiles.list();
    QStringList names;
    QList<qint64> ids;
    for (const Profile& other : all.isOk() ? all.value() : QList<Profile>()) {
        if (other.id != p->id && other.kind != p->kind) {
            names << other.name;
            ids << other.id;
        }
    }
    if (names.isEmpty()) {
        statusBar()->showMessage(tr("Set up the sender of the other provider first (Switch provider…), then move "
                                    "\"%1\" to it.")
                                     .arg(p->name));
        return;
    }
    bool ok = false;
    const QString chosen = MessageBox::askItem(
        this, tr("Move number"), tr("Move \"%1\" and its pending broadcasts to:").arg(p->name), names, &ok);
    if (ok && names.contains(chosen))
        openMigration(p->id, ids.at(names.indexOf(chosen)));
}

void MainWindow::startSetup()
{
    openWizard(std::nullopt);
}

void MainWindow::switchSelected()
{
    if (const auto p = selected())
        openWizard(p);
}

void MainWindow::editSelected()
{
    const auto p = selected();
    if (!p)
        return;
    auto* dialog = new EditProfileDialog(m_services, *p, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &EditProfileDialog::profileSaved, this, [this](qint64 id) {
        sendersChanged();
        reloadProfiles();
        selectProfile(id);
    });
    dialog->open();
}

void MainWindow::verifySelected()
{
    if (const auto p = selected()) {
        statusBar()->showMessage(tr("Checking \"%1\"…").arg(p->name));
        m_actions->verify(*p);
    }
}

void MainWindow::sendTestToSelected()
{
    const auto p = selected();
    if (!p)
        return;
    bool ok = false;
    const QString to = MessageBox::askText(
        this, tr("Send a test message"), tr("Your WhatsApp number (with + and the country code):"), &ok);
    if (!ok || to.trimmed().isEmpty())
        return;
    statusBar()->showMessage(tr("Sending a test message from \"%1\"…").arg(p->name));
    const ProviderDescriptor* descriptor = m_services.registry.find(p->kind);
    m_actions->send(*p, makeTestMessage(descriptor ? descriptor->capabilities : ProviderCapabilities {}, to, p->name));
}

void MainWindow::removeSelected()
{
    const auto p = selected();
    if (!p)
        return;
    const QString tokens = !m_services.tokensInMemory
        ? tr("Its settings are deleted and its tokens removed from the system keychain.")
        : tr("Its settings and tokens are deleted.");
    const auto answer = MessageBox::question(this, tr("Remove sender"),
        tr("Remove \"%1\"? %2 Broadcasts already sent through it stay under Activity; whatever it still had to "
           "send is cancelled. Your contacts stay.")
            .arg(p->name, tokens),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    ProfileJob* job = m_services.profileService.remove(p->id);
    connect(job, &ProfileJob::finished, this, [this](const ProfileOutcome& outcome) {
        statusBar()->showMessage(
            outcome.status.isOk() ? tr("Removed \"%1\".").arg(outcome.profile.name) : outcome.status.error());
        sendersChanged();
        reloadProfiles();
    });
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Tandem"),
        tr("<h3>Tandem %1</h3><p>WhatsApp messages for small businesses, through Twilio or "
           "Meta's Cloud API directly.</p><p>Tokens are kept only in your system keychain.</p>")
            .arg(QCoreApplication::applicationVersion()));
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    // QTabWidget switches screens on Ctrl+Tab that a text box passed up; while the owner writes a message that
    // would carry them off mid-sentence, so there it does nothing (Tab moves on, as in every form).
    if (watched == m_tabs && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const bool ctrlTab = (key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab)
            && key->modifiers().testFlag(Qt::ControlModifier);
        QWidget* focus = focusWidget();
        if (ctrlTab && (qobject_cast<QPlainTextEdit*>(focus) || qobject_cast<QTextEdit*>(focus)))
            return true;
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(u"mainWindow/geometry"_s, saveGeometry());
    QMainWindow::closeEvent(event);
}
