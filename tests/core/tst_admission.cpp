// The owner's rules, held at every door by Admission: the rules themselves (opt-outs with no override, marketing
// opt-outs for marketing templates only, the 24-hour window for free text, media and buttons, the one confirmation
// of a STOP), what the contacts' records say, the recorded way back in, and the dispatcher's last look before each
// row goes out, against the sandbox: a STOP that arrives while a broadcast runs, a window that closes while a
// scheduled broadcast waits, a retry after an opt-out.
#include "admission/admission.h"
#include "consent/consentlog.h"
#include "consent/optouts.h"
#include "contacts/contactrepository.h"
#include "inbox/inboxledger.h"
#include "model/customerwindow.h"
#include "model/outgoingmessagejson.h"
#include "outbox/outbox.h"
#include "profiles/profilerepository.h"
#include "profiles/profileservice.h"
#include "providers/providerregistry.h"
#include "sandbox/sandboxserver.h"
#include "secrets/memorysecretstore.h"
#include "storage/database.h"
#include "worker/outboxworker.h"

#include "fakes/sandboxprofiles.h"
#include "fakes/savesender.h"
#include "fakes/testdatabase.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(OutgoingMessage)

namespace {
const QDateTime kNow = QDateTime(QDate(2026, 12, 3), QTime(12, 0), Qt::UTC);

OutgoingMessage freeText()
{
    OutgoingMessage m;
    m.text = u"Your order is ready"_s;
    return m;
}

OutgoingMessage templateMessage()
{
    OutgoingMessage m;
    m.kind = OutgoingMessage::Kind::Template;
    m.templateName = u"order_update"_s;
    m.languageCode = u"en"_s;
    m.variables = {{u"1"_s, u"Ann"_s}, {u"2"_s, u"#1234"_s}};
    return m;
}

OutgoingMessage buttons()
{
    OutgoingMessage m;
    m.kind = OutgoingMessage::Kind::InteractiveButtons;
    m.text = u"Is Tuesday fine?"_s;
    m.replyButtons = {{u"yes"_s, u"Yes"_s}, {u"no"_s, u"No"_s}};
    return m;
}

// Reply buttons as Twilio carries them: a Content made for the broadcast, stored with the broadcast as JSON and read
// back by the dispatcher's last look.
OutgoingMessage buttonsAsContent()
{
    OutgoingMessage m;
    m.kind = OutgoingMessage::Kind::ContentTemplate;
    m.contentSid = u"HX0123456789abcdef0123456789abcdef"_s;
    m.text = u"Is Tuesday fine?"_s;
    m.contentNeedsWindow = true;
    return outgoingMessageFromJson(outgoingMessageToJson(m));
}

OutgoingMessage approvedContent()
{
    OutgoingMessage m;
    m.kind = OutgoingMessage::Kind::ContentTemplate;
    m.contentSid = u"HX0123456789abcdef0123456789abcdef"_s;
    return outgoingMessageFromJson(outgoingMessageToJson(m));
}

ConsentFacts::Facts wroteHoursAgo(int hours)
{
    ConsentFacts::Facts f;
    f.lastInboundAt = kNow.addSecs(-hours * 3600);
    return f;
}
} // namespace

class TestAdmission : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_sandbox.start() != 0);
    }

    void init()
    {
        m_sandbox.state().reset();
        QVERIFY(m_db.open(testDatabase(m_dir, u"admission-%1"_s.arg(++m_counter))).isOk());
        m_profiles = std::make_unique<ProfileRepository>(m_db, m_registry);
        m_service = std::make_unique<ProfileService>(*m_profiles, m_registry, m_secrets);
        m_outbox = std::make_unique<Outbox>(m_db);
    }
    void cleanup()
    {
        m_outbox.reset();
        m_service.reset();
        m_profiles.reset();
        m_db.close();
    }

    // The rules as the README and WhatsApp state them, one customer at a time.
    void theRules_data()
    {
        QTest::addColumn<OutgoingMessage>("message");
        QTest::addColumn<int>("category");
        QTest::addColumn<bool>("optedOut");
        QTest::addColumn<bool>("marketingOptedOut");
        QTest::addColumn<int>("wroteHoursAgo"); // -1: never
        QTest::addColumn<bool>("ignoreWindow");
        QTest::addColumn<bool>("confirmsOptOut");
        QTest::addColumn<QString>("leftOut"); // empty: they get it
        const int marketing = int(MessageCategory::Marketing);
        const int utility = int(MessageCategory::Utility);
        QTest::newRow("a template reaches anyone")
            << templateMessage() << marketing << false << false << -1 << false << false << QString();
        QTest::newRow("nothing reaches an opted-out customer")
            << templateMessage() << utility << true << false << 2 << false << false << u"opted_out"_s;
        QTest::newRow("not even free text the owner says is fine")
            << freeText() << marketing << true << false << 2 << true << false << u"opted_out"_s;
        QTest::newRow("but the confirmation of their STOP")
            << freeText() << marketing << true << false << -1 << false << true << QString();
        QTest::newRow("no marketing template after they stopped marketing")
            << templateMessage() << marketing << false << true << -1 << false << false << u"marketing_opted_out"_s;
        QTest::newRow("a utility template still reaches them")
            << templateMessage() << utility << false << true << -1 << false << false << QString();
        QTest::newRow("and free text in their window")
            << freeText() << marketing << false << true << 2 << false << false << QString();
        QTest::newRow("free text to someone who never wrote")
            << freeText() << marketing << false << false << -1 << false << false << u"outside_window"_s;
        QTest::newRow("free text 23 hours after their message")
            << freeText() << marketing << false << false << 23 << false << false << QString();
        QTest::newRow("free text 25 hours after")
            << freeText() << marketing << false << false << 25 << false << false << u"outside_window"_s;
        QTest::newRow("reply buttons need the window too")
            << buttons() << marketing << false << false << 25 << false << false << u"outside_window"_s;
        QTest::newRow("and so do buttons sent as a Content made for them")
            << buttonsAsContent() << utility << false << false << 25 << false << false << u"outside_window"_s;
        QTest::newRow("which reach a customer in their window")
            << buttonsAsContent() << utility << false << false << 3 << false << false << QString();
        QTest::newRow("an approved Content reaches anyone")
            << approvedContent() << utility << false << false << -1 << false << false << QString();
        QTest::newRow("free text when they wrote outside Tandem")
            << freeText() << marketing << false << false << -1 << true << false << QString();
    }
    void theRules()
    {
        QFETCH(OutgoingMessage, message);
        QFETCH(int, category);
        QFETCH(bool, optedOut);
        QFETCH(bool, marketingOptedOut);
        QFETCH(int, wroteHoursAgo);
        QFETCH(bool, ignoreWindow);
        QFETCH(bool, confirmsOptOut);
        QFETCH(QString, leftOut);
        Admission::Message rules {message, MessageCategory(category), ignoreWindow, confirmsOptOut};
        ConsentFacts::Facts facts = wroteHoursAgo < 0 ? ConsentFacts::Facts {} : ::wroteHoursAgo(wroteHoursAgo);
        facts.optedOut = optedOut;
        facts.marketingOptedOut = marketingOptedOut;
        const std::optional<LeftOut::Reason> reason = Admission::judge(rules, facts, kNow);
        QCOMPARE(reason ? LeftOut::name(*reason) : QString(), leftOut);
        if (reason) // the same words for people everywhere
            QVERIFY(LeftOut::explanation(*reason).size() > 30);
    }

    // What the contacts' records say, read once for a whole list: only the contacts with something to say.
    void consentFactsComeFromTheContacts()
    {
        ContactRepository contacts(m_db);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const auto& [phone, optedOut, wrote] : {std::tuple {u"+14155550101"_s, true, QDateTime()},
                 std::tuple {u"+14155550102"_s, false, now.addSecs(-3600)},
                 std::tuple {u"+14155550103"_s, false, now.addDays(-3)},
                 std::tuple {u"+14155550104"_s, false, QDateTime()}}) {
            Contact c;
            c.phone = phone;
            c.optedOut = optedOut;
            c.lastInboundAt = wrote;
            QVERIFY(contacts.insert(c).isOk());
        }
        QVERIFY(OptOuts::fromMarketingPreference(m_db.connection(), u"+14155550104"_s, QString(), true, now).isOk());
        const ConsentFacts all = ConsentFacts::load(m_db.connection(), now.addDays(-1)).value();
        QVERIFY(all.of(u"+14155550101"_s).optedOut);
        QVERIFY(all.of(u"+14155550102"_s).lastInboundAt.isValid());
        QVERIFY(!all.of(u"+14155550103"_s).lastInboundAt.isValid()); // three days ago: nothing to say
        QVERIFY(all.of(u"+14155550104"_s).marketingOptedOut);
        const ConsentFacts some
            = ConsentFacts::loadFor(m_db.connection(), {u"+14155550101"_s, u"+14155550103"_s}).value();
        QVERIFY(some.of(u"+14155550101"_s).optedOut);
        QVERIFY(some.of(u"+14155550103"_s).lastInboundAt.isValid());
        QVERIFY(!some.of(u"+14155550102"_s).lastInboundAt.isValid()); // not asked for
    }

    // Back in only as an act of its own: with a reason, recorded with who did it; an edit cannot do it silently.
    void subscribingAgainIsARecordedAct()
    {
        ContactRepository contacts(m_db);
        Contact c;
        c.phone = u"+5511987654321"_s;
        c.name = u"Ana"_s;
        QVERIFY(contacts.insert(c).isOk());
        const qint64 id = contacts.findByPhone(c.phone).value()->id;
        QVERIFY(contacts.markOptedOut({id}, u"the test"_s).isOk());
        // An edit of the contact that leaves the flag off does not take the opt-out back.
        Contact edited = *contacts.findByPhone(c.phone).value();
        edited.optedOut = false;
        edited.name = u"Ana Souza"_s;
        QVERIFY(contacts.update(edited).isOk());
        QVERIFY(contacts.findByPhone(c.phone).value()->optedOut);
        QCOMPARE(contacts.findByPhone(c.phone).value()->name, u"Ana Souza"_s);

        QVERIFY(!contacts.optIn(id, u"  "_s, u"the test"_s).isOk()); // no reason, no change
        QVERIFY(contacts.findByPhone(c.phone).value()->optedOut);
        const Result<bool> back = contacts.optIn(id, u"asked in the shop"_s, u"Tandem window on till-2"_s);
        QVERIFY2(back.isOk(), qPrintable(back.isOk() ? QString() : back.error()));
        QVERIFY(back.value());
        QVERIFY(!contacts.findByPhone(c.phone).value()->optedOut);
        QVERIFY(!contacts.optIn(id, u"again"_s, u"the test"_s).value()); // not opted out: nothing changes

        const QList<ConsentLog::Event> history = ConsentLog::history(m_db.connection(), c.phone).value();
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.at(0).change, ConsentLog::Change::OptedOut);
        QCOMPARE(history.at(0).source, u"owner"_s);
        QCOMPARE(history.at(1).change, ConsentLog::Change::OptedIn);
        QCOMPARE(history.at(1).reason, u"asked in the shop"_s);
        QCOMPARE(history.at(1).byWhom, u"Tandem window on till-2"_s);
    }

    // A customer who writes STOP while a broadcast runs gets none of its remaining rows: the dispatcher's last look
    // skips them, with the reason, and the provider never sees them. The others all get theirs.
    void aStopDuringABroadcastStopsThatCustomersRows()
    {
        const Profile sender = metaSender(u"10"_s); // ten a second: the STOP comes while it runs
        QList<Recipient> list;
        for (int i = 0; i < 40; ++i)
            list.append({u"+1415555%1"_s.arg(i, 4, 10, QChar(u'0')), {{u"1"_s, u"Ann"_s}, {u"2"_s, u"#1"_s}}});
        Outbox::BroadcastOptions options;
        options.category = u"utility"_s;
        const qint64 id = m_outbox->broadcasts().create(sender.id, templateMessage(), list, options).value();
        OutboxWorker worker(m_db, m_registry, *m_service, OutboxWorker::Options {});
        worker.start();
        QTRY_VERIFY_WITH_TIMEOUT(m_outbox->broadcasts().counts(id).value().value(OutboxState::Accepted) >= 5, 10000);
        // The last recipient replies STOP, as the receiver records it.
        InboundMessage stop;
        stop.provider = u"meta_cloud"_s;
        stop.profileId = sender.id;
        stop.messageId = u"wamid.STOP-1"_s;
        stop.from = u"+14155550039"_s;
        stop.text = u"stop"_s;
        stop.receivedAtMs = QDateTime::currentMSecsSinceEpoch();
        QCOMPARE(InboxLedger(m_db).record({stop}).value().optedOut, 1);
        QTRY_VERIFY_WITH_TIMEOUT(m_outbox->broadcasts().find(id).value().state == Broadcast::State::Finished, 20000);
        stopWorker(worker);

        const QHash<OutboxState, int> counts = m_outbox->broadcasts().counts(id).value();
        QCOMPARE(counts.value(OutboxState::Skipped), 1);
        QCOMPARE(outboxReached(counts, 1), 39);
        QCOMPARE(m_sandbox.state().acceptedFor(u"+14155550039"_s), 0);
        const OutboxRow skipped = m_outbox->reads().rows(id, OutboxState::Skipped).value().first();
        QCOMPARE(skipped.recipient, u"+14155550039"_s);
        QCOMPARE(skipped.errorCode, u"opted_out"_s);
        QCOMPARE(skipped.errorExplanation, LeftOut::explanation(LeftOut::Reason::OptedOut));
        QCOMPARE(skipped.attempts, 0); // nothing was attempted
    }

    // Free text queued for a customer whose window was open then, and closes before the scheduled broadcast starts:
    // skipped as outside the window. A retry after an opt-out is held to the rules the same way.
    void rowsAreJudgedWhenTheirTurnComes()
    {
        const Profile sender = metaSender(u"0"_s);
        ContactRepository contacts(m_db);
        Contact closing;
        closing.phone = u"+14155550201"_s;
        closing.lastInboundAt = QDateTime::currentDateTimeUtc().addSecs(-CustomerWindow::kSeconds + 2);
        QVERIFY(contacts.insert(closing).isOk());
        Contact open;
        open.phone = u"+14155550202"_s;
        open.lastInboundAt = QDateTime::currentDateTimeUtc().addSecs(-3600);
        QVERIFY(contacts.insert(open).isOk());
        Outbox::BroadcastOptions later;
        later.scheduledAt = QDateTime::currentDateTimeUtc().addSecs(4);
        const qint64 id = m_outbox->broadcasts()
                              .create(sender.id, freeText(), {{closing.phone, {}}, {open.phone, {}}}, later)
                              .value();
        OutboxWorker worker(m_db, m_registry, *m_service, OutboxWorker::Options {});
        worker.start();
        QTRY_VERIFY_WITH_TIMEOUT(m_outbox->broadcasts().find(id).value().state == Broadcast::State::Finished, 15000);
        QCOMPARE(m_sandbox.state().acceptedFor(open.phone), 1);
        QCOMPARE(m_sandbox.state().acceptedFor(closing.phone), 0);
        const OutboxRow skipped = m_outbox->reads().rows(id, OutboxState::Skipped).value().first();
        QCOMPARE(skipped.errorCode, u"outside_window"_s);

        // A failed row retried after the customer opted out is skipped too.
        m_sandbox.configure({{u"recipients"_s,
            QJsonObject {{u"+14155550203"_s,
                QJsonObject {{u"kind"_s, u"provider_error"_s}, {u"code"_s, 131026}, {u"times"_s, 1}}}}}});
        const qint64 failing
            = m_outbox->broadcasts().create(sender.id, templateMessage(), {{u"+14155550203"_s, {}}}).value();
        QTRY_VERIFY_WITH_TIMEOUT(
            m_outbox->broadcasts().find(failing).value().state != Broadcast::State::Running, 15000);
        Contact later203;
        later203.phone = u"+14155550203"_s;
        later203.optedOut = true;
        QVERIFY(contacts.insert(later203).isOk());
        QVERIFY(m_outbox->broadcasts().retryFailed(failing).isOk());
        QTRY_VERIFY_WITH_TIMEOUT(m_outbox->broadcasts().counts(failing).value().value(OutboxState::Skipped) == 1
                || m_outbox->broadcasts().counts(failing).value().value(OutboxState::Accepted) == 1,
            15000);
        QCOMPARE(m_outbox->broadcasts().counts(failing).value().value(OutboxState::Skipped), 1);
        stopWorker(worker);
    }

private:
    Profile metaSender(const QString& rate)
    {
        Profile p = metaSandboxProfile(m_sandbox.baseUrl());
        p.settings.insert(u"rate_per_second"_s, rate);
        return saveSender(*m_service, p, metaSandboxSecrets());
    }

    static void stopWorker(OutboxWorker& worker)
    {
        QSignalSpy stopped(&worker, &OutboxWorker::stopped);
        worker.stop();
        if (stopped.isEmpty())
            QVERIFY(stopped.wait(10000));
    }

    QTemporaryDir m_dir;
    int m_counter = 0;
    SandboxServer m_sandbox;
    Database m_db;
    const ProviderRegistry m_registry = ProviderRegistry::builtin();
    MemorySecretStore m_secrets;
    std::unique_ptr<ProfileRepository> m_profiles;
    std::unique_ptr<ProfileService> m_service;
    std::unique_ptr<Outbox> m_outbox;
};

QTEST_GUILESS_MAIN(TestAdmission)
#include "tst_admission.moc"
