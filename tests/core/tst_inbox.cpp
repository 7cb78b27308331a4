// Hearing the customer: opt-out keywords in the languages Tandem ships; customers' messages linked to contacts
// (new numbers become contacts tagged "inbound", business-scoped IDs without a number too) and kept once; the
// 24-hour window on both sides of its end; STOP and START; the provider errors that opt out (Twilio 21610, Meta
// 131050 for marketing only) and Meta's user preferences; conversations, threads and replies; Twilio's inbound
// messages fetched without a receiver.
#include "broadcast/audience.h"
#include "broadcast/preflight.h"
#include "consent/optoutkeywords.h"
#include "contacts/contactrepository.h"
#include "contacts/ownnumbers.h"
#include "inbox/inbox.h"
#include "inbox/inboxledger.h"
#include "outbox/outbox.h"
#include "outbox/statusledger.h"
#include "pricing/comparisondata.h"
#include "profiles/profilerepository.h"
#include "profiles/profileservice.h"
#include "providers/providerregistry.h"
#include "sandbox/sandboxserver.h"
#include "secrets/memorysecretstore.h"
#include "storage/database.h"
#include "storage/writetransaction.h"
#include "templates/templatecatalogue.h"
#include "worker/outboxworker.h"

#include "fakes/sandboxprofiles.h"
#include "fakes/savesender.h"
#include "fakes/testdatabase.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QDateTime kNoon = QDateTime(QDate(2026, 11, 30), QTime(12, 0), Qt::UTC);

InboundMessage inbound(const QString& id, const QString& from, const QString& text, qint64 atMs = 0)
{
    InboundMessage m;
    m.provider = u"twilio"_s;
    m.profileId = 1;
    m.messageId = id;
    m.from = from;
    m.text = text;
    m.profileName = u"Ann"_s;
    m.receivedAtMs = atMs > 0 ? atMs : kNoon.toMSecsSinceEpoch();
    return m;
}
} // namespace

class TestInbox : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        QVERIFY(m_db.open(testDatabase(m_dir, u"inbox-%1"_s.arg(++m_counter))).isOk());
        m_profiles = std::make_unique<ProfileRepository>(m_db, m_registry);
        m_service = std::make_unique<ProfileService>(*m_profiles, m_registry, m_secrets);
    }
    void cleanup()
    {
        m_service.reset();
        m_profiles.reset();
        m_db.close();
    }

    void keywords_data()
    {
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("meaning");
        const int stop = int(OptOutKeywords::Meaning::Stop);
        const int start = int(OptOutKeywords::Meaning::Start);
        const int none = int(OptOutKeywords::Meaning::None);
        QTest::newRow("STOP") << u"STOP"_s << stop;
        QTest::newRow("lower case, punctuation") << u"  stop!! "_s << stop;
        QTest::newRow("with an emoji") << u"Stop 🙏"_s << stop;
        QTest::newRow("unsubscribe") << u"Unsubscribe."_s << stop;
        QTest::newRow("stop all, two words") << u"stop all"_s << stop;
        QTest::newRow("Spanish") << u"Baja"_s << stop;
        QTest::newRow("Spanish, phrase") << u"dar de baja"_s << stop;
        QTest::newRow("Portuguese") << u"PARAR"_s << stop;
        QTest::newRow("Portuguese, sair") << u"Sair"_s << stop;
        QTest::newRow("French, accents") << u"Arrêt"_s << stop;
        QTest::newRow("German, umlaut") << u"Kündigen"_s << stop;
        QTest::newRow("a sentence is not a keyword") << u"stop the music"_s << none;
        QTest::newRow("nor a longer word") << u"STOPPING"_s << none;
        QTest::newRow("nor letters apart") << u"S T O P"_s << none;
        QTest::newRow("a question") << u"Can I stop my order?"_s << none;
        QTest::newRow("START") << u"start"_s << start;
        QTest::newRow("YES") << u"Yes."_s << start;
        QTest::newRow("UNSTOP") << u"Unstop"_s << start;
        QTest::newRow("empty") << QString() << none;
        QTest::newRow("emoji only") << u"👍"_s << none;
    }
    void keywords()
    {
        QFETCH(QString, message);
        QFETCH(int, meaning);
        QCOMPARE(int(OptOutKeywords::builtin().classify(message)), meaning);
    }

    void aNewNumberBecomesAContactAndOpensTheWindow()
    {
        InboxLedger ledger(m_db);
        const Result<InboxLedger::Outcome> first = ledger.record({inbound(u"SM1"_s, u"+14155550100"_s, u"Hi!"_s)});
        QVERIFY2(first.isOk(), qPrintable(first.error()));
        QCOMPARE(first.value().stored, 1);
        QCOMPARE(first.value().newContacts, 1);
        // The same message again (providers deliver at least once) is kept once.
        QCOMPARE(ledger.record({inbound(u"SM1"_s, u"+14155550100"_s, u"Hi!"_s)}).value().stored, 0);
        const Contact c = contact(u"+14155550100"_s);
        QCOMPARE(c.name, u"Ann"_s);
        QVERIFY(c.tags.contains(u"inbound"_s));
        QCOMPARE(c.lastInboundAt, kNoon);
        // An older message arriving late does not move the window back.
        ledger.record({inbound(u"SM0"_s, u"+14155550100"_s, u"earlier"_s, kNoon.addSecs(-3600).toMSecsSinceEpoch())});
        QCOMPARE(contact(u"+14155550100"_s).lastInboundAt, kNoon);
    }

    // The owner sent a test to their own phone and writes back from it: that is "You", not a customer, and "Every
    // contact" leaves it out; a customer imported before the owner tested with their number is left out too.
    void theOwnersOwnNumberIsNotACustomer()
    {
        OwnNumbers own(m_db);
        QVERIFY(own.remember(u"whatsapp:+447911123456"_s).isOk()); // as Twilio names the recipient
        QVERIFY(own.remember(u"+44 7911 123456"_s).isOk()); // the same number again is kept once
        QVERIFY(own.remember(u"not a number"_s).isOk()); // and nothing is kept for what is not one
        QCOMPARE(own.all().value(), QStringList {u"+447911123456"_s});

        InboxLedger ledger(m_db);
        QVERIFY(ledger
                    .record({inbound(u"SM1"_s, u"+447911123456"_s, u"Got it!"_s),
                        inbound(u"SM2"_s, u"+14155550100"_s, u"Hi!"_s)})
                    .isOk());
        const Contact me = contact(u"+447911123456"_s);
        QCOMPARE(me.name, u"You"_s);
        QVERIFY(me.ownNumber);
        QVERIFY(me.tags.contains(u"inbound"_s));
        QVERIFY(!contact(u"+14155550100"_s).ownNumber);

        ContactRepository contacts(m_db);
        Audience every;
        const QList<Contact> everyone = every.resolve(contacts).value();
        QCOMPARE(everyone.size(), 1);
        QCOMPARE(everyone.first().phone, u"+14155550100"_s);
        Audience tagged;
        tagged.kind = Audience::Kind::Tags;
        tagged.tags = {u"inbound"_s};
        QCOMPARE(tagged.resolve(contacts).value().size(), 2); // chosen by tag, the owner's number is in

        // A customer already on the list, whose number the owner then tests with, is the owner's from then on.
        QVERIFY(own.remember(u"+14155550100"_s).isOk());
        QVERIFY(every.resolve(contacts).value().isEmpty());
        QCOMPARE(contact(u"+14155550100"_s).name, u"Ann"_s); // their name is not touched
    }

    // The window is 24 hours from their last message, to the minute.
    void theWindowOnBothSidesOfTwentyFourHours()
    {
        Contact c;
        c.phone = u"+14155550100"_s;
        QVERIFY(!c.windowOpen(kNoon)); // never wrote
        c.lastInboundAt = kNoon;
        QVERIFY(c.windowOpen(kNoon.addSecs(24 * 3600 - 60)));
        QVERIFY(!c.windowOpen(kNoon.addSecs(24 * 3600 + 60)));
        QCOMPARE(c.windowClosesAt(), kNoon.addDays(1));

        // Pre-flight: free text goes to those inside the window only; a template to everyone.
        ComparisonData prices = ComparisonData::builtin().value();
        Contact late = c;
        late.phone = u"+14155550101"_s;
        late.lastInboundAt = kNoon.addSecs(-3600);
        Preflight::Input input;
        input.message.text = u"Hello"_s;
        input.audience = {c, late};
        input.now = kNoon.addSecs(23 * 3600 + 1800); // 23.5 h after c wrote, 24.5 h after late did
        PreflightReport report = Preflight::check(input, prices);
        QCOMPARE(report.sendable.size(), 1);
        QCOMPARE(report.sendable.first().phone, c.phone);
        QCOMPARE(report.outsideWindow.size(), 1);
        input.message.kind = OutgoingMessage::Kind::Template;
        input.message.templateName = u"order_update"_s;
        QCOMPARE(Preflight::check(input, prices).sendable.size(), 2);
    }

    void stopOptsOutAndStartOptsBackIn()
    {
        InboxLedger ledger(m_db);
        const auto confirmation = [](qint64) {
            return u"You won't hear from us again. Write START to come back."_s;
        };
        InboxLedger::Outcome stop
            = ledger.record({inbound(u"SM2"_s, u"+14155550100"_s, u"Stop."_s)}, confirmation).value();
        QCOMPARE(stop.optedOut, 1);
        QCOMPARE(stop.confirmations.size(), 1);
        QCOMPARE(stop.confirmations.first().recipient, u"+14155550100"_s);
        Contact c = contact(u"+14155550100"_s);
        QVERIFY(c.optedOut);
        QCOMPARE(c.optedOutAt, kNoon);
        QCOMPARE(c.optedOutSource, u"keyword:STOP"_s);
        // A second STOP changes nothing and sends no second confirmation.
        QCOMPARE(
            ledger.record({inbound(u"SM3"_s, u"+14155550100"_s, u"STOP"_s)}, confirmation).value().confirmations.size(),
            0);
        // Opted out, they are left out of the next broadcast, and pre-flight says why.
        Preflight::Input input;
        input.message.kind = OutgoingMessage::Kind::Template;
        input.audience = {c};
        input.now = kNoon;
        QCOMPARE(Preflight::check(input, ComparisonData::builtin().value()).optedOut.size(), 1);

        QCOMPARE(ledger.record({inbound(u"SM4"_s, u"+14155550100"_s, u"START"_s)}).value().optedIn, 1);
        c = contact(u"+14155550100"_s);
        QVERIFY(!c.optedOut);
        QCOMPARE(c.optInSource, u"keyword:START"_s);
    }

    // Since 2026 Meta may leave the number out: the business-scoped user ID keeps the customer apart.
    void aCustomerWithoutANumberIsKeptByTheirUserId()
    {
        InboxLedger ledger(m_db);
        InboundMessage m = inbound(u"wamid.U1"_s, QString(), u"Hello"_s);
        m.provider = u"meta_cloud"_s;
        m.userId = u"US.13491208655302741918"_s;
        QCOMPARE(ledger.record({m}).value().newContacts, 1);
        m.messageId = u"wamid.U2"_s;
        QCOMPARE(ledger.record({m}).value().newContacts, 0); // the same customer
        // When a later message brings the number too, it is the contact of that number that keeps the ID.
        ContactRepository contacts(m_db);
        Contact known;
        known.phone = u"+16505551234"_s;
        contacts.insert(known);
        InboundMessage both = inbound(u"wamid.U3"_s, u"+16505551234"_s, u"it's me"_s);
        both.userId = u"US.99"_s;
        ledger.record({both});
        QCOMPARE(contact(u"+16505551234"_s).userId, u"US.99"_s);
    }

    // Twilio 21610 (they replied STOP to Twilio) opts out of everything; Meta 131050 out of marketing only.
    void providerErrorsOptOut()
    {
        const qint64 twilio
            = saveSender(*m_service, twilioSandboxProfile(QUrl(u"http://127.0.0.1:9"_s)), twilioSandboxSecrets()).id;
        const qint64 meta
            = saveSender(*m_service, metaSandboxProfile(QUrl(u"http://127.0.0.1:9"_s)), metaSandboxSecrets()).id;
        ContactRepository contacts(m_db);
        for (const QString& phone : {u"+14155550100"_s, u"+14155550101"_s}) {
            Contact c;
            c.phone = phone;
            contacts.insert(c);
        }
        Outbox outbox(m_db);
        OutgoingMessage m;
        m.text = u"Hi"_s;
        outbox.broadcasts().create(twilio, m, {{u"+14155550100"_s, {}}});
        const QList<OutboxRow> rows = outbox.queue().claimDue(twilio, 1, 1000, {u"w"_s, 1LL << 50}).value();
        Outbox::Completion refused;
        refused.row = rows.first();
        refused.sentThroughProfileId = twilio;
        refused.error.errorClass = ErrorClass::OptedOut;
        refused.error.code = u"21610"_s;
        refused.decision.state = OutboxState::Failed;
        refused.atMs = 2000;
        QVERIFY(outbox.queue().record({refused}, u"w"_s).isOk());
        Contact c = contact(u"+14155550100"_s);
        QVERIFY(c.optedOut);
        QCOMPARE(c.optedOutSource, u"error:twilio:21610"_s);

        // Meta reports 131050 after accepting the message, in a failed status.
        outbox.broadcasts().create(meta, m, {{u"+14155550101"_s, {}}});
        const QList<OutboxRow> metaRows = outbox.queue().claimDue(meta, 1, 1000, {u"w"_s, 1LL << 50}).value();
        Outbox::Completion accepted;
        accepted.row = metaRows.first();
        accepted.sentThroughProfileId = meta;
        accepted.providerMessageId = u"wamid.M1"_s;
        accepted.decision.state = OutboxState::Accepted;
        accepted.atMs = 2000;
        QVERIFY(outbox.queue().record({accepted}, u"w"_s).isOk());
        DeliveryEvent failed;
        failed.provider = u"meta_cloud"_s;
        failed.profileId = meta;
        failed.messageId = u"wamid.M1"_s;
        failed.status = u"failed"_s;
        failed.error.errorClass = ErrorClass::OptedOut;
        failed.error.code = u"131050"_s;
        StatusLedger ledger(m_db);
        WriteTransaction transaction(m_db.connection());
        QVERIFY(ledger.record({failed}).isOk());
        QVERIFY(transaction.commit().isOk());
        c = contact(u"+14155550101"_s);
        QVERIFY(!c.optedOut);
        QVERIFY(c.marketingOptedOut);

        // A marketing template leaves them out; a utility one still reaches them.
        Preflight::Input input;
        input.message.kind = OutgoingMessage::Kind::Template;
        input.category = MessageCategory::Marketing;
        input.audience = {c};
        input.now = kNoon;
        QCOMPARE(Preflight::check(input, ComparisonData::builtin().value()).optedOut.size(), 1);
        input.category = MessageCategory::Utility;
        QCOMPARE(Preflight::check(input, ComparisonData::builtin().value()).sendable.size(), 1);
    }

    void conversationsThreadsAndReplies()
    {
        const qint64 meta
            = saveSender(*m_service, metaSandboxProfile(QUrl(u"http://127.0.0.1:9"_s)), metaSandboxSecrets()).id;
        InboxLedger ledger(m_db);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        InboundMessage ann = inbound(u"wamid.A1"_s, u"+14155550100"_s, u"Do you open Sunday?"_s, now - 60000);
        ann.profileId = meta;
        InboundMessage bob = inbound(u"wamid.B1"_s, u"+14155550101"_s, u"Thanks"_s, now - 30000);
        bob.profileId = meta;
        bob.profileName = u"Bob"_s;
        InboundMessage ann2 = ann;
        ann2.messageId = u"wamid.A2"_s;
        ann2.text = u"Or Monday?"_s;
        ann2.receivedAtMs = now - 20000;
        QVERIFY(ledger.record({ann, bob, ann2}).isOk());

        Inbox inbox(m_db);
        const QList<Conversation> conversations = inbox.conversations().value();
        QCOMPARE(conversations.size(), 2);
        QCOMPARE(conversations.at(0).contact.phone, u"+14155550100"_s); // newest first
        QCOMPARE(conversations.at(0).lastText, u"Or Monday?"_s);
        QCOMPARE(conversations.at(0).unread, 2);
        QCOMPARE(conversations.at(0).profileId, meta);
        QCOMPARE(inbox.unread().value(), 3);
        QVERIFY(inbox.markSeen(conversations.at(0).contact.id, now).isOk());
        QCOMPARE(inbox.unread().value(), 1);

        // A free-text reply inside the window goes to the outbox as a reply, not a broadcast.
        OutgoingMessage reply;
        reply.text = u"Yes, 10 to 2"_s;
        const Result<qint64> queued
            = inbox.reply(conversations.at(0).contact.id, meta, reply, QDateTime::currentDateTimeUtc());
        QVERIFY2(queued.isOk(), qPrintable(queued.error()));
        Outbox outbox(m_db);
        QVERIFY(outbox.broadcasts().list().value().isEmpty()); // Activity leaves replies out
        const QList<ThreadEntry> thread = inbox.thread(conversations.at(0).contact.id, 0, 10).value();
        QCOMPARE(thread.size(), 3);
        QVERIFY(!thread.at(0).inbound); // the reply, newest
        QCOMPARE(thread.at(0).text, u"Yes, 10 to 2"_s);
        QCOMPARE(thread.at(0).state, OutboxState::Queued);
        QCOMPARE(thread.at(1).text, u"Or Monday?"_s);
        QCOMPARE(thread.at(2).text, u"Do you open Sunday?"_s);
        // Older pages.
        QCOMPARE(inbox.thread(conversations.at(0).contact.id, thread.at(1).atMs, 10).value().size(), 1);

        // A day later the window is closed: free text is refused with the reason, a template goes.
        const QDateTime tomorrow = QDateTime::currentDateTimeUtc().addDays(1);
        const Result<qint64> late = inbox.reply(conversations.at(0).contact.id, meta, reply, tomorrow);
        QVERIFY(!late.isOk());
        QVERIFY2(late.error().contains(u"template"_s), qPrintable(late.error()));
        OutgoingMessage templ;
        templ.kind = OutgoingMessage::Kind::Template;
        templ.templateName = u"hello_world"_s;
        templ.languageCode = u"en_US"_s;
        QVERIFY(inbox.reply(conversations.at(0).contact.id, meta, templ, tomorrow).isOk());

        // In the thread a template reads as the customer read it: its approved text with their values. One the
        // catalogue does not have is named instead.
        MessageTemplate ready;
        ready.provider = u"meta_cloud"_s;
        ready.profileId = meta;
        ready.name = u"order_ready"_s;
        ready.language = u"pt_BR"_s;
        ready.status = u"approved"_s;
        ready.category = u"utility"_s;
        ready.body = u"Olá {{1}}, seu pedido {{2}} está pronto."_s;
        QVERIFY(TemplateCatalogue(m_db).upsert(ready).isOk());
        OutgoingMessage order = templ;
        order.templateName = ready.name;
        order.languageCode = ready.language;
        order.variables = {{u"1"_s, u"Gabriela"_s}, {u"2"_s, u"A-106"_s}};
        QVERIFY(inbox.reply(conversations.at(0).contact.id, meta, order, tomorrow).isOk());
        QStringList texts;
        const QList<ThreadEntry> later = inbox.thread(conversations.at(0).contact.id, 0, 10).value();
        for (const ThreadEntry& e : later) {
            if (!e.inbound)
                texts << e.text;
        }
        QVERIFY2(texts.contains(u"Olá Gabriela, seu pedido A-106 está pronto."_s), qPrintable(texts.join(u" / "_s)));
        QVERIFY2(texts.contains(u"Template hello_world (en_US)"_s), qPrintable(texts.join(u" / "_s)));

        // A photo without a caption is called a photo, in the list and in the thread, never by its type's name.
        InboundMessage photo = inbound(u"wamid.B2"_s, bob.from, QString(), now - 1000);
        photo.profileId = meta;
        photo.type = u"image"_s;
        QVERIFY(ledger.record({photo}).isOk());
        const QList<Conversation> afterPhoto = inbox.conversations().value();
        QCOMPARE(afterPhoto.at(0).contact.phone, bob.from);
        QCOMPARE(afterPhoto.at(0).lastText, u"[photo]"_s);
        QCOMPARE(inbox.thread(afterPhoto.at(0).contact.id, 0, 1).value().at(0).text, u"[photo]"_s);
    }

    // Without a receiver, Twilio is asked for the messages sent to the sender's number.
    void twilioInboundIsFetchedWithoutAReceiver()
    {
        SandboxServer sandbox;
        QVERIFY(sandbox.start() != 0);
        saveSender(*m_service, twilioSandboxProfile(sandbox.baseUrl()), twilioSandboxSecrets());
        QVERIFY(!sandbox.customerWrites(u"twilio"_s, u"+14155550123"_s, u"STOP"_s)); // no webhook: only listed
        sandbox.customerWrites(u"twilio"_s, u"+14155550124"_s, u"What time do you open?"_s);
        OutboxWorker::Options options;
        options.inbound.everyMs = 100;
        OutboxWorker worker(m_db, m_registry, *m_service, options);
        QSignalSpy received(&worker, &OutboxWorker::received);
        worker.start();
        QTRY_VERIFY_WITH_TIMEOUT(received.count() >= 1, 10000);
        QTRY_VERIFY(contact(u"+14155550123"_s).optedOut);
        QCOMPARE(contact(u"+14155550123"_s).optedOutSource, u"keyword:STOP"_s);
        QVERIFY(contact(u"+14155550124"_s).windowOpen(QDateTime::currentDateTimeUtc()));
        // Asked again, nothing new is kept twice.
        QTest::qWait(400);
        QSqlQuery q(m_db.connection());
        QVERIFY(q.exec(u"SELECT COUNT(*) FROM inbound_messages"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 2);
        worker.stop();
    }

private:
    Contact contact(const QString& phone)
    {
        ContactRepository contacts(m_db);
        const Result<std::optional<Contact>> found = contacts.findByPhone(phone);
        return found.isOk() && found.value() ? *found.value() : Contact();
    }

    QTemporaryDir m_dir;
    int m_counter = 0;
    Database m_db;
    const ProviderRegistry m_registry = ProviderRegistry::builtin();
    MemorySecretStore m_secrets;
    std::unique_ptr<ProfileRepository> m_profiles;
    std::unique_ptr<ProfileService> m_service;
};

QTEST_GUILESS_MAIN(TestInbox)
#include "tst_inbox.moc"
