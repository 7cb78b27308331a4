// tandem-screenshots DIR: runs Tandem's demo (offscreen when QT_QPA_PLATFORM=offscreen), walks the setup wizard as
// a person would, and saves a PNG of each main screen to DIR. scripts/screenshots builds and runs it, in the
// system's language (LC_ALL), a pseudo-translation (TANDEM_QM) or at another scale (QT_SCALE_FACTOR).
#include "activity/activityview.h"
#include "activity/broadcastlistmodel.h"
#include "analytics/analyticsview.h"
#include "analytics/broadcastresults.h"
#include "appcontext.h"
#include "common/screenfit.h"
#include "comparison/comparisonwidget.h"
#include "composer/audiencepage.h"
#include "composer/composerview.h"
#include "composer/messagepage.h"
#include "composer/preflightview.h"
#include "contacts/contactsview.h"
#include "contacts/contacttablemodel.h"
#include "contacts/importdialog.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/senderactions.h"
#include "migration/migrationdialog.h"
#include "outbox/outbox.h"
#include "profiles/profileservice.h"
#include "replies/repliesview.h"
#include "sandbox/sandboxaccounts.h"
#include "sandbox/sandboxserver.h"
#include "secrets/memorysecretstore.h"
#include "services/dataservices.h"
#include "settings/preferencesdialog.h"
#include "settings/shareddatabasedialog.h"
#include "templates/templateeditor.h"
#include "templates/templatesview.h"
#include "util/language.h"
#include "wizard/setupwizard.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QDialog>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QLoggingCategory>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextStream>
#include <QWizardPage>

#include <functional>

using namespace Qt::StringLiterals;

namespace {
QDir output;
int failures = 0;

// A tool, not product code: it may wait by spinning the event loop.
bool waitUntil(const std::function<bool()>& condition, int milliseconds = 15000)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition() && timer.elapsed() < milliseconds)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    return condition();
}

void save(QWidget* widget, const QString& name)
{
    // Let layouts settle (wrapped table rows are re-measured after the columns get their final width).
    QElapsedTimer settle;
    settle.start();
    while (settle.elapsed() < 200)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    const QString path = output.filePath(name + u".png"_s);
    if (widget->grab().save(path)) {
        QTextStream(stdout) << path << Qt::endl;
    } else {
        QTextStream(stderr) << "could not save " << path << Qt::endl;
        ++failures;
    }
}

void check(bool ok, const char* what)
{
    if (!ok) {
        QTextStream(stderr) << "screenshot walk failed: " << what << Qt::endl;
        ++failures;
    }
}
} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"tandem.*.debug=false"_s);
    QApplication::setOrganizationName(u"TandemScreenshots"_s);
    QApplication::setApplicationName(u"Tandem"_s);
    QApplication::setApplicationVersion(QStringLiteral(TANDEM_VERSION));
    const QString language = Language::install(app);
    QTextStream(stdout) << "language: " << (language.isEmpty() ? u"en"_s : language) << Qt::endl;
    const QStringList args = QApplication::arguments();
    if (args.size() < 2) {
        QTextStream(stderr) << "usage: tandem-screenshots DIR" << Qt::endl;
        return 2;
    }
    output.setPath(args.at(1));
    output.mkpath(u"."_s);

    Result<std::unique_ptr<AppContext>> context = AppContext::create(QString(), true);
    if (!context.isOk()) {
        QTextStream(stderr) << context.error() << Qt::endl;
        return 1;
    }
    AppServices& services = context.value()->services();
    // Customers write back when this walk says so, not at random: the screenshots come out the same every time.
    context.value()->sandbox()->configure({{u"lifecycle"_s, QJsonObject {{u"reply_share"_s, 0}}}});
    MainWindow window(services);
    fitToScreen(&window, {1000, 640});
    window.show();
    save(&window, u"01-main-window-empty"_s);

    SetupWizard wizard(services);
    fitToScreen(&wizard, {1100, 760});
    wizard.show();
    save(&wizard, u"02-wizard-welcome"_s);
    wizard.next();
    wizard.findChild<QRadioButton*>(u"metaCloudRadioButton"_s)->setChecked(true);
    wizard.findChild<QSpinBox*>(u"messagesPerMonthSpinBox"_s)->setValue(5000);
    auto* country = wizard.findChild<QComboBox*>(u"countryComboBox"_s);
    country->setCurrentIndex(country->findData(u"AR"_s));
    save(&wizard, u"03-wizard-choose-provider"_s);

    ComparisonWidget comparison(services.comparison);
    fitToScreen(&comparison, {900, 640});
    comparison.findChild<QSpinBox*>(u"messagesPerMonthSpinBox"_s)->setValue(800);
    comparison.show();
    save(&comparison, u"04-comparison-table"_s);
    comparison.hide();

    wizard.next();
    wizard.findChild<QPushButton*>(u"fillDemoButton"_s)->click();
    wizard.findChild<QLineEdit*>(u"senderNameLineEdit"_s)->setText(u"Corner Bakery"_s);
    check(wizard.currentPage()->isComplete(), "configure page complete with the demo credentials");
    save(&wizard, u"05-wizard-configure"_s);

    wizard.next();
    check(waitUntil([&] { return wizard.currentPage()->isComplete(); }), "verification succeeded");
    save(&wizard, u"06-wizard-verify"_s);

    wizard.next();
    wizard.findChild<QLineEdit*>(u"testNumberLineEdit"_s)->setText(u"+44 7911 123456"_s);
    wizard.findChild<QPushButton*>(u"sendTestButton"_s)->click();
    auto* result = wizard.findChild<QWidget*>(u"testResultLabel"_s);
    check(waitUntil([&] { return result->property("text").toString().contains(u"✔"_s); }), "test message sent");
    save(&wizard, u"07-wizard-test-message"_s);

    wizard.next();
    check(waitUntil([&] { return wizard.currentPage()->isComplete(); }), "sender saved");
    save(&wizard, u"08-wizard-done"_s);
    wizard.accept();
    window.reloadProfiles();
    window.findChild<QPushButton*>(u"verifyButton"_s)->click();
    check(waitUntil([&] { return window.findChild<QWidget*>(u"profilesTableWidget"_s)->isVisible(); }),
        "main window lists the sender");
    QElapsedTimer settle;
    settle.start();
    waitUntil([&] { return settle.elapsed() > 500; });
    save(&window, u"09-main-window-with-sender"_s);

    // A newcomer's first broadcast: import the demo customers, pick the vip tag, a template with per-customer
    // variables, read the pre-flight report, send, and watch the activity.
    ImportDialog import(services.dataAddress, u"BR"_s, &window);
    check(import.loadFile(QStringLiteral(TANDEM_DEMO_CSV)), "demo contacts file readable");
    fitToScreen(&import, {900, 640});
    import.show();
    save(&import, u"10-import-mapping"_s);
    import.findChild<QPushButton*>(u"importButton"_s)->click();
    check(waitUntil([&] { return import.report().has_value(); }), "import finished");
    save(&import, u"11-import-report"_s);
    import.hide();
    window.showTab(MainWindow::ContactsTab);
    fitToScreen(&window, {1100, 700});
    window.contactsView()->reload();
    check(waitUntil([&] { return !window.contactsView()->model()->isLoading(); }), "contacts read");
    save(&window, u"12-contacts"_s);

    window.contactsView()->contactsChanged();
    window.showTab(MainWindow::ComposeTab);
    ComposerView* composer = window.composerView();
    auto* audience = composer->findChild<AudiencePage*>(u"audiencePage"_s);
    check(waitUntil([&] { return !audience->isLoading(); }), "audience read");
    auto* tags = composer->findChild<QListWidget*>(u"tagsListWidget"_s);
    const QList<QListWidgetItem*> vip = tags->findItems(u"vip"_s, Qt::MatchExactly);
    check(vip.size() == 1, "vip tag offered");
    if (!vip.isEmpty())
        vip.first()->setCheckState(Qt::Checked);
    save(&window, u"13-composer-audience"_s);
    composer->next();
    composer->findChild<QLineEdit*>(u"templateNameLineEdit"_s)->setText(u"order_update"_s);
    composer->findChild<QLineEdit*>(u"languageLineEdit"_s)->setText(u"en"_s);
    auto* category = composer->findChild<QComboBox*>(u"categoryComboBox"_s);
    category->setCurrentIndex(category->findData(int(MessageCategory::Utility)));
    composer->findChild<QPlainTextEdit*>(u"templateBodyPlainTextEdit"_s)
        ->setPlainText(u"Hi {{1}}, your order {{2}} is on its way."_s);
    auto* first = composer->findChild<QComboBox*>(u"sourceComboBox_1"_s);
    auto* order = composer->findChild<QComboBox*>(u"sourceComboBox_2"_s);
    check(first && order, "variables offered for {{1}} and {{2}}");
    if (first && order) {
        first->setCurrentIndex(first->findData(u"first_name"_s));
        order->setCurrentIndex(order->findData(u"order"_s));
    }
    save(&window, u"14-composer-message"_s);
    composer->next();
    check(composer->currentStep() == ComposerView::PreviewStep, "message accepted");
    save(&window, u"15-composer-preview"_s);
    composer->next();
    auto* preflight = composer->findChild<PreflightView*>(u"preflightView"_s);
    check(waitUntil([&] { return preflight->report().has_value(); }), "pre-flight finished");
    save(&window, u"16-composer-preflight"_s);
    composer->next();
    composer->findChild<QLineEdit*>(u"titleLineEdit"_s)->setText(u"Order updates, vip"_s);
    save(&window, u"17-composer-send"_s);
    composer->findChild<QPushButton*>(u"sendButton"_s)->click();
    BroadcastListModel* activity = window.activityView()->broadcastModel();
    check(waitUntil([&] {
        return activity->rowCount() > 0 && activity->summary(0).broadcast.state == Broadcast::State::Finished;
    }),
        "broadcast finished");
    waitUntil([] { return false; }, 800); // one more live refresh of the activity (every 500 ms)
    save(&window, u"18-activity"_s);
    // The sandbox reports delivered and read to the demo's receiver: the activity's counts move.
    check(waitUntil(
              [&] {
                  const BroadcastSummary s = activity->summary(0);
                  return s.counts.value(OutboxState::Read) > 0;
              },
              15000),
        "read reports arrived");
    waitUntil([] { return false; }, 800);
    auto* recipients = window.activityView()->findChild<QTableView*>(u"recipientsTableView"_s);
    if (recipients && recipients->model()->rowCount() > 0)
        recipients->selectRow(0);
    save(&window, u"19-activity-delivered-read"_s);
    window.findChild<QAction*>(u"receiverAction"_s)->trigger();
    auto* reports = window.findChild<QDialog*>(u"receiverDialog"_s);
    check(reports != nullptr, "delivery report settings open");
    if (reports) {
        waitUntil([] { return false; }, 200);
        save(reports, u"20-delivery-reports"_s);
        reports->close();
    }

    // A customer writes back; the owner opens the conversation and starts a reply.
    check(context.value()->sandbox()->customerWrites(
              u"meta_cloud"_s, u"+5511987654321"_s, u"Olá! Do you have the cake in a smaller size?"_s),
        "a customer's message posted");
    window.showTab(MainWindow::RepliesTab);
    RepliesView* replies = window.repliesView();
    auto* conversations = replies->findChild<QListView*>(u"conversationsListView"_s);
    check(waitUntil([&] { return conversations->model()->rowCount() > 0; }), "the reply arrived");
    if (conversations->model()->rowCount() > 0)
        conversations->setCurrentIndex(conversations->model()->index(0, 0));
    auto* thread = replies->findChild<QListView*>(u"threadListView"_s);
    check(waitUntil([&] { return thread->model()->rowCount() > 1; }), "the thread shows the broadcast and the reply");
    replies->findChild<QPlainTextEdit*>(u"replyPlainTextEdit"_s)->setPlainText(u"Yes! A 6-inch one, same price."_s);
    waitUntil([] { return false; }, 300);
    save(&window, u"21-replies"_s);

    // Results: the day's messages per sender, and the broadcast's funnel with the customers who read it.
    window.showTab(MainWindow::ResultsTab);
    AnalyticsView* results = window.resultsView();
    auto* periodTable = results->findChild<QTableWidget*>(u"periodTable"_s);
    check(waitUntil([&] { return periodTable->rowCount() > 0; }), "the results over time");
    waitUntil([] { return false; }, 300);
    save(&window, u"29-results-over-time"_s);
    results->findChild<QTabWidget*>(u"resultsTabs"_s)->setCurrentIndex(1);
    check(waitUntil([&] { return results->broadcasts()->report().has_value(); }), "a broadcast's results");
    results->broadcasts()->showStage(FunnelStage::Read);
    auto* readers = results->findChild<QListWidget*>(u"stageRecipientsList"_s);
    check(waitUntil([&] { return readers->count() > 0; }), "the customers who read it");
    save(&window, u"30-results-broadcast"_s);

    // The sender's templates from its account, one shown as the customer sees it; and a new one being written.
    window.showTab(MainWindow::TemplatesTab);
    TemplatesView* templates = window.templatesView();
    check(waitUntil([&] {
        return !templates->isBusy() && templates->findChild<QTableWidget*>(u"templatesTableWidget"_s)->rowCount() > 0;
    }),
        "the templates synced");
    auto* table = templates->findChild<QTableWidget*>(u"templatesTableWidget"_s);
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->text() == u"appointment_reminder"_s)
            table->selectRow(row);
    }
    save(&window, u"22-templates"_s);
    TemplateEditor editor(&window);
    editor.findChild<QLineEdit*>(u"templateNameLineEdit"_s)->setText(u"cake_ready"_s);
    editor.findChild<QPlainTextEdit*>(u"templateBodyPlainTextEdit"_s)
        ->setPlainText(u"{{1}}, your cake {{2}} is ready."_s);
    editor.findChild<QLineEdit*>(u"templateExamplesLineEdit"_s)->setText(u"Ana"_s);
    editor.check();
    editor.show();
    waitUntil([] { return false; }, 200);
    save(&editor, u"23-template-check"_s);

    // Settings > Shared database (off in the demo, whose data stays on this computer): an address typed in, checked
    // against a server that is not there.
    MemorySecretStore keychain;
    SharedDatabaseDialog shared(keychain, QString());
    shared.show();
    shared.findChild<QLineEdit*>(u"sharedDatabaseUrlLineEdit"_s)
        ->setText(u"postgresql://shop@127.0.0.1:1/tandem?sslmode=disable"_s);
    shared.findChild<QLineEdit*>(u"sharedDatabasePasswordLineEdit"_s)->setText(u"example"_s);
    bool answered = false;
    QObject::connect(&shared, &SharedDatabaseDialog::checked, [&answered] { answered = true; });
    shared.check();
    check(waitUntil([&answered] { return answered; }, 15000), "the shared database check answered");
    save(&shared, u"24-shared-database"_s);

    // Reply buttons and a list for the customers who wrote in the last day, and how Ana will see it.
    window.showTab(MainWindow::ComposeTab);
    composer->goToStep(ComposerView::MessageStep);
    auto* kind = composer->findChild<QComboBox*>(u"kindComboBox"_s);
    kind->setCurrentIndex(kind->findData(int(MessagePage::Kind::Interactive)));
    auto* style = composer->findChild<QComboBox*>(u"interactiveStyleComboBox"_s);
    style->setCurrentIndex(style->findData(int(OutgoingMessage::Kind::InteractiveList)));
    composer->findChild<QPlainTextEdit*>(u"interactiveBodyPlainTextEdit"_s)
        ->setPlainText(u"Hi {{first_name}}, when shall we deliver your order {{order}}?"_s);
    composer->findChild<QPlainTextEdit*>(u"choicesPlainTextEdit"_s)
        ->setPlainText(
            u"Tomorrow morning | 9:00 to 12:00\nTomorrow afternoon | 14:00 to 18:00\nPick it up at the shop"_s);
    composer->findChild<QLineEdit*>(u"listButtonLineEdit"_s)->setText(u"See the times"_s);
    composer->findChild<QLineEdit*>(u"interactiveFooterLineEdit"_s)->setText(u"Corner Bakery"_s);
    save(&window, u"25-composer-list"_s);
    composer->next();
    check(composer->currentStep() == ComposerView::PreviewStep, "the list accepted");
    save(&window, u"26-composer-list-preview"_s);

    // A picture from this computer, for the Meta sender to upload once before the broadcast is queued.
    composer->goToStep(ComposerView::MessageStep);
    kind->setCurrentIndex(kind->findData(int(MessagePage::Kind::Media)));
    QTemporaryDir pictures;
    const QString picture = pictures.filePath(u"cake-of-the-day.png"_s);
    QFile png(picture);
    check(png.open(QIODevice::WriteOnly)
            && png.write(QByteArray::fromHex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                                             "1f15c4890000000d4944415478da63f8cfc0f01f0005000201ffa5b3d5a30000"
                                             "000049454e44ae426082"))
                > 0,
        "a picture to choose");
    png.close();
    composer->findChild<QLineEdit*>(u"mediaFileLineEdit"_s)->setText(picture);
    composer->findChild<QLineEdit*>(u"captionLineEdit"_s)
        ->setText(u"Today's cake, {{first_name}}: come and taste it"_s);
    save(&window, u"31-composer-picture"_s);

    // Settings > Preferences: the language, and a TLS-inspecting proxy's certificate.
    PreferencesDialog preferences(&window);
    preferences.show();
    save(&preferences, u"27-preferences"_s);

    // Moving the number to 360dialog: a sender set up there, and the migration assistant's plan.
    const QList<Profile> senders = services.data.profiles.list().value();
    const SandboxAccounts::Credentials d360
        = SandboxAccounts::credentialsFor(u"360dialog"_s, context.value()->sandbox()->baseUrl().toString());
    Profile next;
    next.name = u"Corner Bakery (360dialog)"_s;
    next.kind = u"360dialog"_s;
    next.settings = d360.settings;
    std::optional<Profile> created;
    QObject::connect(services.profileService.create(next, d360.secrets), &ProfileJob::finished, &app,
        [&created](const ProfileOutcome& outcome) { created = outcome.profile; });
    check(waitUntil([&] { return created.has_value(); }) && !senders.isEmpty(), "a 360dialog sender");
    if (created && !senders.isEmpty()) {
        // Tomorrow's news to every customer, waiting on the sender that moves: the plan tries it on the new one.
        QList<Recipient> everyone;
        const QList<Contact> customers = services.data.contacts.all().value();
        for (const Contact& c : customers)
            everyone << Recipient {c.phone, {}};
        OutgoingMessage news;
        news.text = u"New this week: rye sourdough, every morning from 7"_s;
        OutboxBroadcastOptions tomorrow;
        tomorrow.title = u"Rye sourdough"_s;
        tomorrow.scheduledAt = QDateTime::currentDateTimeUtc().addDays(1);
        check(services.data.outbox.broadcasts().create(senders.first().id, news, everyone, tomorrow).isOk(),
            "a broadcast waiting to move");
        SenderActions actions(services);
        MigrationDialog migration(services, senders.first(), *created, QString(), actions, &window);
        fitToScreen(&migration, {820, 700});
        migration.show();
        check(waitUntil([&] { return !migration.isReadingPlan(); }), "the migration plan");
        save(&migration, u"28-move-number"_s);
    }
    return failures == 0 ? 0 : 1;
}
