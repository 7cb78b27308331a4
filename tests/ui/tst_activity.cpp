// Broadcast activity: the broadcast list and the paged recipient table under QAbstractItemModelTester, pages
// fetched as the view scrolls (never the whole broadcast), live refreshes that change only what changed, a
// scheduled broadcast that waits for its time, and Pause / Resume / Cancel / Retry failed / Retry through another
// sender driven from the view against the sandbox.
#include "activity/activityview.h"
#include "activity/broadcastlistmodel.h"
#include "activity/recipienttablemodel.h"
#include "common/messagebox.h"
#include "contacts/contactrepository.h"
#include "fakes/outsidetandem.h"
#include "fakes/sandboxprofiles.h"
#include "fakes/testapp.h"
#include "outbox/outbox.h"
#include "profiles/profilerepository.h"
#include "secrets/memorysecretstore.h"
#include "services/dataservices.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QList<Recipient> numbers(int count)
{
    QList<Recipient> recipients;
    for (int i = 0; i < count; ++i)
        recipients << Recipient {u"+1415555%1"_s.arg(i, 4, 10, QChar(u'0')), {}};
    return recipients;
}

OutgoingMessage text(const QString& body)
{
    OutgoingMessage m;
    m.kind = OutgoingMessage::Kind::Text;
    m.text = body;
    return m;
}

// The test claims rows itself, as a worker would.
const Outbox::Lease kLease {QStringLiteral("test"), std::numeric_limits<qint64>::max() / 2};

int count(const BroadcastListModel& model, int row, OutboxState state)
{
    return model.summary(row).counts.value(state);
}

// Taken by the provider: accepted, or further already (the demo's sandbox reports sent, delivered and read).
int takenCount(const BroadcastListModel& model, int row)
{
    const QHash<OutboxState, int> counts = model.summary(row).counts;
    return counts.value(OutboxState::Accepted) + counts.value(OutboxState::Sent) + counts.value(OutboxState::Delivered)
        + counts.value(OutboxState::Read);
}

bool isTaken(const QString& stateText)
{
    return QStringList {u"Accepted"_s, u"Sent"_s, u"Delivered"_s, u"Read"_s}.contains(stateText);
}
} // namespace

class TestActivity : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void recipientModelFetchesPagesAndRefreshesChangedRows()
    {
        auto app = makeTestApp(std::make_unique<MemorySecretStore>());
        app->sending().stopAndWait(5000); // this test moves the rows itself
        Outbox& outbox = app->services().data.outbox;
        const Profile sender = addSender(*app, metaSandboxProfile(app->sandbox()->baseUrl()), metaSandboxSecrets());
        const qint64 id
            = outbox.broadcasts().create(sender.id, text(u"Hello"_s), numbers(1234), outsideTandem()).value();

        // One of them is a contact with a name: the owner reads it beside the number.
        Contact gabriela;
        gabriela.phone = u"+14155550001"_s;
        gabriela.name = u"Gabriela Souza"_s;
        QVERIFY(app->services().data.contacts.insert(gabriela).isOk());
        RecipientTableModel model(outbox, app->services().data.contacts);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setBroadcast(id);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 500);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 1000);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 1234);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(model.index(0, RecipientTableModel::RecipientColumn).data().toString(), u"+14155550000"_s);
        QCOMPARE(model.index(1233, RecipientTableModel::RecipientColumn).data().toString(), u"+14155551233"_s);
        QCOMPARE(model.index(7, RecipientTableModel::StateColumn).data().toString(), u"Waiting"_s);
        QCOMPARE(model.index(1, RecipientTableModel::NameColumn).data().toString(), u"Gabriela Souza"_s);
        QCOMPARE(model.index(0, RecipientTableModel::NameColumn).data().toString(), QString());

        // Two rows go out: one accepted, one refused by the provider with its code and explanation.
        const QList<OutboxRow> claimed
            = outbox.queue().claimDue(sender.id, 2, QDateTime::currentMSecsSinceEpoch(), kLease).value();
        QCOMPARE(claimed.size(), 2);
        Outbox::Completion ok;
        ok.row = claimed.at(0);
        ok.providerMessageId = u"wamid.1"_s;
        ok.decision.state = OutboxState::Accepted;
        ok.atMs = QDateTime::currentMSecsSinceEpoch();
        Outbox::Completion refused = ok;
        refused.row = claimed.at(1);
        refused.providerMessageId.clear();
        refused.error.errorClass = ErrorClass::PolicyBlocked;
        refused.error.code = u"131049"_s;
        refused.error.explanation = u"Meta held this <b>marketing</b> message back."_s;
        refused.decision.state = OutboxState::Failed;
        QVERIFY(outbox.queue().record({ok, refused}, kLease.owner).isOk());

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(model.refresh().isEmpty());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 0);
        QCOMPARE(changed.first().at(1).toModelIndex().row(), 1);
        QCOMPARE(model.index(0, RecipientTableModel::StateColumn).data().toString(), u"Accepted"_s);
        QCOMPARE(model.index(1, RecipientTableModel::StateColumn).data().toString(), u"Failed"_s);
        // The kind of problem in plain words (never an internal name), with the provider's code.
        QCOMPARE(model.index(1, RecipientTableModel::ErrorColumn).data().toString(),
            u"Blocked by WhatsApp's rules (131049)"_s);
        QCOMPARE(model.index(1, RecipientTableModel::ExplanationColumn).data().toString(),
            u"Meta held this <b>marketing</b> message back."_s);
        // The provider's words are shown as they are, never as markup.
        const QString tip = model.index(1, RecipientTableModel::ExplanationColumn).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(u"&lt;b&gt;marketing&lt;/b&gt;"_s) && !tip.contains(u"<b>"_s), qPrintable(tip));

        // Only failures: one row, and nothing more to fetch.
        model.setBroadcast(id, OutboxState::Failed);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, RecipientTableModel::RecipientColumn).data().toString(), u"+14155550001"_s);
        QVERIFY(!model.canFetchMore({}));
    }

    void broadcastListInsertsNewBroadcastsAndCountsScheduledOnes()
    {
        auto app = makeTestApp(std::make_unique<MemorySecretStore>());
        app->sending().stopAndWait(5000);
        Outbox& outbox = app->services().data.outbox;
        const Profile sender = addSender(*app, metaSandboxProfile(app->sandbox()->baseUrl()), metaSandboxSecrets());
        BroadcastListModel model(outbox, app->services().data.profiles);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.refresh().isEmpty());
        QCOMPARE(model.rowCount(), 0);
        const qint64 first
            = outbox.broadcasts().create(sender.id, text(u"First"_s), numbers(3), outsideTandem()).value();
        QVERIFY(model.refresh().isEmpty());
        QCOMPARE(model.rowCount(), 1);

        Outbox::BroadcastOptions later;
        later.title = u"Saturday sale"_s;
        later.scheduledAt = QDateTime::currentDateTime().addSecs(3600);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        const qint64 second
            = outbox.broadcasts().create(sender.id, text(u"Second"_s), numbers(4), outsideTandem(later)).value();
        QVERIFY(model.refresh().isEmpty());
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(model.summary(0).broadcast.id, second);
        QCOMPARE(model.summary(1).broadcast.id, first);
        QCOMPARE(model.summary(0).broadcast.state, Broadcast::State::Scheduled);
        QVERIFY(model.index(0, BroadcastListModel::TitleColumn).data().toString().startsWith(u"Saturday sale"_s));
        QCOMPARE(model.index(0, BroadcastListModel::SenderColumn).data().toString(), sender.name);
        QCOMPARE(model.index(0, BroadcastListModel::WaitingColumn).data().toString(), u"4"_s);
        QCOMPARE(model.index(0, BroadcastListModel::ProgressColumn).data().toString(), u"0 of 4"_s);

        // A scheduled broadcast's rows are not due before its time, and start when it comes.
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QCOMPARE(outbox.queue().claimDue(sender.id, 100, now, kLease).value().size(), 3); // the first broadcast's only
        QCOMPARE(outbox.broadcasts().startScheduled(now).value(), 0);
        QCOMPARE(outbox.broadcasts().startScheduled(now + 3601 * 1000).value(), 1);
        QCOMPARE(outbox.broadcasts().find(second).value().state, Broadcast::State::Running);
        QCOMPARE(outbox.queue().claimDue(sender.id, 100, now + 3601 * 1000, kLease).value().size(), 4);
    }

    void viewFollowsTheDispatcherAndRetriesThroughAnotherSender()
    {
        auto app = makeTestApp(std::make_unique<MemorySecretStore>());
        const Profile meta = addSender(*app, metaSandboxProfile(app->sandbox()->baseUrl()), metaSandboxSecrets());
        const Profile twilio = addSender(*app, twilioSandboxProfile(app->sandbox()->baseUrl()), twilioSandboxSecrets());
        // Meta refuses one customer once, with its per-user marketing limit.
        SandboxFault refuse;
        refuse.kind = SandboxFault::Kind::ProviderError;
        refuse.code = 131049;
        refuse.times = 1;
        app->sandbox()->state().setRecipientFault(u"+14155550001"_s, refuse);

        ActivityView view(app->services());
        view.resize(1000, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const qint64 id = app->services()
                              .data.outbox.broadcasts()
                              .create(meta.id, text(u"Hello"_s), numbers(3), outsideTandem())
                              .value();
        view.selectBroadcast(id);
        BroadcastListModel* list = view.broadcastModel();
        QTRY_COMPARE_WITH_TIMEOUT(list->summary(list->rowOf(id)).broadcast.state, Broadcast::State::Finished, 10000);
        const int row = list->rowOf(id);
        QCOMPARE(takenCount(*list, row), 2);
        QCOMPARE(count(*list, row, OutboxState::Failed), 1);

        // The failure is explained in the recipient table and the detail line.
        auto* recipients = view.findChild<QTableView*>(u"recipientsTableView"_s);
        QTRY_COMPARE(recipients->model()->rowCount(), 3);
        recipients->setCurrentIndex(recipients->model()->index(1, 0));
        const QString detail = view.findChild<QLabel*>(u"recipientDetailLabel"_s)->text();
        QVERIFY2(detail.contains(u"131049"_s) && detail.contains(u"Failed"_s), qPrintable(detail));

        auto* backup = view.findChild<QComboBox*>(u"backupSenderComboBox"_s);
        QCOMPARE(backup->count(), 1); // every sender but the broadcast's own
        QCOMPARE(backup->currentText(), twilio.name);
        auto* retryBackup = view.findChild<QPushButton*>(u"retryBackupButton"_s);
        QVERIFY(retryBackup->isEnabled());
        QTest::mouseClick(retryBackup, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(takenCount(*list, list->rowOf(id)), 3, 10000);
        QCOMPARE(count(*list, list->rowOf(id), OutboxState::Failed), 0);
        const QList<SandboxState::StoredMessage> sent = app->sandbox()->state().messagesTo(u"+14155550001"_s);
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent.first().provider, u"twilio"_s);
        QTRY_VERIFY(isTaken(recipients->model()->index(1, RecipientTableModel::StateColumn).data().toString()));

        // The row counts both attempts, and its history keeps the first failure beside the retry that worked.
        QCOMPARE(recipients->model()->index(1, RecipientTableModel::AttemptsColumn).data().toInt(), 2);
        QCOMPARE(recipients->model()->index(1, RecipientTableModel::ErrorColumn).data().toString(), QString());
        recipients->setCurrentIndex(recipients->model()->index(0, 0));
        recipients->setCurrentIndex(recipients->model()->index(1, 0));
        auto* history = view.findChild<QLabel*>(u"recipientHistoryLabel"_s);
        QTRY_VERIFY(history->text().contains(u"131049"_s));
        const QStringList lines = history->text().split(u'\n');
        QCOMPARE(lines.size(), 3); // a heading and one line per attempt
        QVERIFY2(lines.at(1).contains(meta.name) && lines.at(1).contains(u"Blocked by WhatsApp's rules (131049)"_s),
            qPrintable(lines.at(1)));
        QVERIFY2(lines.at(2).contains(twilio.name) && lines.at(2).contains(u"Taken by the provider"_s),
            qPrintable(lines.at(2)));
        QVERIFY2(view.findChild<QLabel*>(u"recipientDetailLabel"_s)->text().contains(u" after 2 attempt"_s),
            qPrintable(view.findChild<QLabel*>(u"recipientDetailLabel"_s)->text()));
    }

    // Meta cannot be asked what it took: the owner settles unanswered rows from the view, one or all at once.
    void unansweredMessagesAreResentOrDroppedByTheOwner()
    {
        auto app = makeTestApp(std::make_unique<MemorySecretStore>());
        const Profile meta = addSender(*app, metaSandboxProfile(app->sandbox()->baseUrl()), metaSandboxSecrets());
        SandboxFault lost; // the connection closes before Meta took it
        lost.kind = SandboxFault::Kind::Drop;
        lost.times = 1;
        SandboxFault taken = lost; // Meta took it, then the connection closed
        taken.kind = SandboxFault::Kind::DropAfterAccept;
        app->sandbox()->state().setRecipientFault(u"+14155550001"_s, lost);
        app->sandbox()->state().setRecipientFault(u"+14155550002"_s, lost);
        app->sandbox()->state().setRecipientFault(u"+14155550003"_s, taken);

        ActivityView view(app->services());
        view.resize(1000, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const qint64 id = app->services()
                              .data.outbox.broadcasts()
                              .create(meta.id, text(u"Hello"_s), numbers(5), outsideTandem())
                              .value();
        view.selectBroadcast(id);
        BroadcastListModel* list = view.broadcastModel();
        QTRY_COMPARE_WITH_TIMEOUT(count(*list, list->rowOf(id), OutboxState::Unconfirmed), 3, 10000);
        auto* resendAll = view.findChild<QPushButton*>(u"resendUnconfirmedButton"_s);
        auto* dropRow = view.findChild<QPushButton*>(u"dropRecipientButton"_s);
        QTRY_VERIFY(resendAll->isEnabled());

        // The third customer's row says why, and the owner (who knows it arrived) drops it.
        auto* recipients = view.findChild<QTableView*>(u"recipientsTableView"_s);
        QTRY_COMPARE(recipients->model()->rowCount(), 5);
        recipients->setCurrentIndex(recipients->model()->index(3, 0));
        QTRY_COMPARE(
            recipients->model()->index(3, RecipientTableModel::StateColumn).data().toString(), u"Unconfirmed"_s);
        const QString detail = view.findChild<QLabel*>(u"recipientDetailLabel"_s)->text();
        QVERIFY2(detail.contains(u"cannot tell whether it went out"_s), qPrintable(detail));
        QCOMPARE(view.findChild<QLabel*>(u"recipientDetailLabel"_s)->textFormat(), Qt::PlainText);
        QVERIFY(dropRow->isEnabled());
        QTest::mouseClick(dropRow, Qt::LeftButton);
        QTRY_COMPARE(count(*list, list->rowOf(id), OutboxState::Cancelled), 1);

        // The other two are sent again, after the owner confirms.
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(resendAll, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(takenCount(*list, list->rowOf(id)), 4, 10000);
        QCOMPARE(count(*list, list->rowOf(id), OutboxState::Unconfirmed), 0);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(app->sandbox()->state().acceptedFor(numbers(5).at(i).phone), 1);
        QTRY_VERIFY(!resendAll->isEnabled());
    }

    void pauseResumeAndCancelFromTheView()
    {
        auto app = makeTestApp(std::make_unique<MemorySecretStore>());
        Profile slow = metaSandboxProfile(app->sandbox()->baseUrl());
        slow.settings.insert(u"rate_per_second"_s, u"20"_s);
        const Profile meta = addSender(*app, slow, metaSandboxSecrets());
        ActivityView view(app->services());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const qint64 id = app->services()
                              .data.outbox.broadcasts()
                              .create(meta.id, text(u"Hello"_s), numbers(400), outsideTandem())
                              .value();
        view.selectBroadcast(id);
        auto* pause = view.findChild<QPushButton*>(u"pauseButton"_s);
        auto* resume = view.findChild<QPushButton*>(u"resumeButton"_s);
        QTRY_VERIFY(pause->isEnabled());
        QVERIFY(!resume->isEnabled());
        QTest::mouseClick(pause, Qt::LeftButton);
        QCOMPARE(app->services().data.outbox.broadcasts().find(id).value().state, Broadcast::State::Paused);
        QTRY_VERIFY(resume->isEnabled());
        // Paused: after what was in flight lands, nothing more goes out.
        QTest::qWait(600);
        const qint64 accepted = app->sandbox()->state().acceptedTotal();
        QTest::qWait(600);
        QCOMPARE(app->sandbox()->state().acceptedTotal(), accepted);
        QVERIFY(accepted < 400);
        QTest::mouseClick(resume, Qt::LeftButton);
        QTRY_VERIFY(app->sandbox()->state().acceptedTotal() > accepted);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(view.findChild<QPushButton*>(u"cancelBroadcastButton"_s), Qt::LeftButton);
        QCOMPARE(app->services().data.outbox.broadcasts().find(id).value().state, Broadcast::State::Cancelled);
        const QHash<OutboxState, int> counts = app->services().data.outbox.broadcasts().counts(id).value();
        QVERIFY(counts.value(OutboxState::Cancelled) > 0);
        QCOMPARE(counts.value(OutboxState::Queued), 0);
        // The list says how many went out and how many were cancelled, not "400 of 400".
        view.refreshInBackground();
        const QString cancelled = QString::number(counts.value(OutboxState::Cancelled));
        auto* list = view.findChild<QTableView*>(u"broadcastsTableView"_s);
        QTRY_VERIFY2(list->model()
                         ->index(0, BroadcastListModel::ProgressColumn)
                         .data()
                         .toString()
                         .endsWith(u", "_s + cancelled + u" cancelled"_s),
            qPrintable(list->model()->index(0, BroadcastListModel::ProgressColumn).data().toString()));

        // "Cancelled." is about that broadcast: it does not stay under the next one the owner looks at.
        auto* status = view.findChild<QLabel*>(u"activityStatusLabel"_s);
        QCOMPARE(status->text(), u"Cancelled."_s);
        const qint64 next = app->services()
                                .data.outbox.broadcasts()
                                .create(meta.id, text(u"Later"_s), numbers(1), outsideTandem())
                                .value();
        view.selectBroadcast(next);
        QTRY_COMPARE(view.selectedBroadcast(), next);
        QCOMPARE(status->text(), QString());
    }

    // A broadcast stopped at its budget says why; Resume asks for a higher budget and goes on with it.
    void resumeAtABudgetAsksToRaiseIt()
    {
        auto app = makeTestApp(std::make_unique<MemorySecretStore>());
        const Profile meta = addSender(*app, metaSandboxProfile(app->sandbox()->baseUrl()), metaSandboxSecrets());
        ActivityView view(app->services());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        OutboxBroadcastOptions options = outsideTandem();
        options.budgetUsd = 0.01; // North America's service price is US$ 0.0034: two fit, the third would not
        const qint64 id
            = app->services().data.outbox.broadcasts().create(meta.id, text(u"Hello"_s), numbers(10), options).value();
        view.selectBroadcast(id);
        QTRY_COMPARE_WITH_TIMEOUT(
            app->services().data.outbox.broadcasts().find(id).value().state, Broadcast::State::Paused, 10000);
        QVERIFY(app->services().data.outbox.broadcasts().find(id).value().pauseReason.contains(u"budget"_s));
        auto* resume = view.findChild<QPushButton*>(u"resumeButton"_s);
        QTRY_VERIFY(resume->isEnabled());
        MessageBox::setNextText(u"1.50"_s);
        QTest::mouseClick(resume, Qt::LeftButton);
        QCOMPARE(*app->services().data.budgets.broadcast(id).value().budget, 1.5);
        QTRY_COMPARE_WITH_TIMEOUT(
            app->services().data.outbox.broadcasts().find(id).value().state, Broadcast::State::Finished, 10000);
        QCOMPARE(app->sandbox()->state().acceptedTotal(), 10);
    }
};

QTEST_MAIN(TestActivity)
#include "tst_activity.moc"
