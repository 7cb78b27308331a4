// Every screen as a screen reader meets it, through QAccessible: each control a person can reach (buttons, fields,
// lists, tables, choices) has a name, whether from its text, its label or an accessible name of its own. The test
// walks the main window's tabs with a sender, contacts and a broadcast in them, the setup wizard's pages, and the
// dialogs, and lists every unnamed control it finds. The import dialog is also used with the keyboard alone.
#include "composer/audiencepage.h"
#include "composer/composerview.h"
#include "contacts/contacteditdialog.h"
#include "contacts/contactimporter.h"
#include "contacts/importdialog.h"
#include "fakes/outsidetandem.h"
#include "fakes/sandboxprofiles.h"
#include "fakes/testapp.h"
#include "forms/editprofiledialog.h"
#include "mainwindow/mainwindow.h"
#include "secrets/memorysecretstore.h"
#include "settings/preferencesdialog.h"
#include "settings/shareddatabasedialog.h"
#include "templates/templateeditor.h"
#include "webhooks/receiverdialog.h"
#include "wizard/setupwizard.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>

using namespace Qt::StringLiterals;

namespace {
const QByteArray kCustomers = "phone,name,tags\n"
                              "+5511987654321,Ana,vip\n"
                              "+5511987654322,Bruno,\n"
                              "+5491123456789,Carla,vip\n";

bool isControl(const QWidget* w)
{
    // Parts of a composite control (a combo box's line edit, a table's corner button, a scroll bar) are named
    // through the control they belong to.
    for (const QWidget* p = w->parentWidget(); p; p = p->parentWidget()) {
        if (qobject_cast<const QComboBox*>(p) || qobject_cast<const QAbstractSpinBox*>(p)
            || qobject_cast<const QAbstractItemView*>(p) || qobject_cast<const QTabBar*>(p))
            return false;
    }
    if (qobject_cast<const QScrollBar*>(w))
        return false;
    return qobject_cast<const QAbstractButton*>(w) || qobject_cast<const QLineEdit*>(w)
        || qobject_cast<const QComboBox*>(w) || qobject_cast<const QAbstractSpinBox*>(w)
        || qobject_cast<const QAbstractItemView*>(w) || qobject_cast<const QTextEdit*>(w)
        || qobject_cast<const QPlainTextEdit*>(w) || qobject_cast<const QAbstractSlider*>(w);
}

QString describe(const QWidget* w)
{
    QStringList path;
    for (const QObject* o = w; o; o = o->parent())
        path.prepend(o->objectName().isEmpty() ? QString::fromLatin1(o->metaObject()->className()) : o->objectName());
    return path.join(u" > "_s);
}

// The reachable controls under root (shown, or on a page or tab a person can switch to) that have no name.
QStringList unnamedControls(QWidget* root)
{
    QStringList unnamed;
    for (QWidget* w : root->findChildren<QWidget*>()) {
        if (!w->isVisible() || !isControl(w))
            continue;
        QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(w);
        if (!iface || iface->text(QAccessible::Name).trimmed().isEmpty())
            unnamed << describe(w);
    }
    return unnamed;
}
} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_app = makeTestApp(std::make_unique<MemorySecretStore>());
        const Profile meta = addSender(*m_app, metaSandboxProfile(m_app->sandbox()->baseUrl()), metaSandboxSecrets());
        QVERIFY(ContactImporter(m_app->database(), u"BR"_s).import(kCustomers).isOk());
        OutgoingMessage hello;
        hello.text = u"Doors open at nine"_s;
        QVERIFY(m_app->services()
                    .data.outbox.broadcasts()
                    .create(meta.id, hello, {{u"+5511987654321"_s, {}}}, outsideTandem())
                    .isOk());
    }

    void mainWindowTabs_data()
    {
        QTest::addColumn<int>("tab");
        QTest::newRow("senders") << int(MainWindow::SendersTab);
        QTest::newRow("contacts") << int(MainWindow::ContactsTab);
        QTest::newRow("compose") << int(MainWindow::ComposeTab);
        QTest::newRow("activity") << int(MainWindow::ActivityTab);
        QTest::newRow("replies") << int(MainWindow::RepliesTab);
        QTest::newRow("templates") << int(MainWindow::TemplatesTab);
    }
    void mainWindowTabs()
    {
        QFETCH(int, tab);
        MainWindow window(m_app->services());
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showTab(MainWindow::Tab(tab));
        QTest::qWait(200); // lists are read off the window's thread
        const QStringList unnamed = unnamedControls(&window);
        QVERIFY2(unnamed.isEmpty(), qPrintable(u"\n"_s + unnamed.join(u"\n"_s)));
    }

    // Each step of the composer, and each kind of message on its message step.
    void composerSteps()
    {
        MainWindow window(m_app->services());
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showTab(MainWindow::ComposeTab);
        ComposerView* composer = window.composerView();
        QTRY_VERIFY(!composer->findChild<AudiencePage*>(u"audiencePage"_s)->isLoading());
        composer->goToStep(ComposerView::MessageStep);
        QCOMPARE(composer->currentStep(), int(ComposerView::MessageStep));
        auto* kind = composer->findChild<QComboBox*>(u"kindComboBox"_s);
        for (int i = 0; i < kind->count(); ++i) {
            kind->setCurrentIndex(i);
            const QStringList unnamed = unnamedControls(&window);
            QVERIFY2(unnamed.isEmpty(), qPrintable(kind->currentText() + u":\n"_s + unnamed.join(u"\n"_s)));
        }
        kind->setCurrentIndex(0);
        QTest::keyClicks(composer->findChild<QPlainTextEdit*>(u"textPlainTextEdit"_s), u"Doors open at nine"_s);
        for (int step : {int(ComposerView::PreviewStep), int(ComposerView::CheckStep), int(ComposerView::SendStep)}) {
            composer->goToStep(step);
            QTest::qWait(100);
            const QStringList unnamed = unnamedControls(&window);
            QVERIFY2(
                unnamed.isEmpty(), qPrintable(u"step %1:\n"_s.arg(composer->currentStep()) + unnamed.join(u"\n"_s)));
        }
    }

    void setupWizardPages()
    {
        SetupWizard wizard(m_app->services());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QStringList unnamed = unnamedControls(&wizard);
        QVERIFY2(unnamed.isEmpty(), qPrintable(u"\n"_s + unnamed.join(u"\n"_s)));
        wizard.next(); // choosing a provider
        unnamed = unnamedControls(&wizard);
        QVERIFY2(unnamed.isEmpty(), qPrintable(u"\n"_s + unnamed.join(u"\n"_s)));
        for (QAbstractButton* choice : wizard.findChildren<QAbstractButton*>()) {
            if (choice->objectName().endsWith(u"RadioButton"_s) && choice->isVisible()) {
                choice->click();
                break;
            }
        }
        wizard.next(); // the generated form
        unnamed = unnamedControls(&wizard);
        QVERIFY2(unnamed.isEmpty(), qPrintable(u"\n"_s + unnamed.join(u"\n"_s)));
    }

    void dialogs()
    {
        ImportDialog import(m_app->database().path(), u"BR"_s);
        import.show();
        QVERIFY(QTest::qWaitForWindowExposed(&import));
        QStringList unnamed = unnamedControls(&import);
        QVERIFY2(unnamed.isEmpty(), qPrintable(u"\n"_s + unnamed.join(u"\n"_s)));

        const Profile sender = m_app->services().data.profiles.list().value().first();
        EditProfileDialog edit(m_app->services(), sender);
        edit.show();
        QVERIFY(QTest::qWaitForWindowExposed(&edit));
        unnamed = unnamedControls(&edit);
        QVERIFY2(unnamed.isEmpty(), qPrintable(u"\n"_s + unnamed.join(u"\n"_s)));

        Contact ana;
        ana.phone = u"+5511987654321"_s;
        ana.name = u"Ana"_s;
        ContactEditDialog contact(ana);
        contact.show();
        QVERIFY(QTest::qWaitForWindowExposed(&contact));
        unnamed = unnamedControls(&contact);
        QVERIFY2(unnamed.isEmpty(), qPrintable(u"\n"_s + unnamed.join(u"\n"_s)));

        ReceiverDialog receiver(m_app->services(), true);
        receiver.show();
        QVERIFY(QTest::qWaitForWindowExposed(&receiver));
        unnamed = unnamedControls(&receiver);
        QVERIFY2(unnamed.isEmpty(), qPrintable(u"\n"_s + unnamed.join(u"\n"_s)));

        MemorySecretStore keychain;
        SharedDatabaseDialog shared(keychain, QString());
        shared.show();
        QVERIFY(QTest::qWaitForWindowExposed(&shared));
        unnamed = unnamedControls(&shared);
        QVERIFY2(unnamed.isEmpty(), qPrintable(u"\n"_s + unnamed.join(u"\n"_s)));

        PreferencesDialog preferences;
        preferences.show();
        QVERIFY(QTest::qWaitForWindowExposed(&preferences));
        unnamed = unnamedControls(&preferences);
        QVERIFY2(unnamed.isEmpty(), qPrintable(u"\n"_s + unnamed.join(u"\n"_s)));

        TemplateEditor editor;
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        unnamed = unnamedControls(&editor);
        QVERIFY2(unnamed.isEmpty(), qPrintable(u"\n"_s + unnamed.join(u"\n"_s)));
    }

    // The import dialog with the keyboard alone: type the path, Return, Alt+I.
    void importWithTheKeyboardAlone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"keyboard.csv"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("phone,name\n(11) 91234-5678,Dora\n");
        file.close();
        ImportDialog import(m_app->database().path(), u"BR"_s);
        import.show();
        QApplication::setActiveWindow(&import);
        QVERIFY(QTest::qWaitForWindowActive(&import));
        QCOMPARE(QApplication::focusWidget(), import.findChild<QLineEdit*>(u"fileLineEdit"_s)); // the first field
        QTest::keyClicks(QApplication::focusWidget(), path);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_I, Qt::AltModifier);
        QTRY_VERIFY(import.report().has_value());
        QCOMPARE(import.report()->imported, 1);
        QVERIFY(m_app->services().data.contacts.findByPhone(u"+5511912345678"_s).value().has_value());
    }

private:
    std::unique_ptr<AppContext> m_app;
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
