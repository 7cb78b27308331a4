// A Meta sender moving to another WhatsApp Business Account of the same business: the templates its waiting
// broadcasts need are copied with Meta's migrate_message_templates (the request as Meta's template-migration page
// shapes it, on the wire), approved as they were, and the new account's catalogue is read again so the move can go
// on at once. Where Meta will not copy them (an account of another business), each is submitted for review instead.
// Over real HTTP to the sandbox, whose business has two Meta accounts, with a real database.
#include "migration/migrationplan.h"
#include "migration/templatecopyjob.h"
#include "outbox/outbox.h"
#include "profiles/profilerepository.h"
#include "providers/messagingprovider.h"
#include "providers/providerregistry.h"
#include "sandbox/sandboxserver.h"
#include "storage/database.h"
#include "templates/templatecatalogue.h"
#include "templates/templatesync.h"

#include "fakes/oneanswer.h"
#include "fakes/sandboxprofiles.h"
#include "fakes/synccatalogue.h"
#include "fakes/testdatabase.h"
#include "fakes/waitforjob.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString kSecondWaba = QString::fromUtf16(SandboxAccounts::metaSecondWabaId);

// The business's second account, with a number of its own.
Profile secondAccountProfile(const QUrl& base)
{
    Profile p = metaSandboxProfile(base);
    p.id = 0;
    p.name = u"Bakery, own account"_s;
    p.settings.insert(u"phone_number_id"_s, QString::fromUtf16(SandboxAccounts::metaSecondPhoneNumberId));
    p.settings.insert(u"waba_id"_s, kSecondWaba);
    return p;
}
} // namespace

class TestTemplateMigration : public QObject
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
        QVERIFY(m_db.open(testDatabase(m_dir, u"templatemigration-%1"_s.arg(++m_counter))).isOk());
        m_profiles = std::make_unique<ProfileRepository>(m_db, m_registry);
    }
    void cleanup()
    {
        m_profiles.reset();
        m_db.close();
    }

    // The request on the wire, and both shapes of Meta's answer read.
    void theRequestIsShapedAsMetaDocumentsIt()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        CapturedRequest c;
        answerOne(server,
            "{\"migrated_templates\":[\"1689556908129802\"],"
            "\"failed_templates\":{\"1689556908129803\":\"Template already exists in destination WABA\"}}",
            &c);
        std::unique_ptr<MessagingProvider> p(
            provider(secondAccountProfile(QUrl(u"http://127.0.0.1:%1"_s.arg(server.serverPort())))));
        const ProviderResult result = waitFor(p->migrateTemplates(
            QString::fromUtf16(SandboxAccounts::metaWabaId), {u"1689556908129802"_s, u"1689556908129803"_s}));
        QVERIFY2(result.isOk(), qPrintable(result.error.explanation));
        QCOMPARE(
            c.requestLine, QByteArray("POST /v23.0/" + kSecondWaba.toLatin1() + "/migrate_message_templates HTTP/1.1"));
        QCOMPARE(c.headers.value("authorization"),
            QByteArray("Bearer " + QString::fromUtf16(SandboxAccounts::metaAccessToken).toLatin1()));
        QVERIFY(c.headers.value("content-type").startsWith("application/json"));
        const QJsonObject body = QJsonDocument::fromJson(c.body).object();
        QCOMPARE(body.value(u"source_waba_id"_s).toString(), QString::fromUtf16(SandboxAccounts::metaWabaId));
        QCOMPARE(body.value(u"template_ids"_s).toArray(), (QJsonArray {u"1689556908129802"_s, u"1689556908129803"_s}));
        QCOMPARE(result.details.value(u"migrated"_s).toStringList(), QStringList {u"1689556908129802"_s});
        QCOMPARE(result.details.value(u"failed"_s).toMap().value(u"1689556908129803"_s).toString(),
            u"Template already exists in destination WABA"_s);
    }

    // Meta to Meta, one business: copied in one request, approved, the plan ready without a review.
    void copiedBetweenTheBusinesssAccounts()
    {
        const Profile from = create(metaSandboxProfile(m_sandbox.baseUrl()));
        const Profile to = create(secondAccountProfile(m_sandbox.baseUrl()));
        QVERIFY(sync(from).status.isOk());
        QVERIFY(sync(to).status.isOk());
        QCOMPARE(TemplateCatalogue(m_db).list(to.id).value().size(), 0); // the new account has none yet
        const qint64 broadcast = queueTemplate(from.id);
        const MigrationPlan before = MigrationPlanner(m_db, m_registry).plan(from.id, to.id).value();
        QVERIFY(!before.ready());
        const QStringList missing = TemplateCopyJob::missingKeys(before);
        QCOMPARE(missing, QStringList {u"order_update|en"_s});

        const TemplateCopyJob::Outcome outcome = copy(from, to, missing);
        QVERIFY2(outcome.problems.isEmpty(), qPrintable(outcome.problems.join(u'\n')));
        QVERIFY(outcome.notes.isEmpty());
        QVERIFY(outcome.copied);
        QCOMPARE(outcome.submitted, 1);
        // At Meta: one copy in the second account, approved, with an id of its own; nothing created for review.
        const QList<SandboxTemplate> copies = m_sandbox.state().templates(u"waba:"_s + kSecondWaba);
        QCOMPARE(copies.size(), 1);
        QCOMPARE(copies.first().name, u"order_update"_s);
        QCOMPARE(copies.first().status, u"APPROVED"_s);
        // In Tandem: the new sender's catalogue read again, and the broadcast free to move.
        const Result<std::optional<MessageTemplate>> kept = TemplateCatalogue(m_db).find(to.id, u"order_update|en"_s);
        QVERIFY(kept.isOk() && kept.value());
        QVERIFY(kept.value()->isApproved());
        QCOMPARE(kept.value()->providerId, copies.first().id);
        const MigrationPlan after = MigrationPlanner(m_db, m_registry).plan(from.id, to.id).value();
        QVERIFY(after.ready());
        QCOMPARE(after.broadcasts.first().id, broadcast);

        // Asked again, Meta says the new account has it already; Tandem passes that on.
        const TemplateCopyJob::Outcome again = copy(from, to, missing);
        QCOMPARE(again.submitted, 0);
        QCOMPARE(again.problems.size(), 1);
        QVERIFY2(again.problems.first().contains(u"already exists"_s), qPrintable(again.problems.first()));
    }

    // An account of another business: Meta refuses the copy, and each template goes for review instead.
    void anotherBusinessesAccountIsSubmittedForReview()
    {
        Profile outside = metaSandboxProfile(m_sandbox.baseUrl());
        outside.name = u"Old agency account"_s;
        outside.settings.insert(u"waba_id"_s, u"555000111222333"_s);
        const Profile from = create(outside);
        const Profile to = create(secondAccountProfile(m_sandbox.baseUrl()));
        MessageTemplate t;
        t.provider = u"meta_cloud"_s;
        t.style = TemplateStyle::NamedWithLanguage;
        t.profileId = from.id;
        t.providerId = u"1689556908129802"_s;
        t.name = u"order_update"_s;
        t.language = u"en"_s;
        t.status = u"approved"_s;
        t.category = u"utility"_s;
        t.body = u"Hi {{1}}, your order {{2}} is on its way."_s;
        QVERIFY(TemplateCatalogue(m_db).replace(from.id, {t}, 1).isOk());
        queueTemplate(from.id);
        const QStringList missing
            = TemplateCopyJob::missingKeys(MigrationPlanner(m_db, m_registry).plan(from.id, to.id).value());
        QCOMPARE(missing, QStringList {u"order_update|en"_s});

        const TemplateCopyJob::Outcome outcome = copy(from, to, missing);
        QVERIFY2(outcome.problems.isEmpty(), qPrintable(outcome.problems.join(u'\n')));
        QVERIFY(!outcome.copied);
        QCOMPARE(outcome.submitted, 1);
        QCOMPARE(outcome.notes.size(), 1);
        QVERIFY2(outcome.notes.first().contains(u"same business"_s), qPrintable(outcome.notes.first()));
        const QList<SandboxTemplate> submitted = m_sandbox.state().templates(u"waba:"_s + kSecondWaba);
        QCOMPARE(submitted.size(), 1);
        QCOMPARE(submitted.first().name, u"order_update"_s);
        const Result<std::optional<MessageTemplate>> pending
            = TemplateCatalogue(m_db).find(to.id, u"order_update|en"_s);
        QVERIFY(pending.isOk() && pending.value());
        QVERIFY(!pending.value()->isApproved()); // under review
    }

private:
    MessagingProvider* provider(const Profile& p)
    {
        return m_registry.find(p.kind)->create(p, metaSandboxSecrets(), &m_network);
    }
    Profile create(Profile p)
    {
        p.id = 0;
        const Result<Profile> created = m_profiles->create(p);
        if (!created.isOk())
            qFatal("test: %s", qPrintable(created.error()));
        return created.value();
    }
    TemplateSync::Outcome sync(const Profile& p)
    {
        std::unique_ptr<MessagingProvider> via(provider(p));
        return syncCatalogue(m_db, *via, m_registry, p);
    }
    TemplateCopyJob::Outcome copy(const Profile& from, const Profile& to, const QStringList& keys)
    {
        std::unique_ptr<MessagingProvider> via(provider(to));
        TemplateCatalogue catalogue(m_db);
        TemplateCopyJob job(catalogue, *via, m_registry, from, to);
        QSignalSpy done(&job, &TemplateCopyJob::finished);
        job.start(keys);
        if (!done.wait(10000))
            qFatal("the copy did not finish");
        return done.first().first().value<TemplateCopyJob::Outcome>();
    }
    // A broadcast of order_update waiting at the sender.
    qint64 queueTemplate(qint64 senderId)
    {
        OutgoingMessage m;
        m.kind = OutgoingMessage::Kind::Template;
        m.templateName = u"order_update"_s;
        m.languageCode = u"en"_s;
        m.variables = {{u"1"_s, u"Ann"_s}, {u"2"_s, u"#12"_s}};
        return Outbox(m_db).broadcasts().create(senderId, m, {{u"+14155550101"_s, {}}}).value();
    }

    QTemporaryDir m_dir;
    int m_counter = 0;
    Database m_db;
    std::unique_ptr<ProfileRepository> m_profiles;
    SandboxServer m_sandbox;
    QNetworkAccessManager m_network;
    const ProviderRegistry m_registry = ProviderRegistry::builtin();
};

QTEST_GUILESS_MAIN(TestTemplateMigration)
#include "tst_templatemigration.moc"
