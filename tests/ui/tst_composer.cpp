// The composer walked as a newcomer in demo mode would: contacts imported, a tag audience chosen, a Meta template
// whose two variables come from each contact's fields, the preview for one customer, the pre-flight counts and
// cost checked against the fixture by hand, the broadcast sent, and the activity view reaching its final counts,
// with the sandbox confirming each customer read their own values.
#include "activity/broadcastlistmodel.h"
#include "activity/recipienttablemodel.h"
#include "admission/leftout.h"
#include "composer/audiencepage.h"
#include "composer/composerview.h"
#include "composer/messagepage.h"
#include "composer/preflightview.h"
#include "composer/previewpage.h"
#include "contacts/contactimporter.h"
#include "fakes/composercustomers.h"
#include "fakes/sandboxprofiles.h"
#include "fakes/testapp.h"
#include "fakes/volumetierevent.h"
#include "inbox/inboxledger.h"
#include "mainwindow/mainwindow.h"
#include "model/inboundmessage.h"
#include "sandbox/sandboxaccounts.h"
#include "secrets/memorysecretstore.h"
#include "services/dataservices.h"
#include "templates/templatecatalogue.h"
#include "templates/templatesview.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDoubleSpinBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QTableView>
#include <QTableWidget>
#include <QTabWidget>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

class TestComposer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // The owner syncs the sender's templates, picks an approved one with a picture header from the list (its
    // variables come from its own text), gives the picture's link, and sends; the sandbox checks the header's kind
    // and the number of values as Meta does. A paused template is listed but cannot be picked.
    void aTemplateWithAPictureHeaderFromTheCatalogue()
    {
        auto app = makeTestApp(std::make_unique<MemorySecretStore>());
        addSender(*app, metaSandboxProfile(app->sandbox()->baseUrl()), metaSandboxSecrets());
        QVERIFY(ContactImporter(app->database(), u"BR"_s).import(kCustomers).isOk());
        MainWindow window(app->services());
        window.resize(1100, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showTab(MainWindow::TemplatesTab);
        TemplatesView* templates = window.templatesView();
        auto* table = child<QTableWidget>(templates, u"templatesTableWidget"_s);
        // Synced when the screen opened (never synced before); the button syncs again.
        QTRY_VERIFY(!templates->isBusy() && table->rowCount() == 5);
        QTest::mouseClick(child<QPushButton>(templates, u"syncTemplatesButton"_s), Qt::LeftButton);
        QTRY_VERIFY(!templates->isBusy());
        QCOMPARE(table->rowCount(), 5);
        QVERIFY(child<QLabel>(templates, u"templatesStatusLabel"_s)->text().contains(u"5 template"_s));

        window.showTab(MainWindow::ComposeTab);
        ComposerView* composer = window.composerView();
        QTRY_VERIFY(!child<AudiencePage>(composer, u"audiencePage"_s)->isLoading());
        auto* next = child<QPushButton>(composer, u"nextButton"_s);
        auto* tags = child<QListWidget>(composer, u"tagsListWidget"_s);
        tags->findItems(u"vip"_s, Qt::MatchExactly).first()->setCheckState(Qt::Checked);
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(composer->currentStep(), int(ComposerView::MessageStep));
        auto* catalogue = child<QComboBox>(composer, u"catalogueComboBox"_s);
        QCOMPARE(catalogue->count(), 6); // "choose one" and the five
        const int paused = catalogue->findData(u"old_promotion|en"_s);
        QVERIFY(paused > 0);
        QVERIFY(!qobject_cast<QStandardItemModel*>(catalogue->model())->item(paused)->isEnabled());
        // Its category and status in words the owner reads (and translators translate), not Meta's values.
        QCOMPARE(catalogue->itemText(paused), u"old_promotion · en · Marketing · paused"_s);
        const int reminder = catalogue->findData(u"appointment_reminder|en"_s);
        catalogue->setCurrentIndex(reminder);
        Q_EMIT catalogue->activated(reminder);
        QCOMPARE(child<QLineEdit>(composer, u"templateNameLineEdit"_s)->text(), u"appointment_reminder"_s);
        // Its three variables, from its own text; and a picture header that needs its link.
        choose(child<QComboBox>(composer, u"sourceComboBox_1"_s), u"name"_s);
        choose(child<QComboBox>(composer, u"sourceComboBox_2"_s), u"order"_s);
        choose(child<QComboBox>(composer, u"sourceComboBox_3"_s), u"order"_s);
        auto* header = child<QLineEdit>(composer, u"headerLinkLineEdit"_s);
        QVERIFY(header->isVisibleTo(composer));
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(composer->currentStep(), int(ComposerView::MessageStep)); // the link is missing
        QTest::keyClicks(header, u"https://shop.example/salon.jpg"_s);
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(composer->currentStep(), int(ComposerView::PreviewStep));
        // Meta said this month's utility templates to Brazil are in a volume tier (as the receiver keeps it).
        const QString kept
            = keepVolumeTier(app->database().connection(), u"UTILITY"_s, u"BRAZIL"_s, u"100001:500000"_s, u"tier-br"_s);
        QVERIFY2(kept.isEmpty(), qPrintable(kept));
        QTest::mouseClick(next, Qt::LeftButton);
        auto* preflight = child<PreflightView>(composer, u"preflightView"_s);
        QTRY_VERIFY(preflight->report().has_value());
        QVERIFY2(preflight->report()->blockers.isEmpty(), qPrintable(preflight->report()->blockers.join(u' ')));
        QCOMPARE(child<QLabel>(composer, u"sendableCountLabel"_s)->text(), u"4"_s); // Eva opted out
        const QString cost = child<QLabel>(composer, u"costLabel"_s)->text();
        QVERIFY2(cost.contains(u"volume tier: Brazil, utility: 100"_s), qPrintable(cost));
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(composer->currentStep(), int(ComposerView::SendStep));
        QTest::mouseClick(child<QPushButton>(composer, u"sendButton"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(app->sandbox()->state().acceptedTotal(), 4, 15000);
        const QList<SandboxState::StoredMessage> sent = app->sandbox()->state().messagesTo(u"+5511987654321"_s);
        QCOMPARE(sent.first().body, u"Hi Ana Souza, this is a reminder of your appointment on A-100 at A-100."_s);
        QCOMPARE(app->sandbox()->state().statsJson().value(u"rejected"_s).toInt(), 0);
    }

    // Reply buttons and a list, to the vip customers who wrote in the last 24 hours (Ana and Bruno; Carla wrote
    // two days ago), through Meta as an interactive message and through Twilio as a Content made for the
    // broadcast. Four buttons are refused with WhatsApp's reason before anything is sent.
    void replyButtonsAndListsReachCustomersInTheWindow_data()
    {
        QTest::addColumn<bool>("twilio");
        QTest::addColumn<bool>("list");
        QTest::newRow("meta buttons") << false << false;
        QTest::newRow("meta list") << false << true;
        QTest::newRow("twilio quick-reply") << true << false;
        QTest::newRow("twilio list-picker") << true << true;
    }
    void replyButtonsAndListsReachCustomersInTheWindow()
    {
        QFETCH(bool, twilio);
        QFETCH(bool, list);
        auto app = makeTestApp(std::make_unique<MemorySecretStore>());
        const Profile sender = twilio
            ? addSender(*app, twilioSandboxProfile(app->sandbox()->baseUrl()), twilioSandboxSecrets())
            : addSender(*app, metaSandboxProfile(app->sandbox()->baseUrl()), metaSandboxSecrets());
        QVERIFY(ContactImporter(app->database(), u"BR"_s).import(kCustomers).isOk());
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QList<InboundMessage> wrote;
        for (const auto& [phone, hoursAgo] : QList<QPair<QString, int>> {
                 {u"+5511987654321"_s, 1}, {u"+5521987654322"_s, 3}, {u"+5491123456789"_s, 48}}) {
            InboundMessage m;
            m.provider = sender.kind;
            m.profileId = sender.id;
            m.messageId = u"in-"_s + phone;
            m.from = phone;
            m.text = u"Hello!"_s;
            m.receivedAtMs = now - hoursAgo * 3600LL * 1000;
            wrote << m;
        }
        QVERIFY(InboxLedger(app->database()).record(wrote).isOk());

        ComposerView composer(app->services());
        composer.resize(1000, 700);
        composer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&composer));
        QTRY_VERIFY(!child<AudiencePage>(&composer, u"audiencePage"_s)->isLoading());
        child<QListWidget>(&composer, u"tagsListWidget"_s)
            ->findItems(u"vip"_s, Qt::MatchExactly)
            .first()
            ->setCheckState(Qt::Checked);
        auto* next = child<QPushButton>(&composer, u"nextButton"_s);
        QTest::mouseClick(next, Qt::LeftButton);
        choose(child<QComboBox>(&composer, u"kindComboBox"_s), int(MessagePage::Kind::Interactive));
        choose(child<QComboBox>(&composer, u"interactiveStyleComboBox"_s),
            int(list ? OutgoingMessage::Kind::InteractiveList : OutgoingMessage::Kind::InteractiveButtons));
        QTest::keyClicks(child<QPlainTextEdit>(&composer, u"interactiveBodyPlainTextEdit"_s),
            u"Hi {{first_name}}, when shall we deliver {{order}}?"_s);
        auto* choices = child<QPlainTextEdit>(&composer, u"choicesPlainTextEdit"_s);
        choices->setPlainText(u"Morning\nAfternoon\nEvening\nNight"_s);
        if (list)
            QTest::keyClicks(child<QLineEdit>(&composer, u"listButtonLineEdit"_s), u"See the times"_s);
        else {
            QTest::mouseClick(next, Qt::LeftButton);
            QCOMPARE(composer.currentStep(), int(ComposerView::MessageStep)); // four buttons: at most three
            QVERIFY(child<QLabel>(&composer, u"composerProblemLabel"_s)->text().contains(u"at most 3"_s));
        }
        choices->setPlainText(
            list ? u"Morning | 9 to 12\nAfternoon | 2 to 6\nAt the shop"_s : u"Morning\nAfternoon\nEvening"_s);
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(composer.currentStep(), int(ComposerView::PreviewStep));
        QTest::mouseClick(next, Qt::LeftButton);
        auto* preflight = child<PreflightView>(&composer, u"preflightView"_s);
        QTRY_VERIFY(preflight->report().has_value());
        QVERIFY2(preflight->report()->blockers.isEmpty(), qPrintable(preflight->report()->blockers.join(u' ')));
        QCOMPARE(preflight->report()->sendable.size(), 2); // Ana and Bruno
        QCOMPARE(preflight->report()->outsideWindow.size(), 2); // Carla wrote two days ago; Diego never did
        QTest::mouseClick(next, Qt::LeftButton);
        QTest::mouseClick(child<QPushButton>(&composer, u"sendButton"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(app->sandbox()->state().acceptedTotal(), 2, 15000);
        const SandboxState::StoredMessage ana = app->sandbox()->state().messagesTo(u"+5511987654321"_s).first();
        QCOMPARE(ana.body, u"Hi Ana, when shall we deliver A-100?"_s);
        QCOMPARE(ana.choices,
            list ? (QStringList {u"Morning"_s, u"Afternoon"_s, u"At the shop"_s})
                 : (QStringList {u"Morning"_s, u"Afternoon"_s, u"Evening"_s}));
        QCOMPARE(app->sandbox()->state().messagesTo(u"+5521987654322"_s).first().body,
            u"Hi Bruno, when shall we deliver A-101?"_s);
        // Through Twilio, one Content was made for the broadcast and both messages name it.
        if (twilio)
            QCOMPARE(app->sandbox()->state().templates(u"twilio"_s).size(), sandboxTwilioContents().size() + 1);
        QCOMPARE(app->sandbox()->state().statsJson().value(u"rejected"_s).toInt(), 0);
    }

    // The owner linked the Meta template order_update with the Twilio Content of the same words; in the composer,
    // switching sender keeps the template and where each value comes from.
    void theSameMessageStaysChosenWhenSwitchingSender()
    {
        auto app = makeTestApp(std::make_unique<MemorySecretStore>());
        const Profile twilio = addSender(*app, twilioSandboxProfile(app->sandbox()->baseUrl()), twilioSandboxSecrets());
        const Profile meta = addSender(*app, metaSandboxProfile(app->sandbox()->baseUrl()), metaSandboxSecrets());
        QVERIFY(ContactImporter(app->database(), u"BR"_s).import(kCustomers).isOk());
        MainWindow window(app->services());
        window.resize(1100, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showTab(MainWindow::TemplatesTab);
        TemplatesView* templates = window.templatesView();
        auto* senders = child<QComboBox>(templates, u"templatesSenderComboBox"_s);
        auto* table = child<QTableWidget>(templates, u"templatesTableWidget"_s);
        for (const Profile& p : {twilio, meta}) {
            // The screen syncs its first sender when it opens, and a sender never synced as soon as it is chosen.
            QTRY_VERIFY(!templates->isBusy());
            choose(senders, p.id);
            QTRY_VERIFY_WITH_TIMEOUT(!templates->isBusy() && table->rowCount() > 0, 10000);
        }
        // Meta's order_update, linked in the templates screen to Twilio's content of the same words.
        const QList<QTableWidgetItem*> found = table->findItems(u"order_update"_s, Qt::MatchExactly);
        QCOMPARE(found.size(), 1);
        table->selectRow(found.first()->row());
        auto* link = child<QComboBox>(templates, u"templateLinkComboBox"_s);
        const QString twilioKey = u"HX0123456789abcdef0123456789abcd02"_s;
        const int twin = link->findData(QStringList {QString::number(twilio.id), twilioKey});
        QVERIFY(twin > 0);
        link->setCurrentIndex(twin);
        Q_EMIT link->activated(twin);
        QCOMPARE(
            TemplateCatalogue(app->database()).linkedIn(meta.id, u"order_update|en"_s, twilio.id).value(), twilioKey);

        window.showTab(MainWindow::ComposeTab);
        ComposerView* composer = window.composerView();
        composer->goToStep(ComposerView::MessageStep);
        auto* sender = child<QComboBox>(composer, u"senderComboBox"_s);
        choose(sender, meta.id);
        auto* catalogue = child<QComboBox>(composer, u"catalogueComboBox"_s);
        const int orderUpdate = catalogue->findData(u"order_update|en"_s);
        catalogue->setCurrentIndex(orderUpdate);
        Q_EMIT catalogue->activated(orderUpdate);
        choose(child<QComboBox>(composer, u"sourceComboBox_1"_s), u"phone"_s);
        choose(child<QComboBox>(composer, u"sourceComboBox_2"_s), u"order"_s);
        child<QLineEdit>(composer, u"fallbackLineEdit_2"_s)->setText(u"your order"_s);

        choose(sender, twilio.id);
        auto* page = child<MessagePage>(composer, u"messagePage"_s);
        QCOMPARE(page->chosenKey(), twilioKey);
        QCOMPARE(child<QLineEdit>(composer, u"contentSidLineEdit"_s)->text(), twilioKey);
        QCOMPARE(page->mapping().value(u"1"_s).value, u"phone"_s);
        QCOMPARE(page->mapping().value(u"2"_s).value, u"order"_s);
        QCOMPARE(page->mapping().value(u"2"_s).fallback, u"your order"_s);
        QVERIFY2(page->problem().isEmpty(), qPrintable(page->problem()));
        // And back.
        choose(sender, meta.id);
        QCOMPARE(page->chosenKey(), u"order_update|en"_s);
        QCOMPARE(child<QLineEdit>(composer, u"templateNameLineEdit"_s)->text(), u"order_update"_s);
        QCOMPARE(page->mapping().value(u"2"_s).value, u"order"_s);
        // A template that is not linked is left for the owner to choose again.
        const int hello = catalogue->findData(u"hello_world|en_US"_s);
        catalogue->setCurrentIndex(hello);
        Q_EMIT catalogue->activated(hello);
        choose(sender, twilio.id);
        QVERIFY(page->chosenKey().isEmpty());
    }

    // A picture header from each contact's own field: Ana's and Bruno's pictures differ, and Carla, who has none,
    // is counted as missing a value instead of being sent a broken header.
    // WhatsApp's review decides while the screen is open: the decision shows without the owner pressing Sync.
    void aTemplateUnderReviewShowsItsDecisionByItself()
    {
        auto app = makeTestApp(std::make_unique<MemorySecretStore>());
        const Profile meta = addSender(*app, metaSandboxProfile(app->sandbox()->baseUrl()), metaSandboxSecrets());
        app->sandbox()->state().setTemplateReviewMs(1000);
        MainWindow window(app->services());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showTab(MainWindow::TemplatesTab);
        TemplatesView* templates = window.templatesView();
        templates->setReviewPollInterval(300);
        QTRY_VERIFY_WITH_TIMEOUT(!templates->isBusy(), 10000);
        const QJsonObject definition {{u"name"_s, u"pickup_ready"_s}, {u"language"_s, u"en"_s},
            {u"category"_s, u"UTILITY"_s},
            {u"components"_s,
                QJsonArray {QJsonObject {{u"type"_s, u"BODY"_s},
                    {u"text"_s, u"Hello {{1}}, your order {{2}} is ready for pickup at the counter today."_s},
                    {u"example"_s, QJsonObject {{u"body_text"_s, QJsonArray {QJsonArray {u"Ann"_s, u"A-100"_s}}}}}}}}};
        templates->submit(definition);
        auto* table = child<QTableWidget>(templates, u"templatesTableWidget"_s);
        auto statusOf = [table]() {
            const QList<QTableWidgetItem*> found = table->findItems(u"pickup_ready"_s, Qt::MatchExactly);
            return found.isEmpty() ? QString() : table->item(found.first()->row(), 3)->text();
        };
        QTRY_VERIFY_WITH_TIMEOUT(statusOf().contains(u"review"_s), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(), u"Approved"_s, 15000);
        QCOMPARE(table->item(table->findItems(u"pickup_ready"_s, Qt::MatchExactly).first()->row(), 2)->text(),
            u"Utility"_s); // the category in words
    }

    void aHeaderPictureFromEachContactsField()
    {
        auto app = makeTestApp(std::make_unique<MemorySecretStore>());
        addSender(*app, metaSandboxProfile(app->sandbox()->baseUrl()), metaSandboxSecrets());
        const QByteArray customers = "phone,name,photo,tags\n"
                                     "+55 11 98765-4321,Ana Souza,https://shop.example/ana.jpg,vip\n"
                                     "+55 21 98765-4322,Bruno Lima,https://shop.example/bruno.jpg,vip\n"
                                     "+54 9 11 2345-6789,Carla Diaz,,vip\n";
        QVERIFY(ContactImporter(app->database(), u"BR"_s).import(customers).isOk());
        MainWindow window(app->services());
        window.resize(1100, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showTab(MainWindow::TemplatesTab);
        QTRY_VERIFY(!window.templatesView()->isBusy()
            && child<QTableWidget>(window.templatesView(), u"templatesTableWidget"_s)->rowCount() == 5);
        window.showTab(MainWindow::ComposeTab);
        ComposerView* composer = window.composerView();
        QTRY_VERIFY(!child<AudiencePage>(composer, u"audiencePage"_s)->isLoading());
        child<QListWidget>(composer, u"tagsListWidget"_s)
            ->findItems(u"vip"_s, Qt::MatchExactly)
            .first()
            ->setCheckState(Qt::Checked);
        auto* next = child<QPushButton>(composer, u"nextButton"_s);
        QTest::mouseClick(next, Qt::LeftButton);
        auto* catalogue = child<QComboBox>(composer, u"catalogueComboBox"_s);
        const int reminder = catalogue->findData(u"appointment_reminder|en"_s);
        catalogue->setCurrentIndex(reminder);
        Q_EMIT catalogue->activated(reminder);
        for (const QString& v : {u"1"_s, u"2"_s, u"3"_s})
            choose(child<QComboBox>(composer, u"sourceComboBox_"_s + v), u"name"_s);
        auto* source = child<QComboBox>(composer, u"headerSourceComboBox"_s);
        QVERIFY(source->isVisibleTo(composer));
        choose(source, u"photo"_s);
        QVERIFY(!child<QLineEdit>(composer, u"headerLinkLineEdit"_s)->isVisibleTo(composer));
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(composer->currentStep(), int(ComposerView::PreviewStep));
        QTest::mouseClick(next, Qt::LeftButton);
        auto* preflight = child<PreflightView>(composer, u"preflightView"_s);
        QTRY_VERIFY(preflight->report().has_value());
        QVERIFY2(preflight->report()->blockers.isEmpty(), qPrintable(preflight->report()->blockers.join(u' ')));
        QCOMPARE(preflight->report()->sendable.size(), 2);
        QCOMPARE(preflight->report()->missingVariable.size(), 1);
        QTest::mouseClick(next, Qt::LeftButton);
        QTest::mouseClick(child<QPushButton>(composer, u"sendButton"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(app->sandbox()->state().acceptedTotal(), 2, 15000);
        QCOMPARE(app->sandbox()->state().messagesTo(u"+5511987654321"_s).first().headerLink,
            u"https://shop.example/ana.jpg"_s);
        QCOMPARE(app->sandbox()->state().messagesTo(u"+5521987654322"_s).first().headerLink,
            u"https://shop.example/bruno.jpg"_s);
        QCOMPARE(app->sandbox()->state().statsJson().value(u"rejected"_s).toInt(), 0);
    }

    void templateBroadcastToATagFromComposeToFinalCounts()
    {
        auto app = makeTestApp(std::make_unique<MemorySecretStore>());
        const Profile meta = addSender(*app, metaSandboxProfile(app->sandbox()->baseUrl()), metaSandboxSecrets());
        const Result<ContactImporter::Report> imported = ContactImporter(app->database(), u"BR"_s).import(kCustomers);
        QVERIFY2(imported.isOk(), qPrintable(imported.error()));
        QCOMPARE(imported.value().imported, 6);
        // The owner once sent a test message to Fabio's number: it is the owner's own phone.
        QVERIFY(app->services().data.ownNumbers.remember(u"+5511987654323"_s).isOk());

        MainWindow window(app->services());
        window.resize(1100, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showTab(MainWindow::ComposeTab);
        ComposerView* composer = window.composerView();
        // The contacts are read off the window's thread.
        QTRY_VERIFY(!child<AudiencePage>(composer, u"audiencePage"_s)->isLoading());
        auto* next = child<QPushButton>(composer, u"nextButton"_s);

        // 0. Every contact: six imported, the owner's own number left out, and said so.
        QVERIFY(child<QRadioButton>(composer, u"allContactsRadioButton"_s)->isChecked());
        QCOMPARE(child<QLabel>(composer, u"audienceCountLabel"_s)->text(),
            u"5 contact(s); 1 of them opted out and will not get it. "
            "Left out: 1 number(s) of your own, where your tests went."_s);

        // 1. Audience: tick "vip" with the keyboard.
        auto* tags = child<QListWidget>(composer, u"tagsListWidget"_s);
        const QList<QListWidgetItem*> vip = tags->findItems(u"vip"_s, Qt::MatchExactly);
        QCOMPARE(vip.size(), 1);
        tags->setFocus();
        tags->setCurrentItem(vip.first());
        QTest::keyClick(tags, Qt::Key_Space);
        QCOMPARE(vip.first()->checkState(), Qt::Checked);
        QCOMPARE(child<QLabel>(composer, u"audienceCountLabel"_s)->text(),
            u"5 contact(s); 1 of them opted out and will not get it."_s);
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(composer->currentStep(), int(ComposerView::MessageStep));

        // 2. Message: the sandbox's order_update template (English, utility), its text pasted for the preview.
        QCOMPARE(child<QComboBox>(composer, u"senderComboBox"_s)->currentText(), meta.name);
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(composer->currentStep(), int(ComposerView::MessageStep)); // nothing named yet
        QVERIFY(!child<QLabel>(composer, u"composerProblemLabel"_s)->text().isEmpty());
        QTest::keyClicks(child<QLineEdit>(composer, u"templateNameLineEdit"_s), u"order_update"_s);
        auto* language = child<QLineEdit>(composer, u"languageLineEdit"_s);
        language->selectAll();
        QTest::keyClicks(language, u"en"_s);
        choose(child<QComboBox>(composer, u"categoryComboBox"_s), int(MessageCategory::Utility));
        auto* body = child<QPlainTextEdit>(composer, u"templateBodyPlainTextEdit"_s);
        body->setFocus();
        QTest::keyClicks(body, u"Hi {{1}}, your order {{2}} is on its way."_s);
        // Ctrl+Tab while writing does not carry the owner off to another screen, and types nothing either.
        auto* tabs = child<QTabWidget>(&window, u"mainTabWidget"_s);
        QTest::keyClick(body, Qt::Key_Tab, Qt::ControlModifier);
        QCOMPARE(tabs->currentWidget(), composer);
        QTest::keyClick(body, Qt::Key_Backtab, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(tabs->currentWidget(), composer);
        QCOMPARE(composer->window()->focusWidget(), body);
        QVERIFY(!body->toPlainText().contains(u'\t'));
        // Tab moves on, as in every form, and types nothing.
        QTest::keyClick(body, Qt::Key_Tab);
        QVERIFY(composer->window()->focusWidget() != body);
        QVERIFY(!body->toPlainText().contains(u'\t'));
        choose(child<QComboBox>(composer, u"sourceComboBox_1"_s), u"first_name"_s);
        choose(child<QComboBox>(composer, u"sourceComboBox_2"_s), u"order"_s);
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(composer->currentStep(), int(ComposerView::PreviewStep));

        // 3. Preview: contacts come in number order, so Carla (+54 9 11 2345-6789) is first; Diego lacks a name.
        auto* preview = child<PreviewPage>(composer, u"previewPage"_s);
        QVERIFY2(preview->renderedText().contains(u"Hi Carla, your order A-102 is on its way."_s),
            qPrintable(preview->renderedText()));
        auto* recipient = child<QComboBox>(composer, u"previewRecipientComboBox"_s);
        // Only customers who will get it are offered: Eva opted out.
        QCOMPARE(recipient->count(), 4);
        QCOMPARE(recipient->findText(u"Eva Ruiz (+5491123456791)"_s), -1);
        recipient->setCurrentIndex(recipient->findText(u"Diego Paz (+5491123456790)"_s));
        QVERIFY2(preview->renderedText().contains(u"Not sent: no value for 1"_s), qPrintable(preview->renderedText()));
        // On with the keyboard: Enter presses the focused Next, and the focus stays on the way forward while the
        // check runs.
        next->setFocus();
        QTest::keyClick(next, Qt::Key_Return);
        QCOMPARE(composer->currentStep(), int(ComposerView::CheckStep));
        QTRY_VERIFY(next->isEnabled());
        QCOMPARE(composer->window()->focusWidget(), next);

        // 4. Pre-flight: 3 sendable (Ana, Bruno, Carla), 1 opted out (Eva), 1 missing a value (Diego).
        auto* preflight = child<PreflightView>(composer, u"preflightView"_s);
        QTRY_VERIFY(preflight->report().has_value());
        QCOMPARE(child<QLabel>(composer, u"sendableCountLabel"_s)->text(), u"3"_s);
        QCOMPARE(child<QLabel>(composer, u"optedOutCountLabel"_s)->text(), u"1"_s);
        // Why, in the words tandem-cli's --json uses for the same customer (Admission's).
        QVERIFY(child<QLabel>(composer, u"optedOutLabel"_s)
                    ->text()
                    .contains(LeftOut::explanation(LeftOut::Reason::OptedOut)));
        QCOMPARE(child<QLabel>(composer, u"missingVariableCountLabel"_s)->text(), u"1"_s);
        QCOMPARE(child<QLabel>(composer, u"outsideWindowCountLabel"_s)->text(), u"0"_s); // a template
        QCOMPARE(child<QLabel>(composer, u"invalidNumberCountLabel"_s)->text(), u"0"_s);
        // Utility rates from resources/rate-card.json: Brazil $0.0068, Argentina $0.026; 2 × BR + 1 × AR.
        QVERIFY(qAbs(preflight->report()->estimatedCostUsd - (2 * 0.0068 + 0.026)) < 1e-9);
        QVERIFY2(child<QLabel>(composer, u"costLabel"_s)->text().contains(u"0.0396"_s),
            qPrintable(child<QLabel>(composer, u"costLabel"_s)->text()));
        // Countries by name, not by code.
        const QString cost = child<QLabel>(composer, u"costLabel"_s)->text();
        QVERIFY2(cost.contains(u"Brazil: 2 message"_s) && cost.contains(u"Argentina: 1 message"_s), qPrintable(cost));
        // Each country with its price and the price's date, which is older than a quarter (the card of 2026-01-01).
        QVERIFY2(cost.contains(u"Brazil: 2 message(s) × US$ 0.0068 = US$ 0.0136"_s), qPrintable(cost));
        QVERIFY2(cost.contains(u"older than a quarter"_s), qPrintable(cost));
        // The owner opens the "missing a value" group and finds Diego.
        QStringList listed;
        QTimer::singleShot(0, this, [&listed] {
            auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto* list = dialog->findChild<QListWidget*>(u"preflightGroupListWidget"_s);
            for (int i = 0; i < list->count(); ++i)
                listed << list->item(i)->text();
            dialog->reject();
        });
        QTest::mouseClick(child<QPushButton>(composer, u"missingVariableShowButton"_s), Qt::LeftButton);
        QCOMPARE(listed, QStringList({u"+5491123456790 — Diego Paz"_s}));
        next->setFocus();
        QTest::keyClick(next, Qt::Key_Return);
        QCOMPARE(composer->currentStep(), int(ComposerView::SendStep));
        QCOMPARE(composer->window()->focusWidget(), child<QPushButton>(composer, u"sendButton"_s)); // Enter sends

        // 5. Send now; the window moves to Activity, which follows the dispatcher to the end.
        QVERIFY(child<QLabel>(composer, u"sendSummaryLabel"_s)->text().startsWith(u"3 message(s)"_s));
        QTest::keyClicks(child<QLineEdit>(composer, u"titleLineEdit"_s), u"Order updates"_s);
        // A monthly budget below the estimate (US$ 0.0396) stops it before anything is queued; the owner raises
        // it there, and gives this broadcast a limit of its own.
        auto* monthly = child<QDoubleSpinBox>(composer, u"monthlyBudgetSpinBox"_s);
        monthly->selectAll();
        QTest::keyClicks(monthly, u"0.01"_s);
        QTest::mouseClick(child<QPushButton>(composer, u"sendButton"_s), Qt::LeftButton);
        const QString refused = child<QLabel>(composer, u"sendErrorLabel"_s)->text();
        QVERIFY2(refused.contains(u"left"_s) && refused.contains(u"US$ 0.0396"_s), qPrintable(refused));
        QCOMPARE(app->services().data.outbox.broadcasts().list().value().size(), 0);
        QCOMPARE(*app->services().data.budgets.senderMonth(meta.id, QDateTime::currentDateTime()).value().budget, 0.01);
        monthly->selectAll();
        QTest::keyClicks(monthly, u"20"_s);
        QTest::mouseClick(child<QCheckBox>(composer, u"budgetCheckBox"_s), Qt::LeftButton);
        auto* own = child<QDoubleSpinBox>(composer, u"budgetSpinBox"_s);
        own->selectAll();
        QTest::keyClicks(own, u"1"_s);
        child<QPushButton>(composer, u"sendButton"_s)->setFocus();
        QTest::keyClick(child<QPushButton>(composer, u"sendButton"_s), Qt::Key_Return);
        // Written off the window's thread; then the window moves to Activity.
        QTRY_COMPARE(child<QTabWidget>(&window, u"mainTabWidget"_s)->currentIndex(), int(MainWindow::ActivityTab));
        auto* broadcasts = child<QTableView>(&window, u"broadcastsTableView"_s);
        auto* list = qobject_cast<BroadcastListModel*>(broadcasts->model());
        QAbstractItemModelTester tester(list, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE(list->rowCount(), 1); // the list is read off the window's thread too
        QTRY_COMPARE_WITH_TIMEOUT(
            list->index(0, BroadcastListModel::StateColumn).data().toString(), u"Finished"_s, 10000);
        QCOMPARE(list->index(0, BroadcastListModel::AcceptedColumn).data().toString(), u"3"_s);
        QCOMPARE(list->index(0, BroadcastListModel::FailedColumn).data().toString(), u"0"_s);
        QCOMPARE(list->index(0, BroadcastListModel::WaitingColumn).data().toString(), u"0"_s);
        QCOMPARE(list->index(0, BroadcastListModel::ProgressColumn).data().toString(), u"3 of 3"_s);
        QVERIFY(list->index(0, BroadcastListModel::TitleColumn).data().toString().startsWith(u"Order updates"_s));
        const qint64 queued = app->services().data.outbox.broadcasts().list().value().first().id;
        QCOMPARE(*app->services().data.budgets.broadcast(queued).value().budget, 1.0);
        auto* recipients = child<QTableView>(&window, u"recipientsTableView"_s);
        QTRY_COMPARE(recipients->model()->rowCount(), 3);
        // Accepted, or further already: the demo's sandbox reports sent, delivered and read.
        for (int row = 0; row < 3; ++row) {
            const QString state = recipients->model()->index(row, RecipientTableModel::StateColumn).data().toString();
            QVERIFY2(
                QStringList({u"Accepted"_s, u"Sent"_s, u"Delivered"_s, u"Read"_s}).contains(state), qPrintable(state));
        }

        // Each customer got their own values; the opted-out and the nameless got nothing; Fabio isn't a vip.
        const auto bodyFor = [&app](const QString& phone) {
            const QList<SandboxState::StoredMessage> m = app->sandbox()->state().messagesTo(phone);
            return m.size() == 1 ? m.first().body : u"%1 messages"_s.arg(m.size());
        };
        QCOMPARE(bodyFor(u"+5511987654321"_s), u"Hi Ana, your order A-100 is on its way."_s);
        QCOMPARE(bodyFor(u"+5521987654322"_s), u"Hi Bruno, your order A-101 is on its way."_s);
        QCOMPARE(bodyFor(u"+5491123456789"_s), u"Hi Carla, your order A-102 is on its way."_s);
        QCOMPARE(app->sandbox()->state().acceptedTotal(), 3);
    }

    // Clicking a later step in the list goes there when the steps before allow it; when one does not, the list
    // shows the step still open, not the one clicked, and says what is missing.
    void clickingAStepGoesThereOrSaysWhyNot()
    {
        auto app = makeTestApp(std::make_unique<MemorySecretStore>());
        addSender(*app, metaSandboxProfile(app->sandbox()->baseUrl()), metaSandboxSecrets());
        QVERIFY(ContactImporter(app->database(), u"BR"_s).import(kCustomers).isOk());
        MainWindow window(app->services());
        window.show();
        window.showTab(MainWindow::ComposeTab);
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ComposerView* composer = window.composerView();
        QTRY_VERIFY(!child<AudiencePage>(composer, u"audiencePage"_s)->isLoading());
        auto* steps = child<QListWidget>(composer, u"stepsListWidget"_s);
        auto clickStep = [steps](int row) {
            QTest::mouseClick(steps->viewport(), Qt::LeftButton, {}, steps->visualItemRect(steps->item(row)).center());
        };
        clickStep(ComposerView::MessageStep); // every contact is a fine audience
        QTRY_COMPARE(composer->currentStep(), int(ComposerView::MessageStep));
        QCOMPARE(steps->currentRow(), int(ComposerView::MessageStep));

        clickStep(ComposerView::PreviewStep); // no message written yet
        QTest::qWait(50);
        QCOMPARE(composer->currentStep(), int(ComposerView::MessageStep));
        QCOMPARE(steps->currentRow(), int(ComposerView::MessageStep));
        QCOMPARE(steps->selectedItems().size(), 1);
        QCOMPARE(steps->selectedItems().first(), steps->item(ComposerView::MessageStep));
        QVERIFY(!child<QLabel>(composer, u"composerProblemLabel"_s)->text().isEmpty());

        clickStep(ComposerView::AudienceStep); // back is always allowed
        QTRY_COMPARE(composer->currentStep(), int(ComposerView::AudienceStep));
        QCOMPARE(steps->selectedItems().first(), steps->item(ComposerView::AudienceStep));
    }

    void scheduledBroadcastWaitsForItsTime()
    {
        auto app = makeTestApp(std::make_unique<MemorySecretStore>());
        const Profile meta = addSender(*app, metaSandboxProfile(app->sandbox()->baseUrl()), metaSandboxSecrets());
        QVERIFY(ContactImporter(app->database(), u"BR"_s).import(kCustomers).isOk());
        MainWindow window(app->services());
        window.show();
        window.showTab(MainWindow::ComposeTab);
        ComposerView* composer = window.composerView();
        // The contacts are read off the window's thread.
        QTRY_VERIFY(!child<AudiencePage>(composer, u"audiencePage"_s)->isLoading());
        QTest::mouseClick(child<QPushButton>(composer, u"nextButton"_s), Qt::LeftButton); // every contact
        QTest::keyClicks(child<QLineEdit>(composer, u"templateNameLineEdit"_s), u"hello_world"_s);
        composer->goToStep(ComposerView::CheckStep);
        auto* preflight = child<PreflightView>(composer, u"preflightView"_s);
        QTRY_VERIFY(preflight->report().has_value());
        QCOMPARE(preflight->report()->sendable.size(), 5); // everyone but Eva: no variables to miss
        composer->goToStep(ComposerView::SendStep);
        QCOMPARE(composer->currentStep(), int(ComposerView::SendStep));
        child<QWidget>(composer, u"scheduleRadioButton"_s)->setProperty("checked", true);
        auto* when = child<QWidget>(composer, u"scheduleDateTimeEdit"_s);
        const QDateTime at = QDateTime::currentDateTime().addSecs(2 * 3600);
        when->setProperty("dateTime", at);
        QTest::mouseClick(child<QPushButton>(composer, u"sendButton"_s), Qt::LeftButton);
        QTRY_COMPARE(app->services().data.outbox.broadcasts().list().value().size(), 1);
        QTRY_COMPARE(
            app->services().data.outbox.broadcasts().list().value().first().state, Broadcast::State::Scheduled);
        const QList<Broadcast> all = app->services().data.outbox.broadcasts().list().value();
        QCOMPARE(all.first().state, Broadcast::State::Scheduled);
        QCOMPARE(all.first().scheduledAt.toSecsSinceEpoch(), at.toSecsSinceEpoch());
        // The dispatcher is running; in well over its idle poll nothing is sent before the time.
        QTest::qWait(1500);
        QCOMPARE(app->sandbox()->state().acceptedTotal(), 0);
        QCOMPARE(app->services().data.outbox.broadcasts().counts(all.first().id).value().value(OutboxState::Queued), 5);
    }
};

QTEST_MAIN(TestComposer)
#include "tst_composer.moc"
