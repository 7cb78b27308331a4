// The main window as a person uses it: the empty state and its "Set up WhatsApp…" button, the list of senders,
// checking, test-messaging, editing and removing a sender, the demo badge, and the window size remembered.
#include "common/messagebox.h"
#include "fakes/sandboxprofiles.h"
#include "fakes/testapp.h"
#include "forms/editprofiledialog.h"
#include "mainwindow/mainwindow.h"
#include "secrets/memorysecretstore.h"
#include "wizard/setupwizard.h"

#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
std::unique_ptr<AppContext> newApp()
{
    return makeTestApp(std::make_unique<MemorySecretStore>());
}

// A Meta sender that talks to the test's sandbox, saved through the core like the wizard does.
Profile addMetaSender(AppContext& app, const QString& token)
{
    Profile p = metaSandboxProfile(app.sandbox()->baseUrl());
    p.id = 0;
    ProfileJob* job = app.profileService().create(p, {{u"access_token"_s, token}});
    QSignalSpy done(job, &ProfileJob::finished);
    done.wait(5000);
    return done.first().first().value<ProfileOutcome>().profile;
}
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"TandemTest"_s);
        QCoreApplication::setApplicationName(u"TandemMainWindow"_s);
        QSettings().clear();
    }

    void showsEmptyStateAndOpensTheWizard()
    {
        // Outside demo mode: the system keychain is replaced by memory here, and there is no badge.
        QTemporaryDir dir;
        auto app
            = AppContext::create(dir.filePath(u"t.sqlite"_s), false, std::make_unique<MemorySecretStore>()).takeValue();
        MainWindow window(app->services());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        auto* empty = window.findChild<QWidget*>(u"emptyStateWidget"_s);
        auto* title = window.findChild<QLabel*>(u"emptyStateTitleLabel"_s);
        auto* button = window.findChild<QPushButton*>(u"setUpButton"_s);
        QVERIFY(empty && title && button);
        QVERIFY(empty->isVisible());
        QCOMPARE(title->text(), u"No WhatsApp sender set up yet"_s);
        QCOMPARE(button->text(), u"Set up WhatsApp…"_s);
        QVERIFY(!window.findChild<QTableWidget*>(u"profilesTableWidget"_s)->isVisible());
        QVERIFY(!window.findChild<QLabel*>(u"demoBadgeLabel"_s));

        QTest::mouseClick(button, Qt::LeftButton);
        auto* wizard = window.findChild<SetupWizard*>();
        QVERIFY(wizard);
        QTRY_VERIFY(wizard->isVisible());
        QCOMPARE(wizard->currentId(), int(SetupWizard::WelcomePageId));
        wizard->reject();
    }

    void demoModeShowsABadge()
    {
        auto app = newApp();
        MainWindow window(app->services());
        window.show();
        auto* badge = window.findChild<QLabel*>(u"demoBadgeLabel"_s);
        QVERIFY(badge);
        QVERIFY(badge->isVisible());
        QVERIFY(badge->text().contains(u"DEMO"_s));
    }

    void listsSendersWithTheirLastCheck()
    {
        auto app = newApp();
        MainWindow window(app->services());
        window.show();
        Profile p;
        p.name = u"Corner Bakery"_s;
        p.kind = u"twilio"_s;
        p.settings = {{u"from"_s, u"+14155238886"_s}};
        QVERIFY(app->profiles().create(p).isOk());
        window.reloadProfiles();

        auto* table = window.findChild<QTableWidget*>(u"profilesTableWidget"_s);
        QVERIFY(table->isVisible());
        QVERIFY(!window.findChild<QWidget*>(u"emptyStateWidget"_s)->isVisible());
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 0)->text(), u"Corner Bakery"_s);
        QCOMPARE(table->item(0, 1)->text(), u"Twilio"_s);
        QCOMPARE(table->item(0, 2)->text(), u"+14155238886"_s);
        QCOMPARE(table->item(0, 3)->text(), u"Not checked yet"_s);
        QVERIFY(window.findChild<QPushButton*>(u"verifyButton"_s)->isEnabled());
    }

    void checksAndTestsASender()
    {
        auto app = newApp();
        addMetaSender(*app, QString::fromUtf16(SandboxAccounts::metaAccessToken));
        MainWindow window(app->services());
        window.show();
        auto* table = window.findChild<QTableWidget*>(u"profilesTableWidget"_s);

        // Before its first check a Meta sender is known by its id only; the check finds the number customers see.
        QVERIFY2(table->item(0, 2)->text().startsWith(u"ID "_s), qPrintable(table->item(0, 2)->text()));
        QTest::mouseClick(window.findChild<QPushButton*>(u"verifyButton"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(table->item(0, 3)->text().startsWith(u"Working"_s), 10000);
        QCOMPARE(table->item(0, 2)->text(), u"+1 555-078-3881"_s);

        MessageBox::setNextText(u"+1 415 555 2671"_s);
        QTest::mouseClick(window.findChild<QPushButton*>(u"sendTestButton"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(window.statusBar()->currentMessage().contains(u"Test message sent"_s), 10000);
        QCOMPARE(app->sandbox()->state().acceptedFor(u"+14155552671"_s), 1);
    }

    void aFailedCheckSaysWhy()
    {
        auto app = newApp();
        addMetaSender(*app, u"EAAexpiredexpiredexpired0000"_s);
        MainWindow window(app->services());
        window.show();
        QTest::mouseClick(window.findChild<QPushButton*>(u"verifyButton"_s), Qt::LeftButton);
        auto* table = window.findChild<QTableWidget*>(u"profilesTableWidget"_s);
        QTRY_VERIFY_WITH_TIMEOUT(table->item(0, 3)->text().startsWith(u"Failed"_s), 10000);
        QVERIFY2(table->item(0, 3)->text().contains(u"access token"_s), qPrintable(table->item(0, 3)->text()));
    }

    void editKeepsTheStoredTokenUnlessReplaced()
    {
        auto app = newApp();
        const Profile p = addMetaSender(*app, QString::fromUtf16(SandboxAccounts::metaAccessToken));
        MainWindow window(app->services());
        window.show();
        QTest::mouseClick(window.findChild<QPushButton*>(u"editButton"_s), Qt::LeftButton);
        // The dialog deletes itself when it closes: hold it in a guard, never as a bare pointer past that.
        QPointer<EditProfileDialog> dialog = window.findChild<EditProfileDialog*>();
        QVERIFY(dialog);
        auto* token = dialog->findChild<QLineEdit*>(u"accessTokenLineEdit"_s);
        QTRY_VERIFY(token->isEnabled());
        QVERIFY(token->text().isEmpty());
        // Stored, and said so truly: this app keeps tokens in memory, as the demo does, not in the keychain.
        QVERIFY2(token->placeholderText().contains(u"Kept for this demo; type to replace"_s),
            qPrintable(token->placeholderText()));
        auto* waba = dialog->findChild<QLineEdit*>(u"wabaIdLineEdit"_s);
        waba->clear();
        QTest::keyClicks(waba, u"102290129340398"_s);
        auto* save = dialog->findChild<QPushButton*>(u"saveButton"_s);
        QVERIFY(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_VERIFY(!dialog); // accepted, closed and gone
        QTRY_COMPARE(app->profiles().find(p.id).value().setting(u"waba_id"_s), u"102290129340398"_s);
        auto* store = static_cast<MemorySecretStore*>(&app->secretStore());
        QCOMPARE(store->contents().value(SecretStore::profileKey(p.id, u"access_token"_s)),
            QString::fromUtf16(SandboxAccounts::metaAccessToken));
    }

    void removeAsksFirstAndTakesTheKeychainEntries()
    {
        auto app = newApp();
        addMetaSender(*app, QString::fromUtf16(SandboxAccounts::metaAccessToken));
        auto* store = static_cast<MemorySecretStore*>(&app->secretStore());
        QCOMPARE(store->contents().size(), 1);
        MainWindow window(app->services());
        window.show();
        auto* remove = window.findChild<QPushButton*>(u"removeButton"_s);

        MessageBox::setNextAnswer(QMessageBox::Cancel);
        QTest::mouseClick(remove, Qt::LeftButton);
        QTest::qWait(100);
        QCOMPARE(app->profiles().list().value().size(), 1);

        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(remove, Qt::LeftButton);
        QTRY_VERIFY(app->profiles().list().value().isEmpty());
        QTRY_VERIFY(store->contents().isEmpty()); // the tokens go last, once the sender is gone
        QTRY_VERIFY(window.findChild<QWidget*>(u"emptyStateWidget"_s)->isVisible());
    }

    void remembersGeometry()
    {
        auto app = newApp();
        {
            MainWindow window(app->services());
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.resize(1001, 655);
            QTRY_COMPARE(window.size(), QSize(1001, 655));
            window.close();
        }
        QVERIFY(QSettings().contains(u"mainWindow/geometry"_s));
        MainWindow again(app->services());
        QCOMPARE(again.size(), QSize(1001, 655));
    }

    void hasQuitAndAboutInTheMenus()
    {
        auto app = newApp();
        MainWindow window(app->services());
        QVERIFY(window.findChild<QAction*>(u"quitAction"_s));
        QCOMPARE(window.findChild<QAction*>(u"quitAction"_s)->shortcut(), QKeySequence(QKeySequence::Quit));
        QVERIFY(window.findChild<QAction*>(u"aboutAction"_s));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
