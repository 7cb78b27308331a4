// A broadcast sent with the keyboard alone, as an owner who does not use a mouse sends one, in demo mode: the
// composer opened with Ctrl+3, an audience, an account's template and its values chosen with Alt letters, Tab,
// arrow keys and Space, and the broadcast sent with Alt+S.
#include "composer/audiencepage.h"
#include "composer/composerview.h"
#include "composer/messagepage.h"
#include "composer/previewpage.h"
#include "contacts/contactimporter.h"
#include "fakes/composercustomers.h"
#include "fakes/sandboxprofiles.h"
#include "fakes/testapp.h"
#include "mainwindow/mainwindow.h"
#include "secrets/memorysecretstore.h"
#include "services/dataservices.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QTabWidget>
#include <QTest>

using namespace Qt::StringLiterals;

class TestComposerKeyboard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // A whole broadcast with the keyboard alone, as an owner who does not use a mouse sends one: Ctrl+3 opens the
    // composer, Alt letters choose, go on and send, Tab moves between fields, arrow keys and Space pick.
    void aBroadcastWithTheKeyboardAlone()
    {
        auto app = makeTestApp(std::make_unique<MemorySecretStore>());
        addSender(*app, metaSandboxProfile(app->sandbox()->baseUrl()), metaSandboxSecrets());
        QVERIFY(ContactImporter(app->database(), u"BR"_s).import(kCustomers).isOk());
        MainWindow window(app->services());
        window.resize(1100, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QApplication::setActiveWindow(&window);
        auto focus = [&window] {
            return window.focusWidget() ? window.focusWidget() : &window;
        };
        auto press = [&](int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
            QTest::keyClick(focus(), Qt::Key(key), modifiers);
        };
        // Alt and the letter the control's text underlines (in any language).
        auto alt = [&](const QString& text) {
            const QKeySequence mnemonic = QKeySequence::mnemonic(text);
            QVERIFY2(!mnemonic.isEmpty(), qPrintable(text));
            press(mnemonic[0].key() & ~Qt::ALT, Qt::AltModifier);
        };
        // Tab until the focus is on `name` (at most through 40 controls).
        auto tabTo = [&](const QString& name) {
            for (int i = 0; i < 40 && focus()->objectName() != name; ++i)
                press(Qt::Key_Tab);
            QCOMPARE(focus()->objectName(), name);
        };
        // Down (or Up) in a list or a combo box until the current item is `data`.
        auto arrowTo = [&](auto* view, auto current, const QVariant& data) {
            for (int i = 0; i < 20 && current() != data; ++i)
                press(Qt::Key_Down);
            for (int i = 0; i < 20 && current() != data; ++i)
                press(Qt::Key_Up);
            QCOMPARE(current(), data);
            Q_UNUSED(view);
        };

        press(Qt::Key_3, Qt::ControlModifier);
        ComposerView* composer = window.composerView();
        QCOMPARE(child<QTabWidget>(&window, u"mainTabWidget"_s)->currentWidget(), composer);
        QTRY_VERIFY(!child<AudiencePage>(composer, u"audiencePage"_s)->isLoading());

        // 1. Audience: the contacts tagged vip.
        auto* byTag = child<QRadioButton>(composer, u"tagsRadioButton"_s);
        alt(byTag->text());
        QTRY_VERIFY(byTag->isChecked()); // an animated click
        press(Qt::Key_Tab);
        auto* tags = child<QListWidget>(composer, u"tagsListWidget"_s);
        QCOMPARE(focus(), tags);
        arrowTo(
            tags, [tags] { return tags->currentItem() ? tags->currentItem()->text() : QString(); }, u"vip"_s);
        press(Qt::Key_Space);
        QCOMPARE(tags->currentItem()->checkState(), Qt::Checked);
        QVERIFY(child<QLabel>(composer, u"audienceCountLabel"_s)->text().startsWith(u"5 contact(s)"_s));
        auto* next = child<QPushButton>(composer, u"nextButton"_s);
        alt(next->text());
        QTRY_COMPARE(composer->currentStep(), int(ComposerView::MessageStep));

        // 2. Message: an approved template from the sender's account, its two values from the contacts' fields.
        auto* catalogue = child<QComboBox>(composer, u"catalogueComboBox"_s);
        QTRY_VERIFY_WITH_TIMEOUT(catalogue->findData(u"order_update|en"_s) >= 0, 10000); // synced when first shown
        tabTo(u"catalogueComboBox"_s);
        arrowTo(
            catalogue, [catalogue] { return catalogue->currentData(); }, QVariant(u"order_update|en"_s));
        tabTo(u"sourceComboBox_1"_s);
        auto* first = qobject_cast<QComboBox*>(focus());
        arrowTo(
            first, [first] { return first->currentData(); }, QVariant(u"first_name"_s));
        tabTo(u"sourceComboBox_2"_s);
        auto* second = qobject_cast<QComboBox*>(focus());
        arrowTo(
            second, [second] { return second->currentData(); }, QVariant(u"order"_s));
        auto* page = child<MessagePage>(composer, u"messagePage"_s);
        QVERIFY2(page->problem().isEmpty(), qPrintable(page->problem()));
        QCOMPARE(page->mapping().value(u"1"_s).value, u"first_name"_s);
        QCOMPARE(page->mapping().value(u"2"_s).value, u"order"_s);
        alt(next->text());
        QTRY_COMPARE(composer->currentStep(), int(ComposerView::PreviewStep));

        // 3 and 4. Preview, then the check.
        QVERIFY(child<PreviewPage>(composer, u"previewPage"_s)->renderedText().contains(u"Hi Carla"_s));
        alt(next->text());
        QTRY_COMPARE(composer->currentStep(), int(ComposerView::CheckStep));
        QTRY_VERIFY(next->isEnabled());
        QCOMPARE(child<QLabel>(composer, u"sendableCountLabel"_s)->text(), u"3"_s);
        alt(next->text());
        QTRY_COMPARE(composer->currentStep(), int(ComposerView::SendStep));

        // 5. A title where the focus is, then Send; the window moves to Activity.
        QCOMPARE(focus(), child<QLineEdit>(composer, u"titleLineEdit"_s));
        QTest::keyClicks(focus(), u"Orders on their way"_s);
        alt(child<QPushButton>(composer, u"sendButton"_s)->text());
        QTRY_COMPARE(child<QTabWidget>(&window, u"mainTabWidget"_s)->currentIndex(), int(MainWindow::ActivityTab));
        QTRY_COMPARE_WITH_TIMEOUT(app->sandbox()->state().acceptedTotal(), 3, 15000);
        const QList<Broadcast> sent = app->services().data.outbox.broadcasts().list().value();
        QCOMPARE(sent.size(), 1);
        QVERIFY(sent.first().title.startsWith(u"Orders on their way"_s));
    }
};

QTEST_MAIN(TestComposerKeyboard)
#include "tst_composerkeyboard.moc"
