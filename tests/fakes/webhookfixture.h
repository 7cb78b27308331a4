#pragma once

// The webhook receiver's tests share this: a real SQLite file (or PostgreSQL), a Twilio and a Meta sender with the
// sandbox's secrets, the receiver on loopback behind a public address, and the requests and reads they make.
#include "model/webhookpaths.h"
#include "outbox/outbox.h"
#include "profiles/profilerepository.h"
#include "profiles/profileservice.h"
#include "providers/providerregistry.h"
#include "secrets/memorysecretstore.h"
#include "storage/database.h"
#include "util/formencoding.h"
#include "webhooks/signatures.h"
#include "webhooks/webhookserver.h"

#include "outboxrows.h"
#include "sandboxprofiles.h"
#include "savesender.h"
#include "testdatabase.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// Only tests include this: u"…"_s reads as in every test file.
using namespace Qt::StringLiterals;

namespace WebhookFixtureData {
// The receiver sits behind a proxy: providers call (and sign) this address.
inline const QString kPublic = u"https://hooks.example.com"_s;
inline const QString kTwilioToken = QString::fromUtf16(SandboxAccounts::twilioAuthToken);
inline const QString kAppSecret = QString::fromUtf16(SandboxAccounts::metaAppSecret);

struct Answer
{
    int status = 0;
    QByteArray body;
};

inline QJsonObject metaStatus(const QString& id, const QString& status, qint64 seconds, const QString& recipient)
{
    QJsonObject s {{u"id"_s, id}, {u"status"_s, status}, {u"timestamp"_s, QString::number(seconds)}};
    if (!recipient.isEmpty())
        s.insert(u"recipient_id"_s, recipient);
    return s;
}

inline QByteArray metaEnvelope(
    const QJsonArray& statuses, const QJsonArray& messages = {}, const QJsonArray& contacts = {})
{
    QJsonObject value {{u"messaging_product"_s, u"whatsapp"_s},
        {u"metadata"_s,
            QJsonObject {{u"display_phone_number"_s, u"15550783881"_s},
                {u"phone_number_id"_s, QString::fromUtf16(SandboxAccounts::metaPhoneNumberId)}}}};
    if (!statuses.isEmpty())
        value.insert(u"statuses"_s, statuses);
    if (!messages.isEmpty())
        value.insert(u"messages"_s, messages);
    if (!contacts.isEmpty())
        value.insert(u"contacts"_s, contacts);
    return QJsonDocument(
        QJsonObject {{u"object"_s, u"whatsapp_business_account"_s},
            {u"entry"_s,
                QJsonArray {QJsonObject {{u"id"_s, u"102290129340398"_s},
                    {u"changes"_s, QJsonArray {QJsonObject {{u"field"_s, u"messages"_s}, {u"value"_s, value}}}}}}}})
        .toJson(QJsonDocument::Compact);
}
} // namespace WebhookFixtureData

class WebhookFixture
{
protected:
    using Answer = WebhookFixtureData::Answer;
    void setUp()
    {
        QVERIFY(m_db.open(testDatabase(m_dir, u"hooks-%1"_s.arg(++m_counter))).isOk());
        m_profiles = std::make_unique<ProfileRepository>(m_db, m_registry);
        m_secrets = std::make_unique<MemorySecretStore>();
        m_service = std::make_unique<ProfileService>(*m_profiles, m_registry, *m_secrets);
        m_twilio = save(twilioSandboxProfile(QUrl(u"http://127.0.0.1:9"_s)), twilioSandboxSecrets());
        m_meta = save(metaSandboxProfile(QUrl(u"http://127.0.0.1:9"_s)), metaSandboxSecrets());
        WebhookServer::Options options;
        options.publicUrl = QUrl(WebhookFixtureData::kPublic);
        m_server = std::make_unique<WebhookServer>(m_db, m_registry, *m_service, options);
        m_port = m_server->start(0, QHostAddress::LocalHost);
        QVERIFY(m_port != 0);
        m_outbox = std::make_unique<Outbox>(m_db);
    }
    void tearDown()
    {
        m_server.reset();
        m_outbox.reset();
        m_service.reset();
        m_secrets.reset();
        m_profiles.reset();
        m_db.close();
    }

    // Every message the receiver logs while it lives, as the lines a log would get.
    struct LogCapture
    {
        LogCapture()
        {
            s_lines = &lines;
            m_previous = qInstallMessageHandler(
                [](QtMsgType, const QMessageLogContext&, const QString& message) { s_lines->append(message); });
        }
        ~LogCapture()
        {
            qInstallMessageHandler(m_previous);
            s_lines = nullptr;
        }
        QStringList lines;
        static inline QStringList* s_lines = nullptr;

    private:
        QtMessageHandler m_previous;
    };

    Profile save(Profile profile, const QHash<QString, QString>& secrets)
    {
        return saveSender(*m_service, std::move(profile), secrets);
    }

    Profile saveMeta(const QString& name, const QString& phoneNumberId, const QString& wabaId, const QString& appSecret)
    {
        Profile p = metaSandboxProfile(QUrl(u"http://127.0.0.1:9"_s));
        p.name = name;
        p.settings.insert(u"phone_number_id"_s, phoneNumberId);
        p.settings.insert(u"waba_id"_s, wabaId);
        QHash<QString, QString> secrets = metaSandboxSecrets();
        secrets.insert(u"app_secret"_s, appSecret);
        return save(p, secrets);
    }

    int count(const QString& tableAndWhere)
    {
        QSqlQuery q(m_db.connection());
        return q.exec(u"SELECT COUNT(*) FROM "_s + tableAndWhere) && q.next() ? q.value(0).toInt() : -1;
    }

    static OutgoingMessage textMessage()
    {
        OutgoingMessage m;
        m.text = u"Your order is ready"_s;
        return m;
    }

    // A row the provider accepted with this id, as the dispatcher records it.
    qint64 acceptedRow(qint64 profileId, const QString& recipient, const QString& messageId)
    {
        return ::acceptedRow(*m_outbox, profileId, recipient, messageId);
    }

    static FormFields twilioStatus(const QString& sid, const QString& status)
    {
        return {{u"AccountSid"_s, QString::fromUtf16(SandboxAccounts::twilioAccountSid)},
            {u"ApiVersion"_s, u"2010-04-01"_s}, {u"ChannelPrefix"_s, u"whatsapp"_s},
            {u"From"_s, u"whatsapp:+14155238886"_s}, {u"MessageSid"_s, sid}, {u"MessageStatus"_s, status},
            {u"SmsSid"_s, sid}, {u"SmsStatus"_s, status}, {u"To"_s, u"whatsapp:+14155550100"_s}};
    }

    QString rowState(qint64 row)
    {
        return ::rowState(m_db, row);
    }

    QList<qint64> rowTimes(qint64 row)
    {
        QSqlQuery q(m_db.connection());
        q.prepare(u"SELECT sent_at, delivered_at, read_at FROM outbox WHERE id = ?"_s);
        q.addBindValue(row);
        if (!q.exec() || !q.next())
            return {};
        return {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong()};
    }

    int eventCount()
    {
        QSqlQuery q(m_db.connection());
        return q.exec(u"SELECT COUNT(*) FROM webhook_events"_s) && q.next() ? q.value(0).toInt() : -1;
    }

    Answer send(QNetworkRequest request, const QByteArray* body)
    {
        QNetworkReply* reply = body ? m_network.post(request, *body) : m_network.get(request);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!finished.wait(5000))
            return {};
        Answer a {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()};
        reply->deleteLater();
        return a;
    }

    QNetworkRequest local(const QString& pathAndQuery) const
    {
        return QNetworkRequest(QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_port).arg(pathAndQuery)));
    }

    Answer postTwilio(const QString& path, const QByteArray& body, const QByteArray& signature)
    {
        QNetworkRequest r = local(path);
        r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/x-www-form-urlencoded"));
        if (!signature.isEmpty())
            r.setRawHeader("X-Twilio-Signature", signature);
        return send(r, &body);
    }

    Answer postMeta(const QString& path, const QByteArray& body, const QByteArray& signature)
    {
        QNetworkRequest r = local(path);
        r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        if (!signature.isEmpty())
            r.setRawHeader("X-Hub-Signature-256", signature);
        return send(r, &body);
    }

    Answer get(const QString& pathAndQuery)
    {
        return send(local(pathAndQuery), nullptr);
    }

    QTemporaryDir m_dir;
    int m_counter = 0;
    Database m_db;
    const ProviderRegistry m_registry = ProviderRegistry::builtin();
    std::unique_ptr<ProfileRepository> m_profiles;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<ProfileService> m_service;
    std::unique_ptr<WebhookServer> m_server;
    std::unique_ptr<Outbox> m_outbox;
    QNetworkAccessManager m_network;
    quint16 m_port = 0;
    Profile m_twilio;
    Profile m_meta;
};
