// The template catalogue: both providers' lists synced page by page from the sandbox (which answers with a few
// templates a page), statuses and reasons read the providers' way, Meta's request allowance counted; the linter
// with one case per rule WhatsApp's reviewers reject for; a template created through each provider, reviewed by the
// sandbox and approved (or rejected with its reason), Meta's decision arriving by webhook; pre-flight catching a
// wrong number of values, a paused template and a missing language.
#include "broadcast/preflight.h"
#include "model/webhookpaths.h"
#include "pricing/comparisondata.h"
#include "profiles/profilerepository.h"
#include "profiles/profileservice.h"
#include "providers/messagingprovider.h"
#include "providers/providerregistry.h"
#include "sandbox/sandboxserver.h"
#include "secrets/memorysecretstore.h"
#include "storage/database.h"
#include "templates/interactivemessage.h"
#include "templates/templatecatalogue.h"
#include "templates/templatelinter.h"
#include "templates/templatesync.h"
#include "templates/templatetext.h"
#include "templates/twiliocontent.h"
#include "webhooks/webhookserver.h"

#include "fakes/sandboxprofiles.h"
#include "fakes/savesender.h"
#include "fakes/synccatalogue.h"
#include "fakes/testdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QJsonObject goodTemplate()
{
    const QJsonObject header {{u"type"_s, u"HEADER"_s}, {u"format"_s, u"IMAGE"_s},
        {u"example"_s, QJsonObject {{u"header_handle"_s, QJsonArray {u"https://shop.example/cake.jpg"_s}}}}};
    const QJsonObject body {{u"type"_s, u"BODY"_s},
        {u"text"_s, u"Hi {{1}}, your order {{2}} is ready for pickup today."_s},
        {u"example"_s, QJsonObject {{u"body_text"_s, QJsonArray {QJsonArray {u"Ann"_s, u"A-100"_s}}}}}};
    const QJsonObject footer {{u"type"_s, u"FOOTER"_s}, {u"text"_s, u"Tandem Bakery"_s}};
    const QJsonObject link {{u"type"_s, u"URL"_s}, {u"text"_s, u"See the order"_s},
        {u"url"_s, u"https://shop.example/orders/{{1}}"_s},
        {u"example"_s, QJsonArray {u"https://shop.example/orders/A-100"_s}}};
    const QJsonObject buttons {{u"type"_s, u"BUTTONS"_s}, {u"buttons"_s, QJsonArray {link}}};
    return {{u"name"_s, u"pickup_ready"_s}, {u"language"_s, u"en"_s}, {u"category"_s, u"UTILITY"_s},
        {u"components"_s, QJsonArray {header, body, footer, buttons}}};
}
} // namespace

class TestTemplates : public QObject
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
        // Two templates a page, whatever Tandem asks for: every sync goes through several pages.
        m_sandbox.configure({{u"template_page_limit"_s, 2}, {u"template_review_ms"_s, 200}});
        QVERIFY(m_db.open(testDatabase(m_dir, u"templates-%1"_s.arg(++m_counter))).isOk());
        m_profiles = std::make_unique<ProfileRepository>(m_db, m_registry);
        m_service = std::make_unique<ProfileService>(*m_profiles, m_registry, m_secrets);
        m_meta = saveSender(*m_service, metaSandboxProfile(m_sandbox.baseUrl()), metaSandboxSecrets());
        m_twilio = saveSender(*m_service, twilioSandboxProfile(m_sandbox.baseUrl()), twilioSandboxSecrets());
    }
    void cleanup()
    {
        m_service.reset();
        m_profiles.reset();
        m_db.close();
    }

    void syncReadsEveryPageOfBothProviders()
    {
        const TemplateSync::Outcome meta = sync(m_meta);
        QVERIFY2(meta.status.isOk(), qPrintable(meta.status.error()));
        QCOMPARE(meta.templates, 5);
        QCOMPARE(meta.pages, 3);
        TemplateCatalogue catalogue(m_db);
        const QList<MessageTemplate> metaList = catalogue.list(m_meta.id).value();
        QCOMPARE(metaList.size(), 5);
        const MessageTemplate reminder = *catalogue.find(m_meta.id, u"appointment_reminder|en"_s).value();
        QCOMPARE(reminder.status, u"approved"_s);
        QCOMPARE(reminder.category, u"utility"_s);
        QCOMPARE(reminder.headerFormat, u"image"_s);
        QCOMPARE(reminder.bodyVariables(), (QStringList {u"1"_s, u"2"_s, u"3"_s}));
        const MessageTemplate paused = *catalogue.find(m_meta.id, u"old_promotion|en"_s).value();
        QVERIFY(!paused.isApproved());
        QVERIFY(paused.unusableReason().contains(u"132015"_s));
        QVERIFY(catalogue.syncedAt(m_meta.id).value() > 0);

        const TemplateSync::Outcome twilio = sync(m_twilio);
        QVERIFY2(twilio.status.isOk(), qPrintable(twilio.status.error()));
        QCOMPARE(twilio.templates, 3);
        QCOMPARE(twilio.pages, 2);
        const MessageTemplate order = *catalogue.find(m_twilio.id, u"HX0123456789abcdef0123456789abcd02"_s).value();
        QCOMPARE(order.name, u"order_update"_s);
        QCOMPARE(order.status, u"approved"_s);
        QCOMPARE(order.bodyVariables().size(), 2);
    }

    // Meta allows 200 management requests an hour: a sync that would go over stops and keeps the catalogue.
    void metaRequestsAreCountedAgainstTheHourlyAllowance()
    {
        TemplateCatalogue catalogue(m_db);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QVERIFY(catalogue
                    .takeRequests(m_meta.id, TemplateCatalogue::kRequestsPerHour - TemplateCatalogue::kReserve - 1, now)
                    .value());
        const TemplateSync::Outcome outcome = sync(m_meta); // its first page fits, the second does not
        QVERIFY(!outcome.status.isOk());
        QVERIFY2(outcome.status.error().contains(u"200"_s), qPrintable(outcome.status.error()));
        QVERIFY(catalogue.list(m_meta.id).value().isEmpty());
        // Creating keeps a reserve of its own.
        QVERIFY(catalogue.takeRequests(m_meta.id, 1, now, true).value());
        // An hour later the allowance is whole again.
        QVERIFY(catalogue.takeRequests(m_meta.id, 100, now + 61 * 60 * 1000).value());
    }

    void lint_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("says");
        QTest::newRow("name with capitals and spaces") << u"name=Order Ready"_s << u"name"_s << u"lowercase"_s;
        QTest::newRow("no language") << u"language="_s << u"language"_s << u"language code"_s;
        QTest::newRow("unknown category") << u"category=PROMOTION"_s << u"category"_s << u"Marketing, Utility"_s;
        QTest::newRow("variable at the start")
            << u"body={{1}}, your order {{2}} is ready."_s << u"body"_s << u"first or last"_s;
        QTest::newRow("variable at the end")
            << u"body=Hi {{1}}, your order is {{2}}"_s << u"body"_s << u"first or last"_s;
        QTest::newRow("variables side by side")
            << u"body=Hi {{1}} {{2}}, your order is ready today."_s << u"body"_s << u"next to each other"_s;
        QTest::newRow("a gap in the numbers")
            << u"body=Hi {{1}}, your order {{3}} is ready today."_s << u"body"_s << u"without gaps"_s;
        QTest::newRow("an unclosed variable")
            << u"body=Hi {{1}, your order {{2}} is ready today."_s << u"body"_s << u"not closed"_s;
        QTest::newRow("a missing example") << u"examples=Ann"_s << u"body"_s << u"one example for each"_s;
        QTest::newRow("named variable in capitals")
            << u"named=Hi {{First}}, your order is ready today."_s << u"body"_s << u"lowercase letters"_s;
        QTest::newRow("body too long") << u"body=Hi {{1}}, order {{2}} "_s + QString(1030, u'x') << u"body"_s
                                       << u"1024"_s;
        QTest::newRow("footer with a variable") << u"footer=Thanks {{1}}"_s << u"footer"_s << u"variables"_s;
        QTest::newRow("link variable in the middle")
            << u"url=https://shop.example/{{1}}/orders"_s << u"buttons[1]"_s << u"very end"_s;
        QTest::newRow("button text too long")
            << u"button=See the whole order and its delivery"_s << u"buttons[1]"_s << u"25"_s;
        QTest::newRow("image header without a sample") << u"header="_s << u"header"_s << u"sample picture"_s;
    }
    void lint()
    {
        QFETCH(QString, change);
        QFETCH(QString, where);
        QFETCH(QString, says);
        QVERIFY2(TemplateLinter::lint(goodTemplate()).isEmpty(), "the good template passes");
        QJsonObject t = goodTemplate();
        const QString key = change.section(u'=', 0, 0);
        const QString value = change.section(u'=', 1);
        QJsonArray components = t.value(u"components"_s).toArray();
        auto edit = [&](int index, const std::function<void(QJsonObject&)>& f) {
            QJsonObject c = components.at(index).toObject();
            f(c);
            components.replace(index, c);
        };
        if (key == u"name"_s || key == u"language"_s || key == u"category"_s)
            t.insert(key, value);
        else if (key == u"body"_s)
            edit(1, [&](QJsonObject& c) { c.insert(u"text"_s, value); });
        else if (key == u"examples"_s)
            edit(1, [&](QJsonObject& c) {
                c.insert(u"example"_s, QJsonObject {{u"body_text"_s, QJsonArray {QJsonArray {value}}}});
            });
        else if (key == u"named"_s) {
            t.insert(u"parameter_format"_s, u"NAMED"_s);
            edit(1, [&](QJsonObject& c) {
                c.insert(u"text"_s, value);
                c.insert(u"example"_s,
                    QJsonObject {{u"body_text_named_params"_s,
                        QJsonArray {QJsonObject {{u"param_name"_s, u"First"_s}, {u"example"_s, u"Ann"_s}}}}});
            });
        } else if (key == u"footer"_s)
            edit(2, [&](QJsonObject& c) { c.insert(u"text"_s, value); });
        else if (key == u"url"_s || key == u"button"_s)
            edit(3, [&](QJsonObject& c) {
                QJsonArray buttons = c.value(u"buttons"_s).toArray();
                QJsonObject b = buttons.at(0).toObject();
                b.insert(key == u"url"_s ? u"url"_s : u"text"_s, value);
                buttons.replace(0, b);
                c.insert(u"buttons"_s, buttons);
            });
        else if (key == u"header"_s)
            edit(0, [&](QJsonObject& c) { c.remove(u"example"_s); });
        t.insert(u"components"_s, components);
        const QList<TemplateLinter::Problem> problems = TemplateLinter::lint(t);
        QVERIFY(TemplateLinter::hasErrors(problems));
        bool found = false;
        QStringList seen;
        for (const TemplateLinter::Problem& p : problems) {
            seen << p.where + u": "_s + p.message;
            found = found || (p.error && p.where == where && p.message.contains(says));
        }
        QVERIFY2(found, qPrintable(seen.join(u"\n"_s)));
        // The owner reads these: no field names of Meta's API.
        for (const QString& line : std::as_const(seen)) {
            const QString message = line.section(u": "_s, 1);
            QVERIFY2(!message.contains(u"parameter_format"_s) && !message.contains(u"example."_s)
                    && !message.contains(u"header_handle"_s),
                qPrintable(message));
        }
    }

    void marketingWordsInAUtilityTemplateAreAWarningOnly()
    {
        QJsonObject t = goodTemplate();
        QJsonArray components = t.value(u"components"_s).toArray();
        QJsonObject body = components.at(1).toObject();
        body.insert(u"text"_s, u"Hi {{1}}, your order {{2}} is ready, and everything is 20% off today."_s);
        components.replace(1, body);
        t.insert(u"components"_s, components);
        const QList<TemplateLinter::Problem> problems = TemplateLinter::lint(t);
        QVERIFY(!TemplateLinter::hasErrors(problems));
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().where, u"category"_s);
    }

    // Twilio takes the same template as Content: a picture and a link button become call-to-action with media.
    void oneDescriptionMakesTwilioContent()
    {
        const QJsonObject content = twilioContentFrom(goodTemplate());
        QCOMPARE(content.value(u"friendly_name"_s).toString(), u"pickup_ready"_s);
        QCOMPARE(content.value(u"variables"_s).toObject().value(u"2"_s).toString(), u"A-100"_s);
        const QJsonObject cta = content.value(u"types"_s).toObject().value(u"twilio/call-to-action"_s).toObject();
        QCOMPARE(cta.value(u"body"_s).toString(), u"Hi {{1}}, your order {{2}} is ready for pickup today."_s);
        QCOMPARE(cta.value(u"actions"_s).toArray().first().toObject().value(u"url"_s).toString(),
            u"https://shop.example/orders/{{1}}"_s);
        QCOMPARE(content.value(u"approval"_s).toObject().value(u"category"_s).toString(), u"UTILITY"_s);
    }

    // Created through each provider, reviewed by the sandbox, approved; Meta's decision also comes by webhook.
    void createdTemplatesAreReviewed()
    {
        WebhookServer receiver(m_db, m_registry, *m_service, WebhookServer::Options {});
        const quint16 port = receiver.start(0, QHostAddress::LocalHost);
        m_sandbox.configure({{u"meta_webhook"_s,
            QJsonObject {{u"url"_s, u"http://127.0.0.1:%1/meta"_s.arg(port)},
                {u"verify_token"_s, QString::fromUtf16(SandboxAccounts::metaVerifyToken)}}}});
        QSignalSpy decided(&receiver, &WebhookServer::templatesChanged);
        std::unique_ptr<MessagingProvider> meta(provider(m_meta));
        ProviderResult created = waitFor(meta->createTemplate(goodTemplate()));
        QVERIFY2(created.isOk(), qPrintable(created.error.explanation));
        QCOMPARE(created.status, u"pending"_s);
        TemplateCatalogue catalogue(m_db);
        MessageTemplate mine = MessageTemplate::fromMeta(goodTemplate(), m_meta.id);
        mine.providerId = created.messageId;
        mine.status = created.status;
        QVERIFY(catalogue.upsert(mine).isOk());
        QVERIFY(decided.wait(5000));
        QCOMPARE(catalogue.find(m_meta.id, u"pickup_ready|en"_s).value()->status, u"approved"_s);
        // The same name and language again is refused.
        QCOMPARE(waitFor(meta->createTemplate(goodTemplate())).error.code, u"2388024"_s);

        // A template that breaks the rules is rejected with the reason.
        QJsonObject bad = goodTemplate();
        bad.insert(u"name"_s, u"pickup_bad"_s);
        QJsonArray components = bad.value(u"components"_s).toArray();
        QJsonObject body = components.at(1).toObject();
        body.insert(u"text"_s, u"{{1}}, your order {{2}} is ready."_s);
        components.replace(1, body);
        bad.insert(u"components"_s, components);
        QVERIFY(waitFor(meta->createTemplate(bad)).isOk());
        QTest::qWait(300);
        QVERIFY(sync(m_meta).status.isOk());
        const MessageTemplate rejected = *catalogue.find(m_meta.id, u"pickup_bad|en"_s).value();
        QCOMPARE(rejected.status, u"rejected"_s);
        QVERIFY(rejected.unusableReason().contains(u"INVALID_FORMAT"_s));

        std::unique_ptr<MessagingProvider> twilio(provider(m_twilio));
        const ProviderResult content = waitFor(twilio->createTemplate(twilioContentFrom(goodTemplate())));
        QVERIFY2(content.isOk(), qPrintable(content.error.explanation));
        QVERIFY(content.messageId.startsWith(u"HX"_s));
        QCOMPARE(content.status, u"received"_s);
        QTest::qWait(300);
        QVERIFY(sync(m_twilio).status.isOk());
        const MessageTemplate approved = *catalogue.find(m_twilio.id, content.messageId).value();
        QCOMPARE(approved.name, u"pickup_ready"_s);
        QCOMPARE(approved.status, u"approved"_s);
    }

    // Pre-flight holds the message against the catalogue: the number of values (132000), the status (132015) and
    // the language (132001).
    void preflightCatchesTemplateMistakes()
    {
        QVERIFY(sync(m_meta).status.isOk());
        Preflight::Input input;
        input.catalogue = TemplateCatalogue(m_db).list(m_meta.id).value();
        input.message.kind = OutgoingMessage::Kind::Template;
        input.message.templateName = u"order_update"_s;
        input.message.languageCode = u"en"_s;
        input.variables.insert(u"1"_s, VariableSource {});
        Contact c;
        c.phone = u"+14155550100"_s;
        input.audience = {c};
        input.now = QDateTime::currentDateTimeUtc();
        const ComparisonData prices = ComparisonData::builtin().value();
        PreflightReport report = Preflight::check(input, prices);
        QCOMPARE(report.blockers.size(), 1);
        QVERIFY2(report.blockers.first().contains(u"132000"_s), qPrintable(report.blockers.first()));
        input.variables.insert(u"2"_s, VariableSource {});
        QVERIFY(Preflight::check(input, prices).blockers.isEmpty());
        input.message.languageCode = u"pt_BR"_s;
        report = Preflight::check(input, prices);
        QVERIFY2(report.blockers.value(0).contains(u"132001"_s) && report.blockers.value(0).contains(u"en"_s),
            qPrintable(report.blockers.value(0)));
        input.message.templateName = u"old_promotion"_s;
        input.message.languageCode = u"en"_s;
        input.variables.clear();
        report = Preflight::check(input, prices);
        QVERIFY2(report.blockers.value(0).contains(u"132015"_s), qPrintable(report.blockers.value(0)));
        input.message.templateName = u"appointment_reminder"_s;
        for (const QString& v : {u"1"_s, u"2"_s, u"3"_s})
            input.variables.insert(v, VariableSource {});
        QVERIFY2(
            Preflight::check(input, prices).blockers.value(0).contains(u"132012"_s), "a picture header needs its link");
        input.message.headerType = OutgoingMessage::HeaderType::Image;
        input.message.headerValue = u"https://shop.example/salon.jpg"_s;
        QVERIFY(Preflight::check(input, prices).blockers.isEmpty());
    }

    // A header picture per contact: "@header" is not one of the template's values, each contact's link is checked,
    // and a contact without one is counted as missing a value, not sent a broken header.
    void preflightTakesTheHeaderFromEachContact()
    {
        QVERIFY(sync(m_meta).status.isOk());
        Preflight::Input input;
        input.catalogue = TemplateCatalogue(m_db).list(m_meta.id).value();
        input.message.kind = OutgoingMessage::Kind::Template;
        input.message.templateName = u"appointment_reminder"_s;
        input.message.languageCode = u"en"_s;
        input.message.headerType = OutgoingMessage::HeaderType::Image;
        for (const QString& v : {u"1"_s, u"2"_s, u"3"_s})
            input.variables.insert(v, VariableSource {VariableSource::Kind::Fixed, u"x"_s, {}});
        input.variables.insert(
            OutgoingMessage::kHeaderVariable, VariableSource {VariableSource::Kind::Field, u"photo"_s, {}});
        Contact withPhoto;
        withPhoto.phone = u"+14155550100"_s;
        withPhoto.fields.insert(u"photo"_s, u"https://shop.example/ana.jpg"_s);
        Contact withoutPhoto;
        withoutPhoto.phone = u"+14155550101"_s;
        Contact notALink;
        notALink.phone = u"+14155550102"_s;
        notALink.fields.insert(u"photo"_s, u"ana.jpg"_s);
        input.audience = {withPhoto, withoutPhoto, notALink};
        input.now = QDateTime::currentDateTimeUtc();
        const PreflightReport report = Preflight::check(input, ComparisonData::builtin().value());
        QVERIFY2(report.blockers.isEmpty(), qPrintable(report.blockers.join(u' ')));
        QCOMPARE(report.sendable.size(), 1);
        QCOMPARE(report.variables.first().value(OutgoingMessage::kHeaderVariable), u"https://shop.example/ana.jpg"_s);
        QCOMPARE(report.missingVariable.size(), 2);
    }

    // "The same message": a Meta template and the Twilio Content made to match it, found from either side; linking
    // again replaces the other sender's template, and unlinking leaves the rest alone. Links outlive a sync.
    void templatesAreLinkedAcrossSenders()
    {
        TemplateCatalogue catalogue(m_db);
        const QString meta = u"order_update|en"_s;
        const QString twilio = u"HX0123456789abcdef0123456789abcd02"_s;
        QVERIFY(catalogue.link(m_meta.id, meta, m_twilio.id, twilio).isOk());
        QCOMPARE(catalogue.linkedIn(m_meta.id, meta, m_twilio.id).value(), twilio);
        QCOMPARE(catalogue.linkedIn(m_twilio.id, twilio, m_meta.id).value(), meta);
        QVERIFY(catalogue.linkedIn(m_meta.id, u"hello_world|en_US"_s, m_twilio.id).value().isEmpty());
        QVERIFY(!catalogue.link(m_meta.id, meta, m_meta.id, u"hello_world|en_US"_s).isOk());
        // Another Twilio content replaces the first.
        const QString other = u"HX0123456789abcdef0123456789abcd03"_s;
        QVERIFY(catalogue.link(m_meta.id, meta, m_twilio.id, other).isOk());
        QCOMPARE(catalogue.linkedIn(m_meta.id, meta, m_twilio.id).value(), other);
        QVERIFY(catalogue.linkedIn(m_twilio.id, twilio, m_meta.id).value().isEmpty());
        QCOMPARE(catalogue.linked(m_meta.id, meta).value().size(), 1);
        QVERIFY(sync(m_meta).status.isOk());
        QCOMPARE(catalogue.linkedIn(m_twilio.id, other, m_meta.id).value(), meta);
        QVERIFY(catalogue.unlink(m_twilio.id, other).isOk());
        QVERIFY(catalogue.linkedIn(m_meta.id, meta, m_twilio.id).value().isEmpty());
    }

    // Reply buttons and lists for Twilio become a quick-reply or list-picker Content, shaped as the Content API's
    // schema has them: the sandbox refuses any other property, and a list over WhatsApp's limits.
    void interactiveMessagesBecomeTwilioContent_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("choices");
        QTest::addColumn<QString>("type");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("buttons") << int(OutgoingMessage::Kind::InteractiveButtons) << u"Yes\nNo"_s
                                 << u"twilio/quick-reply"_s << true;
        QTest::newRow("list") << int(OutgoingMessage::Kind::InteractiveList)
                              << u"Morning | 9 to 12\nAfternoon | 2 to 6\nAt the shop"_s << u"twilio/list-picker"_s
                              << true;
        QTest::newRow("list item too long") << int(OutgoingMessage::Kind::InteractiveList)
                                            << u"Tomorrow morning, early please"_s << u"twilio/list-picker"_s << false;
    }
    void interactiveMessagesBecomeTwilioContent()
    {
        QFETCH(int, kind);
        QFETCH(QString, choices);
        QFETCH(QString, type);
        QFETCH(bool, accepted);
        OutgoingMessage m;
        m.kind = OutgoingMessage::Kind(kind);
        m.text = u"Hi {{first_name}}, when shall we deliver order {{order}}?"_s;
        m.listButtonText = u"See the times"_s;
        InteractiveMessage::setChoices(m, choices);
        QCOMPARE(InteractiveMessage::problems(m).isEmpty(), accepted);
        const QStringList placeholders = TemplateText::placeholders(m.text);
        const QJsonObject content = InteractiveMessage::twilioContent(m, placeholders);
        QCOMPARE(content.value(u"types"_s).toObject().keys(), QStringList {type});
        QCOMPARE(content.value(u"types"_s).toObject().value(type).toObject().value(u"body"_s).toString(),
            u"Hi {{1}}, when shall we deliver order {{2}}?"_s);
        QCOMPARE(InteractiveMessage::numbered({{u"order"_s, u"A-1"_s}, {u"first_name"_s, u"Ana"_s}}, placeholders),
            (QMap<QString, QString> {{u"1"_s, u"Ana"_s}, {u"2"_s, u"A-1"_s}}));
        std::unique_ptr<MessagingProvider> via(provider(m_twilio));
        const ProviderResult created = waitFor(via->createTemplate(content));
        QCOMPARE(created.isOk(), accepted);
        if (!accepted)
            return;
        QVERIFY(created.messageId.startsWith(u"HX"_s));
        // Sent with its numbered values, the customer reads their own words and the choices.
        OutgoingMessage send;
        send.kind = OutgoingMessage::Kind::ContentTemplate;
        send.to = u"+14155550100"_s;
        send.contentSid = created.messageId;
        send.variables
            = InteractiveMessage::numbered({{u"order"_s, u"A-1"_s}, {u"first_name"_s, u"Ana"_s}}, placeholders);
        QVERIFY(waitFor(via->send(send)).isOk());
        const SandboxState::StoredMessage sent = m_sandbox.state().messagesTo(u"+14155550100"_s).first();
        QCOMPARE(sent.body, u"Hi Ana, when shall we deliver order A-1?"_s);
        QCOMPARE(sent.choices.size(), choices.count(u'\n') + 1);
    }

    // WhatsApp's limits, each with its own sentence.
    void interactiveLimits_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("choices");
        QTest::addColumn<QString>("problem");
        const int buttons = int(OutgoingMessage::Kind::InteractiveButtons);
        const int list = int(OutgoingMessage::Kind::InteractiveList);
        QTest::newRow("fine") << buttons << u"Hi"_s << u"Yes\nNo\nLater"_s << QString();
        QTest::newRow("four buttons") << buttons << u"Hi"_s << u"A\nB\nC\nD"_s << u"at most 3"_s;
        QTest::newRow("no buttons") << buttons << u"Hi"_s << u"\n \n"_s << u"at least one button"_s;
        QTest::newRow("long button") << buttons << u"Hi"_s << u"Yes please, as soon as you can"_s << u"allows 20"_s;
        QTest::newRow("same button twice") << buttons << u"Hi"_s << u"Yes\nyes"_s << u"its own title"_s;
        QTest::newRow("no text") << buttons << u" "_s << u"Yes"_s << u"Write the message"_s;
        QTest::newRow("eleven options") << list << u"Hi"_s << u"1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11"_s << u"at most 10"_s;
        QTest::newRow("ten options") << list << u"Hi"_s << u"1\n2\n3\n4\n5\n6\n7\n8\n9\n10"_s << QString();
        QTest::newRow("long description") << list << u"Hi"_s << u"Morning | "_s + QString(73, u'x') << u"allows 72"_s;
    }
    void interactiveLimits()
    {
        QFETCH(int, kind);
        QFETCH(QString, text);
        QFETCH(QString, choices);
        QFETCH(QString, problem);
        OutgoingMessage m;
        m.kind = OutgoingMessage::Kind(kind);
        m.text = text;
        m.listButtonText = u"Options"_s;
        InteractiveMessage::setChoices(m, choices);
        const QStringList found = InteractiveMessage::problems(m);
        if (problem.isEmpty())
            QVERIFY2(found.isEmpty(), qPrintable(found.join(u' ')));
        else
            QVERIFY2(found.size() == 1 && found.first().contains(problem), qPrintable(found.join(u' ')));
    }

private:
    MessagingProvider* provider(const Profile& p)
    {
        const QHash<QString, QString> secrets = p.kind == u"twilio"_s ? twilioSandboxSecrets() : metaSandboxSecrets();
        return m_registry.find(p.kind)->create(p, secrets, &m_network);
    }

    TemplateSync::Outcome sync(const Profile& p)
    {
        std::unique_ptr<MessagingProvider> via(provider(p));
        return syncCatalogue(m_db, *via, m_registry, p);
    }

    static ProviderResult waitFor(ProviderJob* job)
    {
        QSignalSpy finished(job, &ProviderJob::finished);
        if (!finished.wait(10000))
            return {};
        return finished.first().first().value<ProviderResult>();
    }

    SandboxServer m_sandbox;
    QTemporaryDir m_dir;
    int m_counter = 0;
    Database m_db;
    const ProviderRegistry m_registry = ProviderRegistry::builtin();
    MemorySecretStore m_secrets;
    QNetworkAccessManager m_network;
    std::unique_ptr<ProfileRepository> m_profiles;
    std::unique_ptr<ProfileService> m_service;
    Profile m_meta;
    Profile m_twilio;
};

QTEST_GUILESS_MAIN(TestTemplates)
#include "tst_templates.moc"
