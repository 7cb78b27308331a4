// Alt+letter reaches one control at a time: in each window as a person sees it (each tab of the main window, each
// step of the composer, each page of the setup wizard, each dialog), no two things shown at once claim the same
// letter — buttons, check boxes, fields through their labels, group boxes, tabs and menus. Qt would otherwise only
// move the focus between them, and Alt+N would never press Next. Run in English and, through TANDEM_TEST_LANGUAGE,
// in each translation: translators choose their own letters.
#include "composer/audiencepage.h"
#include "composer/composerview.h"
#include "contacts/contacteditdialog.h"
#include "contacts/contactimporter.h"
#include "contacts/importdialog.h"
#include "fakes/sandboxprofiles.h"
#include "fakes/testapp.h"
#include "fakes/wizardwalk.h"
#include "forms/editprofiledialog.h"
#include "mainwindow/mainwindow.h"
#include "secrets/memorysecretstore.h"
#include "settings/preferencesdialog.h"
#include "settings/shareddatabasedialog.h"
#include "templates/templateeditor.h"
#include "util/language.h"
#include "webhooks/receiverdialog.h"
#include "wizard/setupwizard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QMap>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
// The letter Alt reaches `text` with ("&Next >" → "N"), or empty.
QString mnemonicOf(const QString& text)
{
    const QKeySequence key = QKeySequence::mnemonic(text);
    return key.isEmpty() ? QString() : key.toString(QKeySequence::PortableText).section(u'+', -1).toUpper();
}

QString plain(QString text)
{
    return text.replace(u"&&"_s, u"\x01"_s).remove(u'&').replace(u"\x01"_s, u"&"_s).simplified();
}

// Every Alt+letter a person can press in `window` as it is shown, with what claims it.
QMap<QString, QStringList> claims(QWidget* window)
{
    QMap<QString, QStringList> found;
    const auto claim = [&found](const QString& text) {
        const QString letter = mnemonicOf(text);
        if (!letter.isEmpty())
            found[letter] << plain(text);
    };
    for (QWidget* w : window->findChildren<QWidget*>()) {
        if (!w->isVisible() || w->window() != window)
            continue;
        if (auto* button = qobject_cast<QAbstractButton*>(w))
            claim(button->text());
        else if (auto* label = qobject_cast<QLabel*>(w); label && label->buddy() && label->buddy()->isEnabled())
            claim(label->text());
        else if (auto* group = qobject_cast<QGroupBox*>(w))
            claim(group->title());
        else if (auto* tabs = qobject_cast<QTabBar*>(w)) {
            for (int i = 0; i < tabs->count(); ++i)
                claim(tabs->tabText(i));
        } else if (auto* menus = qobject_cast<QMenuBar*>(w)) {
            for (QAction* menu : menus->actions())
                claim(menu->text());
        }
    }
    return found;
}

// "Alt+N: Sender name, Next >" for each letter claimed twice or more.
QStringList clashes(QWidget* window, const QString& where)
{
    QStringList found;
    const QMap<QString, QStringList> all = claims(window);
    for (auto it = all.cbegin(); it != all.cend(); ++it) {
        if (it.value().size() > 1)
            found << u"%1, Alt+%2: %3"_s.arg(where, it.key(), it.value().join(u" | "_s));
    }
    return found;
}
} // namespace

class TestAccelerators : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QString language = qEnvironmentVariable("TANDEM_TEST_LANGUAGE");
        if (!language.isEmpty())
            QVERIFY(!Language::install(*qApp, QLocale(language)).isEmpty());
        m_app = makeTestApp(std::make_unique<MemorySecretStore>());
        addSender(*m_app, metaSandboxProfile(m_app->sandbox()->baseUrl()), metaSandboxSecrets());
        addSender(*m_app, twilioSandboxProfile(m_app->sandbox()->baseUrl()), twilioSandboxSecrets());
        // Customers, so the composer goes past its first step.
        QVERIFY(ContactImporter(m_app->database(), u"US"_s)
                    .import("phone,name,order\n+1 415 555 2671,Ann,A-1\n+1 415 555 2672,Bob,A-2\n")
                    .isOk());
    }

    void mainWindowTabsAndComposerSteps()
    {
        MainWindow window(m_app->services());
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // The screens are Ctrl+1 to Ctrl+6 instead, whatever the language.
        auto* tabs = window.findChild<QTabWidget*>(u"mainTabWidget"_s);
        QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(tabs->currentIndex(), int(MainWindow::ComposeTab));
        QTest::keyClick(&window, Qt::Key_5, Qt::ControlModifier);
        QCOMPARE(tabs->currentIndex(), int(MainWindow::RepliesTab));
        QStringList found;
        for (MainWindow::Tab tab : {MainWindow::SendersTab, MainWindow::ContactsTab, MainWindow::ComposeTab,
                 MainWindow::ActivityTab, MainWindow::RepliesTab, MainWindow::TemplatesTab, MainWindow::ResultsTab}) {
            window.showTab(tab);
            QTest::qWait(100);
            found << clashes(&window, u"main window, tab %1"_s.arg(int(tab)));
        }
        window.showTab(MainWindow::ComposeTab);
        ComposerView* composer = window.composerView();
        QTRY_VERIFY(!composer->findChild<AudiencePage*>(u"audiencePage"_s)->isLoading());
        composer->goToStep(ComposerView::MessageStep);
        QCOMPARE(composer->currentStep(), int(ComposerView::MessageStep));
        auto* kind = composer->findChild<QComboBox*>(u"kindComboBox"_s);
        auto* style = composer->findChild<QComboBox*>(u"interactiveStyleComboBox"_s);
        auto* sender = composer->findChild<QComboBox*>(u"senderComboBox"_s);
        for (int s = 0; s < sender->count(); ++s) { // Twilio's Content SID and Meta's name and language
            sender->setCurrentIndex(s);
            for (int i = 0; i < kind->count(); ++i) {
                kind->setCurrentIndex(i);
                for (int j = 0; j < (style->isVisible() ? style->count() : 1); ++j) { // buttons, and a list
                    style->setCurrentIndex(j);
                    found << clashes(&window,
                        u"composer, %1, %2, %3"_s.arg(
                            sender->currentText(), kind->currentText(), style->currentText()));
                }
            }
        }
        sender->setCurrentIndex(sender->findText(u"Meta shop"_s));
        QCOMPARE(sender->currentText(), u"Meta shop"_s);
        // An approved template from the account, with its name and language filled in: every field shown.
        kind->setCurrentIndex(0);
        auto* catalogue = composer->findChild<QComboBox*>(u"catalogueComboBox"_s);
        QTRY_VERIFY_WITH_TIMEOUT(catalogue->findData(u"hello_world|en_US"_s) >= 0, 10000);
        const int hello = catalogue->findData(u"hello_world|en_US"_s);
        catalogue->setCurrentIndex(hello);
        Q_EMIT catalogue->activated(hello);
        found << clashes(&window, u"composer, a template from the account"_s);
        for (int step : {int(ComposerView::PreviewStep), int(ComposerView::CheckStep), int(ComposerView::SendStep)}) {
            composer->goToStep(step);
            QTRY_COMPARE(composer->currentStep(), step);
            QTest::qWait(100);
            found << clashes(&window, u"composer, step %1"_s.arg(step));
        }
        found.removeDuplicates();
        QVERIFY2(found.isEmpty(), qPrintable(u"\n"_s + found.join(u"\n"_s)));
    }

    void setupWizardPages()
    {
        SetupWizard wizard(m_app->services());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QStringList found;
        int stops = 0;
        walkWizardForms(wizard, [&](const QString& where) {
            found << clashes(&wizard, where);
            ++stops;
        });
        QVERIFY(stops >= 6); // two pages and two stops for each of at least two providers
        found.removeDuplicates();
        QVERIFY2(found.isEmpty(), qPrintable(u"\n"_s + found.join(u"\n"_s)));
    }

    void dialogs()
    {
        QStringList found;
        ImportDialog import(m_app->database().path(), u"BR"_s);
        import.show();
        QVERIFY(QTest::qWaitForWindowExposed(&import));
        found << clashes(&import, u"import"_s);

        const Profile sender = m_app->services().data.profiles.list().value().first();
        EditProfileDialog edit(m_app->services(), sender);
        edit.show();
        QVERIFY(QTest::qWaitForWindowExposed(&edit));
        found << clashes(&edit, u"edit sender"_s);

        Contact ana;
        ana.phone = u"+5511987654321"_s;
        ana.name = u"Ana"_s;
        ContactEditDialog contact(ana);
        contact.show();
        QVERIFY(QTest::qWaitForWindowExposed(&contact));
        found << clashes(&contact, u"edit contact"_s);

        ReceiverDialog receiver(m_app->services(), true);
        receiver.show();
        QVERIFY(QTest::qWaitForWindowExposed(&receiver));
        found << clashes(&receiver, u"delivery reports"_s);

        MemorySecretStore keychain;
        SharedDatabaseDialog shared(keychain, QString());
        shared.show();
        QVERIFY(QTest::qWaitForWindowExposed(&shared));
        found << clashes(&shared, u"shared database"_s);

        PreferencesDialog preferences;
        preferences.show();
        QVERIFY(QTest::qWaitForWindowExposed(&preferences));
        found << clashes(&preferences, u"preferences"_s);

        TemplateEditor editor;
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        found << clashes(&editor, u"template editor"_s);
        QVERIFY2(found.isEmpty(), qPrintable(u"\n"_s + found.join(u"\n"_s)));
    }

private:
    std::unique_ptr<AppContext> m_app;
};

QTEST_MAIN(TestAccelerators)
#include "tst_accelerators.moc"
