// What the webhook receiver does with reports it let in: statuses out of order and repeated, a report that beats
// the send's own answer waits for its row, failures after acceptance carry the provider's explanation, prices are
// kept, customers known only by their user id are kept, and a report signed for one sender never changes another's
// rows (Meta apps with several numbers, Twilio accounts).
#include "fakes/webhookfixture.h"

using namespace Qt::StringLiterals;
using namespace WebhookFixtureData;

class TestWebhookReports : public QObject, protected WebhookFixture
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        setUp();
    }
    void cleanup()
    {
        tearDown();
    }

    // A report for a number no sender has yet is refused (Meta sends it again), and once the sender is saved (by
    // the wizard while its test message is reported, or by another desk sharing the database, which this receiver
    // is not told about) the next report finds it.
    void aSenderSavedAfterAnUnknownReportIsFound()
    {
        QByteArray body = metaEnvelope({metaStatus(u"wamid.LATE1"_s, u"delivered"_s, 1780000000, u"16505551234"_s)});
        body.replace(QString::fromUtf16(SandboxAccounts::metaPhoneNumberId).toUtf8(), "106540352249999");
        QCOMPARE(postMeta(u"/meta"_s, body, Signatures::meta(kAppSecret, body)).status, 403);
        Profile later = metaSandboxProfile(QUrl(u"http://127.0.0.1:9"_s));
        later.id = 0;
        later.name = u"Second shop"_s;
        later.settings.insert(u"phone_number_id"_s, u"106540352249999"_s);
        const Profile saved = save(later, metaSandboxSecrets());
        const qint64 row = acceptedRow(saved.id, u"+16505551234"_s, u"wamid.LATE1"_s);
        QCOMPARE(postMeta(u"/meta"_s, body, Signatures::meta(kAppSecret, body)).status, 200);
        QCOMPARE(rowState(row), u"delivered"_s);
    }

    // Meta's reports come in any order and more than once; a status never moves a row backwards.
    void statusesNeverGoBackwardsAndRepeatsCountOnce()
    {
        const qint64 row = acceptedRow(m_meta.id, u"+16505551234"_s, u"wamid.B2"_s);
        const QString path = WebhookPaths::meta(m_meta.id);
        auto post = [&](const QString& status, qint64 seconds) {
            const QByteArray body = metaEnvelope({metaStatus(u"wamid.B2"_s, status, seconds, u"16505551234"_s)});
            return postMeta(path, body, Signatures::meta(kAppSecret, body)).status;
        };
        QCOMPARE(post(u"delivered"_s, 1780000010), 200);
        QCOMPARE(rowState(row), u"delivered"_s);
        QCOMPARE(post(u"sent"_s, 1780000005), 200); // late: changes nothing
        QCOMPARE(rowState(row), u"delivered"_s);
        QCOMPARE(post(u"read"_s, 1780000020), 200);
        QCOMPARE(post(u"delivered"_s, 1780000010), 200); // repeated
        QCOMPARE(post(u"read"_s, 1780000020), 200); // repeated
        QCOMPARE(rowState(row), u"read"_s);
        QCOMPARE(rowTimes(row), (QList<qint64> {1780000010000, 1780000010000, 1780000020000}));
        QCOMPARE(eventCount(), 3); // delivered, sent, read: each once
    }

    // A callback can beat the send's own answer: it is kept, answered 200, and applied when the row gets the id.
    void aReportForAnUnknownIdWaitsForItsRow()
    {
        const QString id = u"SM00000000000000000000000000000003"_s;
        const qint64 broadcast
            = m_outbox->broadcasts().create(m_twilio.id, textMessage(), {{u"+14155550100"_s, {}}}).value();
        const QList<OutboxRow> claimed = m_outbox->queue().claimDue(m_twilio.id, 1, 1000, {u"w"_s, 10'000'000}).value();
        QCOMPARE(claimed.size(), 1);
        const FormFields params = twilioStatus(id, u"delivered"_s);
        const QString path = WebhookPaths::twilioStatus(m_twilio.id);
        QCOMPARE(
            postTwilio(path, encodeForm(params), Signatures::twilio(kTwilioToken, kPublic + path, params)).status, 200);
        QCOMPARE(rowState(claimed.first().id), u"sending"_s);
        QCOMPARE(eventCount(), 1);

        Outbox::Completion c;
        c.row = claimed.first();
        c.sentThroughProfileId = m_twilio.id;
        c.providerMessageId = id;
        c.decision.state = OutboxState::Accepted;
        c.atMs = 2000;
        QVERIFY(m_outbox->queue().record({c}, u"w"_s).isOk());
        QCOMPARE(rowState(claimed.first().id), u"delivered"_s);
        QCOMPARE(m_outbox->broadcasts().counts(broadcast).value().value(OutboxState::Delivered), 1);
        QSqlQuery q(m_db.connection());
        QVERIFY(q.exec(u"SELECT applied FROM webhook_events"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    // A failure after acceptance ends the row with the provider's code and Tandem's explanation for it.
    void failuresAfterAcceptanceAreExplained_data()
    {
        QTest::addColumn<bool>("twilio");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("errorClass");
        QTest::addColumn<QString>("explanationSays");
        QTest::newRow("twilio 63016") << true << 63016 << u"outside_window"_s << u"template"_s;
        QTest::newRow("twilio 30007") << true << 30007 << u"policy_blocked"_s << u"filter"_s;
        QTest::newRow("meta 131026") << false << 131026 << u"invalid_recipient"_s << u"WhatsApp"_s;
        QTest::newRow("meta 131049") << false << 131049 << u"policy_blocked"_s << u"marketing"_s;
    }

    void failuresAfterAcceptanceAreExplained()
    {
        QFETCH(bool, twilio);
        QFETCH(int, code);
        QFETCH(QString, errorClass);
        QFETCH(QString, explanationSays);
        const QString id = twilio ? u"SM00000000000000000000000000000004"_s : u"wamid.F4"_s;
        const qint64 row = acceptedRow(twilio ? m_twilio.id : m_meta.id, u"+16505551234"_s, id);
        if (twilio) {
            FormFields params = twilioStatus(id, code == 30007 ? u"undelivered"_s : u"failed"_s);
            params.append({u"ErrorCode"_s, QString::number(code)});
            params.append({u"ErrorMessage"_s, u"Twilio's words"_s});
            const QString path = WebhookPaths::twilioStatus(m_twilio.id);
            QCOMPARE(
                postTwilio(path, encodeForm(params), Signatures::twilio(kTwilioToken, kPublic + path, params)).status,
                200);
        } else {
            QJsonObject failed = metaStatus(id, u"failed"_s, 1780000000, u"16505551234"_s);
            failed.insert(u"errors"_s,
                QJsonArray {QJsonObject {{u"code"_s, code}, {u"title"_s, u"Meta's words"_s},
                    {u"error_data"_s, QJsonObject {{u"details"_s, u"Meta's details"_s}}}}});
            const QByteArray body = metaEnvelope({failed});
            QCOMPARE(postMeta(WebhookPaths::meta(m_meta.id), body, Signatures::meta(kAppSecret, body)).status, 200);
        }
        QSqlQuery q(m_db.connection());
        q.prepare(u"SELECT state, error_class, error_code, error_explanation FROM outbox WHERE id = ?"_s);
        q.addBindValue(row);
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toString(), u"failed"_s);
        QCOMPARE(q.value(1).toString(), errorClass);
        QCOMPARE(q.value(2).toString(), QString::number(code));
        QVERIFY2(
            q.value(3).toString().contains(explanationSays, Qt::CaseInsensitive), qPrintable(q.value(3).toString()));
    }

    void metaPricingIsKeptPerRow()
    {
        const qint64 row = acceptedRow(m_meta.id, u"+16505551234"_s, u"wamid.P5"_s);
        QJsonObject sent = metaStatus(u"wamid.P5"_s, u"sent"_s, 1780000000, u"16505551234"_s);
        sent.insert(u"pricing"_s,
            QJsonObject {{u"billable"_s, true}, {u"pricing_model"_s, u"PMP"_s}, {u"type"_s, u"regular"_s},
                {u"category"_s, u"marketing"_s}});
        const QByteArray body = metaEnvelope({sent});
        QCOMPARE(postMeta(WebhookPaths::meta(m_meta.id), body, Signatures::meta(kAppSecret, body)).status, 200);
        QSqlQuery q(m_db.connection());
        q.prepare(u"SELECT state, pricing_category, billable FROM outbox WHERE id = ?"_s);
        q.addBindValue(row);
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toString(), u"sent"_s);
        QCOMPARE(q.value(1).toString(), u"marketing"_s);
        QCOMPARE(q.value(2).toInt(), 1);
    }

    // Meta's report names the category a message was billed in; the row is costed by it, from the built-in card
    // (resources/rate-card.json: Brazil marketing US$ 0.0625, utility 0.0068; India authentication 0.0014,
    // authentication-international 0.028). A report of the category it was queued with changes nothing.
    void aMessageIsCostedByTheCategoryMetaBilledItIn()
    {
        const qint64 brazil = acceptedRow(m_meta.id, u"+5511987654321"_s, u"wamid.C1"_s);
        const qint64 india = acceptedRow(m_meta.id, u"+919876543210"_s, u"wamid.C2"_s);
        const qint64 same = acceptedRow(m_meta.id, u"+5511987654322"_s, u"wamid.C3"_s);
        setEstimate(brazil, 0.0068); // queued as a utility template
        setEstimate(india, 0.0014); // an authentication template
        setEstimate(same, 0.0068);
        const auto billed = [](const QString& id, const QString& to, const QString& category) {
            QJsonObject status = metaStatus(id, u"delivered"_s, 1780000000, to);
            status.insert(u"pricing"_s,
                QJsonObject {{u"billable"_s, true}, {u"pricing_model"_s, u"PMP"_s}, {u"type"_s, u"regular"_s},
                    {u"category"_s, category}});
            return status;
        };
        const QByteArray body = metaEnvelope({billed(u"wamid.C1"_s, u"5511987654321"_s, u"marketing"_s),
            billed(u"wamid.C2"_s, u"919876543210"_s, u"authentication-international"_s),
            billed(u"wamid.C3"_s, u"5511987654322"_s, u"utility"_s)});
        QCOMPARE(postMeta(WebhookPaths::meta(m_meta.id), body, Signatures::meta(kAppSecret, body)).status, 200);
        QVERIFY2(qAbs(estimate(brazil) - 0.0625) < 1e-9, qPrintable(QString::number(estimate(brazil))));
        QVERIFY2(qAbs(estimate(india) - 0.028) < 1e-9, qPrintable(QString::number(estimate(india))));
        QVERIFY2(qAbs(estimate(same) - 0.0068) < 1e-9, qPrintable(QString::number(estimate(same))));
    }

    // Since 2026 Meta may name a customer by a business-scoped user ID alone (shared/reference §6b).
    void customersWithoutANumberAreKept()
    {
        const qint64 row = acceptedRow(m_meta.id, u"+16505551234"_s, u"wamid.U6"_s);
        QJsonObject status = metaStatus(u"wamid.U6"_s, u"delivered"_s, 1780000000, QString());
        status.insert(u"recipient_user_id"_s, u"US.13491208655302741918"_s);
        const QJsonObject inbound {{u"from_user_id"_s, u"US.13491208655302741918"_s}, {u"id"_s, u"wamid.IN7"_s},
            {u"timestamp"_s, u"1780000100"_s}, {u"type"_s, u"text"_s},
            {u"text"_s, QJsonObject {{u"body"_s, u"Is it in stock?"_s}}}};
        const QJsonObject contact {
            {u"profile"_s, QJsonObject {{u"name"_s, u"Sheena"_s}, {u"username"_s, u"@sheena"_s}}},
            {u"user_id"_s, u"US.13491208655302741918"_s}};
        const QByteArray body = metaEnvelope({status}, {inbound}, {contact});
        QSignalSpy received(m_server.get(), &WebhookServer::received);
        QCOMPARE(postMeta(WebhookPaths::meta(m_meta.id), body, Signatures::meta(kAppSecret, body)).status, 200);
        QCOMPARE(rowState(row), u"delivered"_s);
        QCOMPARE(received.count(), 1);
        QCOMPARE(received.first().at(0).toInt(), 1);
        QCOMPARE(received.first().at(1).toInt(), 1);
        QSqlQuery q(m_db.connection());
        QVERIFY(q.exec(u"SELECT from_phone, user_id, profile_name, body FROM inbound_messages"_s) && q.next());
        QCOMPARE(q.value(0).toString(), QString());
        QCOMPARE(q.value(1).toString(), u"US.13491208655302741918"_s);
        QCOMPARE(q.value(2).toString(), u"Sheena"_s);
        QCOMPARE(q.value(3).toString(), u"Is it in stock?"_s);
        // The same message again is kept once.
        QCOMPARE(postMeta(WebhookPaths::meta(m_meta.id), body, Signatures::meta(kAppSecret, body)).status, 200);
        QVERIFY(q.exec(u"SELECT COUNT(*) FROM inbound_messages"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    // A Meta body signed with one sender's App Secret never moves another sender's rows, whichever route it is posted
    // to; signed with that sender's own secret, it does.
    void aMetaBodySignedByOneSenderNeverMovesAnothersRows()
    {
        const Profile other = saveMeta(
            u"Second shop"_s, u"106540352249999"_s, u"102290129349999"_s, u"b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0"_s);
        const qint64 row = acceptedRow(other.id, u"+16505551234"_s, u"wamid.X1"_s);
        QByteArray body = metaEnvelope({metaStatus(u"wamid.X1"_s, u"read"_s, 1780000000, u"16505551234"_s)},
            {QJsonObject {{u"from"_s, u"16505551234"_s}, {u"id"_s, u"wamid.IN-X1"_s}, {u"timestamp"_s, u"1780000100"_s},
                {u"type"_s, u"text"_s}, {u"text"_s, QJsonObject {{u"body"_s, u"STOP"_s}}}}});
        body.replace(QString::fromUtf16(SandboxAccounts::metaPhoneNumberId).toUtf8(), "106540352249999");
        const QByteArray forged = Signatures::meta(kAppSecret, body); // the first sender's secret
        for (const QString& path : {WebhookPaths::meta(m_meta.id), u"/meta"_s, WebhookPaths::meta(other.id)})
            QCOMPARE(postMeta(path, body, forged).status, 403);
        QCOMPARE(rowState(row), u"accepted"_s);
        QCOMPARE(count(u"inbound_messages"_s), 0);
        QCOMPARE(count(u"contacts WHERE opted_out = 1"_s), 0);
        QCOMPARE(eventCount(), 0);

        const QByteArray genuine = Signatures::meta(u"b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0"_s, body);
        QCOMPARE(postMeta(u"/meta"_s, body, genuine).status, 200);
        QCOMPARE(rowState(row), u"read"_s);
        QCOMPARE(count(u"contacts WHERE opted_out = 1"_s), 1);
    }

    // Senders of one Meta app share its secret: an event goes to the sender whose number it names, even when the
    // app's events all come to one sender's address.
    void sendersOfOneAppGetTheirOwnEvents()
    {
        const Profile sibling = saveMeta(
            u"Sibling shop"_s, u"106540352248888"_s, QString::fromUtf16(SandboxAccounts::metaWabaId), kAppSecret);
        const qint64 mine = acceptedRow(m_meta.id, u"+16505551234"_s, u"wamid.S1"_s);
        const qint64 theirs = acceptedRow(sibling.id, u"+16505551234"_s, u"wamid.S2"_s);
        QByteArray body = metaEnvelope({metaStatus(u"wamid.S2"_s, u"delivered"_s, 1780000000, u"16505551234"_s)});
        body.replace(QString::fromUtf16(SandboxAccounts::metaPhoneNumberId).toUtf8(), "106540352248888");
        QCOMPARE(postMeta(WebhookPaths::meta(m_meta.id), body, Signatures::meta(kAppSecret, body)).status, 200);
        QCOMPARE(rowState(theirs), u"delivered"_s);
        QCOMPARE(rowState(mine), u"accepted"_s);
    }

    // A Twilio report must name the route's sender's own account, and another sender's report about the same
    // message id is another report: it cannot make the genuine one look like a repeat.
    void twilioReportsBelongToTheirOwnAccount()
    {
        const QString otherSid = u"AC" + QString(32, u'b');
        const QString otherToken = QString(32, u'c');
        Profile second = twilioSandboxProfile(QUrl(u"http://127.0.0.1:9"_s));
        second.name = u"Other account"_s;
        second.settings.insert(u"account_sid"_s, otherSid);
        second.settings.insert(u"from"_s, u"+14155230000"_s);
        second = save(second, {{u"auth_token"_s, otherToken}});
        const QString id = u"SM000000000000000000000000000000aa"_s;
        const qint64 row = acceptedRow(m_twilio.id, u"+14155550100"_s, id);
        const QString secondPath = WebhookPaths::twilioStatus(second.id);

        // Signed with the second sender's token, on its route, but naming the first sender's account.
        const FormFields claimed = twilioStatus(id, u"failed"_s);
        QCOMPARE(
            postTwilio(secondPath, encodeForm(claimed), Signatures::twilio(otherToken, kPublic + secondPath, claimed))
                .status,
            403);
        // Its own account, the first sender's message id: kept as the second sender's report, which moves nothing.
        FormFields own = twilioStatus(id, u"delivered"_s);
        own[0].second = otherSid;
        QCOMPARE(
            postTwilio(secondPath, encodeForm(own), Signatures::twilio(otherToken, kPublic + secondPath, own)).status,
            200);
        QCOMPARE(rowState(row), u"accepted"_s);
        // The genuine report then arrives, and is not taken for a repeat.
        const QString path = WebhookPaths::twilioStatus(m_twilio.id);
        const FormFields genuine = twilioStatus(id, u"delivered"_s);
        QCOMPARE(
            postTwilio(path, encodeForm(genuine), Signatures::twilio(kTwilioToken, kPublic + path, genuine)).status,
            200);
        QCOMPARE(rowState(row), u"delivered"_s);
        QCOMPARE(eventCount(), 2);
    }

    // Since 2026 a customer may be known only by a business-scoped user ID (and a parent one), on both providers:
    // Twilio writes it where the number would be and in ExternalUserId / ParentExternalUserId.
    void customersKnownOnlyByTheirUserIdOnBothProviders()
    {
        const QString bsuid = u"US.13491208655302741918"_s;
        const QString parent = u"US.ENT.11815799212886844830"_s;
        const FormFields inbound {{u"AccountSid"_s, QString::fromUtf16(SandboxAccounts::twilioAccountSid)},
            {u"Body"_s, u"Do you deliver?"_s}, {u"ExternalUserId"_s, bsuid}, {u"From"_s, u"whatsapp:"_s + bsuid},
            {u"MessageSid"_s, u"SM000000000000000000000000000000b1"_s}, {u"NumMedia"_s, u"0"_s},
            {u"ParentExternalUserId"_s, parent}, {u"ProfileName"_s, u"Sheena"_s},
            {u"To"_s, u"whatsapp:+14155238886"_s}};
        const QString inboundPath = WebhookPaths::twilioInbound(m_twilio.id);
        QCOMPARE(postTwilio(
                     inboundPath, encodeForm(inbound), Signatures::twilio(kTwilioToken, kPublic + inboundPath, inbound))
                     .status,
            200);
        QSqlQuery q(m_db.connection());
        QVERIFY(q.exec(u"SELECT from_phone, user_id FROM inbound_messages"_s) && q.next());
        QCOMPARE(q.value(0).toString(), QString());
        QCOMPARE(q.value(1).toString(), bsuid);
        QVERIFY(q.exec(u"SELECT user_id, parent_user_id FROM contacts"_s) && q.next());
        QCOMPARE(q.value(0).toString(), bsuid);
        QCOMPARE(q.value(1).toString(), parent);

        // A Twilio status about a message to them: the id is kept with the report.
        const qint64 twilioRow = acceptedRow(m_twilio.id, u"+14155550100"_s, u"SM000000000000000000000000000000b2"_s);
        FormFields status = twilioStatus(u"SM000000000000000000000000000000b2"_s, u"read"_s);
        status.append({u"ExternalUserId"_s, bsuid});
        const QString statusPath = WebhookPaths::twilioStatus(m_twilio.id);
        QCOMPARE(
            postTwilio(statusPath, encodeForm(status), Signatures::twilio(kTwilioToken, kPublic + statusPath, status))
                .status,
            200);
        QCOMPARE(rowState(twilioRow), u"read"_s);

        // Meta: a status and a message with the IDs alone.
        const qint64 metaRow = acceptedRow(m_meta.id, u"+16505551234"_s, u"wamid.B3"_s);
        QJsonObject metaStatusOnly = metaStatus(u"wamid.B3"_s, u"delivered"_s, 1780000000, QString());
        metaStatusOnly.insert(u"recipient_user_id"_s, u"BR.1502576394655843"_s);
        metaStatusOnly.insert(u"recipient_parent_user_id"_s, u"BR.ENT.99"_s);
        const QJsonObject message {{u"from_user_id"_s, u"BR.1502576394655843"_s}, {u"id"_s, u"wamid.IN-B4"_s},
            {u"timestamp"_s, u"1780000100"_s}, {u"type"_s, u"text"_s},
            {u"text"_s, QJsonObject {{u"body"_s, u"Obrigada"_s}}}};
        const QJsonObject contact {{u"profile"_s, QJsonObject {{u"name"_s, u"Ana"_s}}},
            {u"user_id"_s, u"BR.1502576394655843"_s}, {u"parent_user_id"_s, u"BR.ENT.99"_s}};
        const QByteArray body = metaEnvelope({metaStatusOnly}, {message}, {contact});
        QCOMPARE(postMeta(WebhookPaths::meta(m_meta.id), body, Signatures::meta(kAppSecret, body)).status, 200);
        QCOMPARE(rowState(metaRow), u"delivered"_s);
        QVERIFY(q.exec(u"SELECT parent_user_id FROM contacts WHERE user_id = 'BR.1502576394655843'"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"BR.ENT.99"_s);
    }

private:
    void setEstimate(qint64 row, double usd)
    {
        QSqlQuery q(m_db.connection());
        q.prepare(u"UPDATE outbox SET cost_estimate = ? WHERE id = ?"_s);
        q.addBindValue(usd);
        q.addBindValue(row);
        QVERIFY(q.exec());
    }
    double estimate(qint64 row)
    {
        QSqlQuery q(m_db.connection());
        q.prepare(u"SELECT cost_estimate FROM outbox WHERE id = ?"_s);
        q.addBindValue(row);
        return q.exec() && q.next() ? q.value(0).toDouble() : -1;
    }
};

QTEST_GUILESS_MAIN(TestWebhookReports)
#include "tst_webhookreports.moc"
