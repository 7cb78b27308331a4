// The migration assistant as an owner uses it, offscreen, against the demo's sandbox: the plan first, a test message
// through the new sender, Move only once the owner says it arrived, the webhooks pointed, the paused broadcast
// moved with its rows, and Undo taking it back.
#include "fakes/testapp.h"
#include "mainwindow/senderactions.h"
#include "migration/migrationdialog.h"
#include "outbox/outbox.h"
#include "sandbox/sandboxaccounts.h"
#include "secrets/memorysecretstore.h"
#include "util/language.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTest>
#include <QTextBrowser>

using namespace Qt::StringLiterals;

namespace {
Profile sandboxSender(AppContext& app, const QString& kind, const QString& name)
{
    const SandboxAccounts::Credentials c = SandboxAccounts::credentialsFor(kind, app.sandbox()->baseUrl().toString());
    Profile p;
    p.name = name;
    p.kind = kind;
    p.settings = c.settings;
    return addSender(app, p, c.secrets);
}
} // namespace

class TestMigrationDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        Language::install(*qApp, QLocale(u"en"_s)); // as main() does: English plurals read "2 messages"
    }

    void movesAPausedBroadcastAndUndoesIt()
    {
        auto app = makeTestApp(std::make_unique<MemorySecretStore>());
        const Profile twilio = sandboxSender(*app, u"twilio"_s, u"Bakery"_s);
        const Profile d360 = sandboxSender(*app, u"360dialog"_s, u"Bakery on 360dialog"_s);
        Outbox outbox(app->database());
        OutgoingMessage text;
        text.text = u"Fresh bread from 7 tomorrow"_s;
        OutboxBroadcastOptions options;
        options.title = u"Bread news"_s;
        const qint64 broadcast
            = outbox.broadcasts()
                  .create(twilio.id, text, {{u"+14155550301"_s, {}}, {u"+14155550302"_s, {}}}, options)
                  .value();
        QVERIFY(outbox.broadcasts().pause(broadcast, u"Paused by the owner."_s).isOk());

        SenderActions actions(app->services());
        const QString receiver = u"http://127.0.0.1:8765"_s;
        MigrationDialog dialog(app->services(), twilio, d360, receiver, actions);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTRY_VERIFY(!dialog.isReadingPlan()); // read off the window's thread
        const QString plan = dialog.findChild<QTextBrowser*>(u"migrationPlanBrowser"_s)->toPlainText();
        QVERIFY2(plan.contains(u"Turn off two-step verification at Twilio"_s), qPrintable(plan));
        QVERIFY2(plan.contains(u"Bread news: 2 messages move"_s), qPrintable(plan));
        auto* move = dialog.findChild<QPushButton*>(u"moveNowButton"_s);
        auto* undo = dialog.findChild<QPushButton*>(u"undoMoveButton"_s);
        auto* status = dialog.findChild<QLabel*>(u"migrationStatusLabel"_s);
        QVERIFY(!move->isEnabled()); // not before the owner says the number works
        QVERIFY(!undo->isEnabled());
        // 360dialog registers the number in its own console: no PIN asked here.
        QVERIFY(!dialog.findChild<QPushButton*>(u"registerNumberButton"_s)->isVisible());

        QTest::keyClicks(dialog.findChild<QLineEdit*>(u"testNumberLineEdit"_s), u"+14155550399"_s);
        QTest::mouseClick(dialog.findChild<QPushButton*>(u"sendTestButton"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(u"left through"_s), 10000);
        QCOMPARE(app->sandbox()->state().acceptedFor(u"+14155550399"_s), 1);
        QCOMPARE(app->sandbox()->state().messages(u"360dialog"_s).size(), 1); // through the new sender

        dialog.findChild<QCheckBox*>(u"numberWorksCheckBox"_s)->setChecked(true);
        QVERIFY(move->isEnabled());
        QTest::mouseClick(move, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(undo->isEnabled(), 10000);
        QVERIFY2(status->text().contains(u"Moved 1 broadcast"_s), qPrintable(status->text()));
        QCOMPARE(app->sandbox()->state().dialog360Webhook().url, receiver + u"/keyed/%1"_s.arg(d360.id));
        QCOMPARE(senderOf(*app, broadcast), d360.id);
        QCOMPARE(rowsOf(*app, d360.id), 2);
        QCOMPARE(outbox.broadcasts().find(broadcast).value().state, Broadcast::State::Paused);
        QVERIFY(!app->services().data.profiles.findByName(u"Bakery"_s).isOk()); // archived

        QTest::mouseClick(undo, Qt::LeftButton);
        QVERIFY2(status->text().contains(u"undone"_s), qPrintable(status->text()));
        QCOMPARE(senderOf(*app, broadcast), twilio.id);
        QCOMPARE(rowsOf(*app, twilio.id), 2);
        QVERIFY(app->services().data.profiles.findByName(u"Bakery"_s).isOk());
    }

    // To Meta's Cloud API the number must be registered with a PIN the owner chooses before it can send: the
    // assistant asks for it, checks it is 6 digits, registers, and forgets it.
    void registersANumberThatMovedToMeta()
    {
        auto app = makeTestApp(std::make_unique<MemorySecretStore>());
        const Profile twilio = sandboxSender(*app, u"twilio"_s, u"Bakery"_s);
        const SandboxAccounts::Credentials c
            = SandboxAccounts::credentialsFor(u"meta_cloud"_s, app->sandbox()->baseUrl().toString());
        Profile moved;
        moved.name = u"Bakery on Meta"_s;
        moved.kind = u"meta_cloud"_s;
        moved.settings = c.settings;
        moved.settings.insert(u"phone_number_id"_s, QString::fromUtf16(SandboxAccounts::metaSecondPhoneNumberId));
        moved.settings.insert(u"waba_id"_s, QString::fromUtf16(SandboxAccounts::metaSecondWabaId));
        moved = addSender(*app, moved, c.secrets);

        SenderActions actions(app->services());
        MigrationDialog dialog(app->services(), twilio, moved, QString(), actions);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTRY_VERIFY(!dialog.isReadingPlan()); // read off the window's thread
        const QString plan = dialog.findChild<QTextBrowser*>(u"migrationPlanBrowser"_s)->toPlainText();
        QVERIFY2(plan.contains(u"Register the number at Meta"_s), qPrintable(plan));
        auto* pin = dialog.findChild<QLineEdit*>(u"registrationPinLineEdit"_s);
        auto* registerButton = dialog.findChild<QPushButton*>(u"registerNumberButton"_s);
        auto* status = dialog.findChild<QLabel*>(u"migrationStatusLabel"_s);
        QVERIFY(registerButton->isVisible());
        QCOMPARE(pin->echoMode(), QLineEdit::Password);

        QTest::keyClicks(pin, u"48a29"_s); // the letter is not taken
        QCOMPARE(pin->text(), u"4829"_s);
        QTest::mouseClick(registerButton, Qt::LeftButton);
        QVERIFY2(status->text().contains(u"6 digits"_s), qPrintable(status->text()));
        QVERIFY(
            app->sandbox()->state().registrationPin(moved.settings.value(u"phone_number_id"_s).toString()).isEmpty());

        QTest::keyClicks(pin, u"16"_s);
        QTest::mouseClick(registerButton, Qt::LeftButton);
        QVERIFY(pin->text().isEmpty()); // held no longer than the request
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(u"is registered"_s), 10000);
        QCOMPARE(app->sandbox()->state().registrationPin(QString::fromUtf16(SandboxAccounts::metaSecondPhoneNumberId)),
            u"482916"_s);
        QVERIFY(app->sandbox()->state().isSubscribed(QString::fromUtf16(SandboxAccounts::metaSecondWabaId)));
    }

    // The new sender lacks a template a broadcast needs: the assistant submits a copy at the new provider, linked to
    // the original, and the broadcast waits for WhatsApp's approval instead of failing later.
    void createsTheMissingTemplates()
    {
        auto app = makeTestApp(std::make_unique<MemorySecretStore>());
        const Profile twilio = sandboxSender(*app, u"twilio"_s, u"Salon"_s);
        const Profile d360 = sandboxSender(*app, u"360dialog"_s, u"Salon on 360dialog"_s);
        const QString sid = u"HX0123456789abcdef0123456789abcd02"_s;
        MessageTemplate content;
        content.provider = u"twilio"_s;
        content.style = TemplateStyle::ContentSid;
        content.profileId = twilio.id;
        content.providerId = sid;
        content.name = u"Pickup ready"_s;
        content.language = u"en"_s;
        content.status = u"approved"_s;
        content.category = u"utility"_s;
        content.body = u"Hi {{1}}, your order {{2}} is ready for pickup."_s;
        QVERIFY(app->services().data.templates.replace(twilio.id, {content}, 1).isOk());
        OutgoingMessage message;
        message.kind = OutgoingMessage::Kind::ContentTemplate;
        message.contentSid = sid;
        // Paused, so the test app's dispatcher does not send it through Twilio while the assistant is open.
        Outbox outbox(app->database());
        const qint64 waiting = outbox.broadcasts().create(twilio.id, message, {{u"+14155550401"_s, {}}}).value();
        QVERIFY(outbox.broadcasts().pause(waiting, u"Paused by the owner."_s).isOk());

        SenderActions actions(app->services());
        MigrationDialog dialog(app->services(), twilio, d360, QString(), actions);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTRY_VERIFY(!dialog.isReadingPlan()); // read off the window's thread
        auto* create = dialog.findChild<QPushButton*>(u"createTemplatesButton"_s);
        QVERIFY(create->isVisible());
        dialog.findChild<QCheckBox*>(u"numberWorksCheckBox"_s)->setChecked(true);
        QVERIFY(!dialog.findChild<QPushButton*>(u"moveNowButton"_s)->isEnabled()); // the template is missing

        QTest::mouseClick(create, Qt::LeftButton);
        auto* status = dialog.findChild<QLabel*>(u"migrationStatusLabel"_s);
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(u"Submitted"_s), 10000);
        QTRY_VERIFY(!dialog.isReadingPlan());
        bool submitted = false;
        for (const SandboxTemplate& t : app->sandbox()->state().templates(u"360dialog"_s))
            submitted = submitted || (t.name == u"pickup_ready"_s && t.submitted.contains(u"components"_s));
        QVERIFY(submitted);
        QCOMPARE(app->services().data.templates.linkedIn(twilio.id, sid, d360.id).value(), u"pickup_ready|en"_s);
        QVERIFY(!create->isVisible()); // nothing missing any more: it waits for the review
        const QString plan = dialog.findChild<QTextBrowser*>(u"migrationPlanBrowser"_s)->toPlainText();
        QVERIFY2(plan.contains(u"cannot be sent yet"_s), qPrintable(plan));
        QVERIFY(!dialog.findChild<QPushButton*>(u"moveNowButton"_s)->isEnabled());
    }

private:
    static qint64 senderOf(AppContext& app, qint64 broadcast)
    {
        QSqlQuery q(app.database().connection());
        q.prepare(u"SELECT profile_id FROM broadcasts WHERE id = ?"_s);
        q.addBindValue(broadcast);
        return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
    }
    static int rowsOf(AppContext& app, qint64 profileId)
    {
        QSqlQuery q(app.database().connection());
        q.prepare(u"SELECT COUNT(*) FROM outbox WHERE profile_id = ? AND state = 'queued'"_s);
        q.addBindValue(profileId);
        return q.exec() && q.next() ? q.value(0).toInt() : -1;
    }
};

QTEST_MAIN(TestMigrationDialog)
#include "tst_migrationdialog.moc"
