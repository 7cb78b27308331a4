// db copy moves a desk's data into a shared database and back without losing or changing a row: senders,
// contacts, broadcasts with their rows and attempts, delivery reports and customers' messages, ids kept. Runs from
// SQLite to SQLite, and as tst_databasecopy_postgres from SQLite to PostgreSQL and back. An occupied target is
// refused.
#include "contacts/contactrepository.h"
#include "inbox/inboxledger.h"
#include "outbox/outbox.h"
#include "profiles/profilerepository.h"
#include "providers/providerregistry.h"
#include "storage/database.h"
#include "storage/databasecopy.h"

#include "fakes/testdatabase.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
// Every row of a table, each as its values joined, sorted: equal dumps mean equal tables.
QStringList dump(Database& db, const QString& table)
{
    QSqlQuery q(db.connection());
    q.exec(u"SELECT * FROM %1"_s.arg(table));
    QStringList rows;
    while (q.next()) {
        QStringList values;
        const QSqlRecord r = q.record();
        for (int i = 0; i < r.count(); ++i)
            values << r.fieldName(i) + u'=' + (q.value(i).isNull() ? u"NULL"_s : q.value(i).toString());
        values.sort();
        rows << values.join(u'|');
    }
    rows.sort();
    return rows;
}
} // namespace

class TestDatabaseCopy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aRoundTripChangesNothing()
    {
        QTemporaryDir dir;
        Database desk;
        QVERIFY(desk.open(dir.filePath(u"desk.sqlite"_s)).isOk());
        const ProviderRegistry registry = ProviderRegistry::builtin();
        ProfileRepository profiles(desk, registry);
        Profile p;
        p.name = u"Bakery"_s;
        p.kind = u"meta_cloud"_s;
        p.settings = {{u"phone_number_id"_s, u"106540352242922"_s}};
        const qint64 profileId = profiles.create(p).value().id;
        ContactRepository contacts(desk);
        Contact ann;
        ann.phone = u"+5511987654321"_s;
        ann.name = u"Ana"_s;
        ann.tags = {u"vip"_s};
        ann.fields = {{u"order"_s, u"A-100"_s}};
        contacts.insert(ann);
        Outbox outbox(desk);
        OutgoingMessage m;
        m.text = u"Bom dia {name}"_s;
        const qint64 broadcast
            = outbox.broadcasts()
                  .create(profileId, m, {{u"+5511987654321"_s, {{u"name"_s, u"Ana"_s}}}, {u"+5511900000000"_s, {}}})
                  .value();
        const QList<OutboxRow> rows = outbox.queue().claimDue(profileId, 1, 1000, {u"w"_s, 1LL << 50}).value();
        Outbox::Completion c;
        c.row = rows.first();
        c.sentThroughProfileId = profileId;
        c.providerMessageId = u"wamid.1"_s;
        c.decision.state = OutboxState::Accepted;
        c.atMs = 2000;
        QVERIFY(outbox.queue().record({c}, u"w"_s).isOk());
        InboundMessage reply;
        reply.provider = u"meta_cloud"_s;
        reply.profileId = profileId;
        reply.messageId = u"wamid.in"_s;
        reply.from = u"+5511987654321"_s;
        reply.text = u"Obrigada!"_s;
        reply.receivedAtMs = 3000;
        QVERIFY(InboxLedger(desk).record({reply}).isOk());

        // Out to the shared database (PostgreSQL as tst_databasecopy_postgres) and back to a new file.
        Database shared;
        QVERIFY(shared.open(testDatabase(dir, u"shared"_s)).isOk());
        QVERIFY(shared.identity() != desk.identity());
        const Result<DatabaseCopy::Copied> out = DatabaseCopy::copy(desk, shared);
        QVERIFY2(out.isOk(), qPrintable(out.error()));
        // The same shop's data: the keychain's tokens for its senders are found from the shared database too.
        QCOMPARE(shared.identity(), desk.identity());
        QVERIFY(out.value().rows >= 7);
        Database back;
        QVERIFY(back.open(dir.filePath(u"back.sqlite"_s)).isOk());
        const Result<DatabaseCopy::Copied> in = DatabaseCopy::copy(shared, back);
        QVERIFY2(in.isOk(), qPrintable(in.error()));
        QCOMPARE(in.value().rows, out.value().rows);
        for (const QString& table : out.value().tables)
            QCOMPARE(dump(back, table), dump(desk, table));

        // Ids continue after the copied ones there, and the broadcast reads the same.
        Outbox sharedOutbox(shared);
        QCOMPARE(sharedOutbox.broadcasts().find(broadcast).value().message.text, m.text);
        const qint64 next = sharedOutbox.broadcasts().create(profileId, m, {{u"+5511911111111"_s, {}}}).value();
        QVERIFY(next > broadcast);

        // Into an occupied database: refused, nothing written.
        const Result<DatabaseCopy::Copied> again = DatabaseCopy::copy(desk, back);
        QVERIFY(!again.isOk());
        QVERIFY2(again.error().contains(u"empty"_s), qPrintable(again.error()));
    }
};

QTEST_GUILESS_MAIN(TestDatabaseCopy)
#include "tst_databasecopy.moc"
