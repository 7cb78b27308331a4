// Replies as the owner uses them, in the demo: a customer writes (a signed webhook from the sandbox), the tab shows
// the count, the owner opens the thread and answers with free text; a customer whose window closed is offered a
// template instead; a STOP takes the customer out of the next broadcast, and pre-flight says why. The models pass
// QAbstractItemModelTester.
#include "activity/statetext.h"
#include "admission/leftout.h"
#include "broadcast/preflight.h"
#include "contacts/contactrepository.h"
#include "inbox/inbox.h"
#include "inbox/inboxledger.h"
#include "mainwindow/mainwindow.h"
#include "replies/conversationlistmodel.h"
#include "replies/repliesview.h"
#include "replies/threadmodel.h"
#include "secrets/memorysecretstore.h"

#include "fakes/sandboxprofiles.h"
#include "fakes/testapp.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>

using namespace Qt::StringLiterals;

namespace {
int rowOfText(QAbstractItemModel* model, const QString& text)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data().toString().contains(text))
            return row;
    }
    return -1;
}
} // namespace

class TestReplies : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"TandemTest"_s);
        QCoreApplication::setApplicationName(u"TandemReplies"_s);
    }

    void theModelsPassTheTester()
    {
        ConversationListModel conversations;
        QAbstractItemModelTester conversationsTester(
            &conversations, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Conversation c;
        c.contact.id = 1;
        c.contact.phone = u"+14155550100"_s;
        c.lastText = u"Hi"_s;
        c.unread = 2;
        conversations.setConversations({c});
        Conversation d = c;
        d.contact.id = 2;
        conversations.setConversations({d, c});
        conversations.setConversations({d, c}); // the same ids: rows change in place
        QCOMPARE(conversations.unreadTotal(), 4);

        ThreadModel thread;
        QAbstractItemModelTester threadTester(&thread, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<ThreadEntry> page;
        for (int i = 0; i < ThreadModel::kPageSize; ++i) {
            ThreadEntry e;
            e.inbound = i % 2 == 0;
            e.atMs = 1000000 - i;
            e.text = u"message %1"_s.arg(i);
            page << e;
        }
        QSignalSpy wanted(&thread, &ThreadModel::olderWanted);
        thread.setThread(1, page);
        QCOMPARE(thread.index(0).data(ThreadModel::AtRole).toLongLong(), 1000000 - ThreadModel::kPageSize + 1);
        // A full page may have older ones: the view (or the tester) asks once, not again until they came.
        if (thread.canFetchMore({}))
            thread.fetchMore({});
        QCOMPARE(wanted.count(), 1);
        QVERIFY(!thread.canFetchMore({}));
        QCOMPARE(wanted.first().at(1).toLongLong(), thread.oldestAtMs());
        ThreadEntry older;
        older.atMs = 1;
        older.text = u"the first"_s;
        thread.addOlder({older});
        QCOMPARE(thread.index(0).data().toString().left(9), u"the first"_s);
        QVERIFY(!thread.canFetchMore({}));
    }

    void aReplyArrivesAndTheOwnerAnswers()
    {
        auto app = makeTestApp(std::make_unique<MemorySecretStore>());
        const Profile meta = addSender(*app, metaSandboxProfile(app->sandbox()->baseUrl()), metaSandboxSecrets());
        MainWindow window(app->services());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* tabs = window.findChild<QTabWidget*>(u"mainTabWidget"_s);

        QVERIFY(app->sandbox()->customerWrites(u"meta_cloud"_s, u"+14155550177"_s, u"Do you deliver on Sundays?"_s));
        QTRY_COMPARE(tabs->tabText(MainWindow::RepliesTab), u"Replies (1)"_s);
        window.showTab(MainWindow::RepliesTab);
        auto* list = window.findChild<QListView*>(u"conversationsListView"_s);
        QCOMPARE(list->model()->rowCount(), 1);
        list->setCurrentIndex(list->model()->index(0, 0));
        auto* thread = window.findChild<QListView*>(u"threadListView"_s);
        QTRY_COMPARE(thread->model()->rowCount(), 1);
        QVERIFY(thread->model()->index(0, 0).data().toString().contains(u"Sundays"_s));
        QTRY_COMPARE(tabs->tabText(MainWindow::RepliesTab), u"Replies"_s); // read now
        auto* windowLabel = window.findChild<QLabel*>(u"windowLabel"_s);
        QVERIFY2(windowLabel->text().contains(u"until"_s), qPrintable(windowLabel->text()));

        auto* reply = window.findChild<QPlainTextEdit*>(u"replyPlainTextEdit"_s);
        auto* send = window.findChild<QPushButton*>(u"sendReplyButton"_s);
        QVERIFY(!send->isEnabled());
        QTest::keyClicks(reply, u"Yes, from 10 to 2."_s);
        QVERIFY(send->isEnabled());
        QTest::mouseClick(send, Qt::LeftButton);
        QTRY_COMPARE(thread->model()->rowCount(), 2);
        QVERIFY(thread->model()->index(1, 0).data().toString().startsWith(u"Yes, from 10 to 2."_s));
        // It goes out through the outbox, and the sandbox got it.
        QTRY_COMPARE_WITH_TIMEOUT(app->sandbox()->state().acceptedFor(u"+14155550177"_s), 1, 10000);
        const QList<SandboxState::StoredMessage> sent = app->sandbox()->state().messagesTo(u"+14155550177"_s);
        QCOMPARE(sent.first().body, u"Yes, from 10 to 2."_s);
        // The open thread follows it: no longer waiting, without clicking another conversation and back.
        QTRY_VERIFY_WITH_TIMEOUT(
            !thread->model()->index(1, 0).data().toString().contains(StateText::recipient(OutboxState::Queued)), 10000);
        // The reply is not a broadcast: Activity leaves it out.
        QVERIFY(app->services().data.outbox.broadcasts().list().value().isEmpty());
        Q_UNUSED(meta)
    }

    void outsideTheWindowATemplateIsOffered()
    {
        auto app = makeTestApp(std::make_unique<MemorySecretStore>());
        const Profile meta = addSender(*app, metaSandboxProfile(app->sandbox()->baseUrl()), metaSandboxSecrets());
        // They wrote 25 hours ago.
        InboundMessage old;
        old.provider = u"meta_cloud"_s;
        old.profileId = meta.id;
        old.messageId = u"wamid.OLD"_s;
        old.from = u"+14155550188"_s;
        old.text = u"Are you open?"_s;
        old.receivedAtMs = QDateTime::currentMSecsSinceEpoch() - 25LL * 3600 * 1000;
        QVERIFY(InboxLedger(app->database()).record({old}).isOk());

        MainWindow window(app->services());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showTab(MainWindow::RepliesTab);
        auto* list = window.findChild<QListView*>(u"conversationsListView"_s);
        QTRY_COMPARE(list->model()->rowCount(), 1);
        list->setCurrentIndex(list->model()->index(0, 0));
        auto* windowLabel = window.findChild<QLabel*>(u"windowLabel"_s);
        QTRY_VERIFY2(windowLabel->text().contains(u"template"_s), qPrintable(windowLabel->text()));
        QVERIFY(!window.findChild<QPlainTextEdit*>(u"replyPlainTextEdit"_s)->isEnabled());
        QVERIFY(!window.findChild<QPushButton*>(u"sendReplyButton"_s)->isEnabled());
        // The composer has fields of the same names: these are the reply box's.
        RepliesView* replies = window.repliesView();
        auto* templateName = replies->findChild<QLineEdit*>(u"templateNameLineEdit"_s);
        auto* sendTemplate = window.findChild<QPushButton*>(u"sendTemplateReplyButton"_s);
        QTest::keyClicks(templateName, u"hello_world"_s);
        QTest::keyClicks(replies->findChild<QLineEdit*>(u"languageLineEdit"_s), u"en_US"_s);
        QTest::mouseClick(sendTemplate, Qt::LeftButton);
        auto* thread = window.findChild<QListView*>(u"threadListView"_s);
        QTRY_COMPARE(thread->model()->rowCount(), 2);
        // As the customer reads it when the templates screen has synced the catalogue (it does so as the window
        // opens), its name until then; tst_inbox checks the text itself.
        const QString sent = thread->model()->index(1, 0).data().toString();
        QVERIFY2(
            sent.contains(u"Welcome and congratulations!!"_s) || sent.contains(u"hello_world"_s), qPrintable(sent));
        QTRY_COMPARE_WITH_TIMEOUT(app->sandbox()->state().acceptedFor(u"+14155550188"_s), 1, 10000);
    }

    // In the demo a STOP takes the customer out of the next broadcast's audience, and pre-flight says why.
    void stopLeavesTheNextBroadcast()
    {
        auto app = makeTestApp(std::make_unique<MemorySecretStore>());
        addSender(*app, twilioSandboxProfile(app->sandbox()->baseUrl()), twilioSandboxSecrets());
        MainWindow window(app->services());
        QVERIFY(app->sandbox()->customerWrites(u"twilio"_s, u"+14155550199"_s, u"Stop"_s));
        ContactRepository contacts(app->database());
        QTRY_VERIFY_WITH_TIMEOUT(contacts.findByPhone(u"+14155550199"_s).value().has_value()
                && contacts.findByPhone(u"+14155550199"_s).value()->optedOut,
            10000);
        const Contact stopped = *contacts.findByPhone(u"+14155550199"_s).value();
        QCOMPARE(stopped.optedOutSource, u"keyword:STOP"_s);
        Preflight::Input input;
        input.message.kind = OutgoingMessage::Kind::Template;
        input.message.templateName = u"order_update"_s;
        input.audience = contacts.all().value();
        input.now = QDateTime::currentDateTimeUtc();
        const PreflightReport report = Preflight::check(input, app->services().comparison);
        QCOMPARE(report.optedOut.size(), 1);
        QCOMPARE(report.optedOut.first().phone, u"+14155550199"_s);
        QVERIFY(report.sendable.isEmpty());
        // The Replies view shows who it was, and that they opted out.
        window.showTab(MainWindow::RepliesTab);
        auto* list = window.findChild<QListView*>(u"conversationsListView"_s);
        QTRY_COMPARE(list->model()->rowCount(), 1);
        QTRY_VERIFY(list->model()->index(0, 0).data().toString().contains(u"opted out"_s));
        QCOMPARE(rowOfText(list->model(), u"Stop"_s), 0);
        // Their window is open (they just wrote), and still no reply goes: they opted out. The screen offers none, and
        // the core refuses one all the same.
        list->setCurrentIndex(list->model()->index(0, 0));
        QTRY_VERIFY(window.findChild<QLabel*>(u"windowLabel"_s)->text().contains(u"opted out"_s));
        QVERIFY(!window.findChild<QPlainTextEdit*>(u"replyPlainTextEdit"_s)->isEnabled());
        QVERIFY(!window.findChild<QPushButton*>(u"sendTemplateReplyButton"_s)->isEnabled());
        OutgoingMessage message;
        message.text = u"Sorry to see you go"_s;
        const Result<qint64> refused
            = Inbox(app->database()).reply(stopped.id, stopped.id, message, QDateTime::currentDateTimeUtc());
        QVERIFY(!refused.isOk());
        QCOMPARE(refused.error(), LeftOut::explanation(LeftOut::Reason::OptedOut));
    }
};

QTEST_MAIN(TestReplies)
#include "tst_replies.moc"
