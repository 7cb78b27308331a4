// Live updates between desks sharing a PostgreSQL database (run as tst_changenotifier_postgres): a broadcast
// written through one connection, and outcomes recorded through it, are heard on another, as the window of a second
// desk would hear them; a message announced on the inbox channel reaches Replies' listener. On SQLite nothing
// listens.
#include "outbox/outbox.h"
#include "profiles/profilerepository.h"
#include "providers/providerregistry.h"
#include "storage/changenotifier.h"
#include "storage/database.h"

#include "fakes/testdatabase.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestChangeNotifier : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void otherDesksHearWhatChanged()
    {
        QTemporaryDir dir;
        const QString where = testDatabase(dir, u"changes"_s);
        Database desk;
        Database server;
        QVERIFY(desk.open(where).isOk());
        QVERIFY(server.open(where).isOk());
        ChangeNotifier listener(desk);
        if (!testOnPostgres()) {
            QVERIFY(!listener.isListening()); // one file, one computer: nothing to hear
            return;
        }
        QVERIFY(listener.isListening());
        QSignalSpy heard(&listener, &ChangeNotifier::changed);

        const ProviderRegistry registry = ProviderRegistry::builtin();
        Profile p;
        p.name = u"Shop"_s;
        p.kind = u"meta_cloud"_s;
        p.settings = {{u"phone_number_id"_s, u"106540352242922"_s}, {u"default_region"_s, u"BR"_s}};
        const qint64 sender = ProfileRepository(server, registry).create(p).value().id;
        Outbox outbox(server);
        OutgoingMessage hello;
        hello.text = u"Doors open at nine"_s;
        QVERIFY(outbox.broadcasts().create(sender, hello, {{u"+5511987654321"_s, {}}}).isOk());
        QTRY_VERIFY_WITH_TIMEOUT(!heard.isEmpty(), 5000);
        QCOMPARE(heard.first().first().value<ChangeNotifier::Channel>(), ChangeNotifier::Channel::Outbox);

        heard.clear();
        ChangeNotifier::notify(server.connection(), ChangeNotifier::Channel::Inbox);
        QTRY_VERIFY_WITH_TIMEOUT(!heard.isEmpty(), 5000);
        QCOMPARE(heard.first().first().value<ChangeNotifier::Channel>(), ChangeNotifier::Channel::Inbox);

        // Inside a transaction that is rolled back, nothing is heard: only what was really written is announced.
        heard.clear();
        QVERIFY(server.connection().transaction());
        ChangeNotifier::notify(server.connection(), ChangeNotifier::Channel::Outbox);
        QVERIFY(server.connection().rollback());
        QTest::qWait(300);
        QVERIFY(heard.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestChangeNotifier)
#include "tst_changenotifier.moc"
