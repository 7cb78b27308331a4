#include "twilioprovider.h"

#include "networkerrors.h"
#include "phone/phonenumbers.h"
#include "sendoncebody.h"
#include "twilioerrors.h"
#include "twiliosentmatch.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QLoggingCategory>
#include <QNetworkAccessManager>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcTwilio, "tandem.providers.twilio")

TwilioProvider::TwilioProvider(TwilioSettings settings, QNetworkAccessManager* network, QObject* parent)
    : MessagingProvider(parent), m_settings(std::move(settings)), m_requests(m_settings), m_network(network)
{ }

QString TwilioProvider::kind() const
{
    return u"twilio"_s;
}

ProviderJob* TwilioProvider::start(QNetworkReply* reply, ProviderJob::Parser parser, SendOnceBody* body)
{
    auto* job = new ProviderJob(this);
    job->watch(reply, std::move(parser), {m_settings.authSecret}, body);
    return job;
}

ProviderJob* TwilioProvider::verifyCredentials()
{
    QNetworkRequest request = m_requests.fetchAccount();
    request.setTransferTimeout(transferTimeout());
    qCDebug(lcTwilio) << "GET" << request.url().toDisplayString();
    return start(m_network->get(request), [](const HttpResponse& response) {
        ProviderResult result;
        if (response.status != 200) {
            result.error = twilioErrorFromResponse(response);
            qCWarning(lcTwilio) << "verify failed" << response.status << result.error.code;
            return result;
        }
        const QJsonObject account = QJsonDocument::fromJson(response.body).object();
        result.details = {{u"account_sid"_s, account.value(u"sid"_s).toString()},
            {u"friendly_name"_s, account.value(u"friendly_name"_s).toString()},
            {u"account_status"_s, account.value(u"status"_s).toString()},
            {u"account_type"_s, account.value(u"type"_s).toString()}};
        result.status = account.value(u"status"_s).toString();
        if (result.status != u"active"_s) {
            result.error.errorClass = ErrorClass::Authentication;
            result.error.code = u"account-"_s + result.status;
            result.error.explanation = QCoreApplication::translate(
                "TwilioProvider", "The Twilio account is %1, not active. Reactivate it in the Twilio Console.")
                                           .arg(result.status);
        }
        return result;
    });
}

ProviderJob* TwilioProvider::send(const OutgoingMessage& message)
{
    auto fail = [this](ErrorClass c, const QString& code, const QString& explanation) {
        auto* job = new ProviderJob(this);
        ProviderResult result;
        result.error.errorClass = c;
        result.error.code = code;
        result.error.explanation = explanation;
        job->finishLater(result);
        return job;
    };
    const Result<QString> to = normalizePhoneNumber(message.to, m_settings.defaultRegion);
    if (!to.isOk())
        return fail(ErrorClass::InvalidRecipient, u"invalid-number"_s, to.error());
    const Result<FormFields> form = m_requests.messageForm(message, to.value());
    if (!form.isOk())
        return fail(ErrorClass::InvalidRequest, u"unsupported-message"_s, form.error());

    QNetworkRequest request = m_requests.createMessage();
    request.setTransferTimeout(transferTimeout());
    qCDebug(lcTwilio) << "POST" << request.url().toDisplayString();
    const QString recipient = to.value();
    auto* body = new SendOnceBody(encodeForm(form.value()));
    return start(
        m_network->post(request, body),
        [recipient](const HttpResponse& response) {
            ProviderResult result;
            result.recipient = recipient;
            if (response.status != 201 && response.status != 200) {
                result.error = twilioErrorFromResponse(response);
                qCInfo(lcTwilio) << "send rejected" << response.status << result.error.code;
                return result;
            }
            const QJsonObject created = QJsonDocument::fromJson(response.body).object();
            result.messageId = created.value(u"sid"_s).toString();
            result.status = created.value(u"status"_s).toString();
            if (result.messageId.isEmpty())
                result.error = unreadableSuccess(u"Twilio"_s);
            return result;
        },
        body);
}

ProviderJob* TwilioProvider::fetchStatus(const QString& providerMessageId)
{
    QNetworkRequest request = m_requests.fetchMessage(providerMessageId);
    request.setTransferTimeout(transferTimeout());
    return start(m_network->get(request), [](const HttpResponse& response) {
        ProviderResult result;
        if (response.status != 200) {
            result.error = twilioErrorFromResponse(response);
            return result;
        }
        const QJsonObject message = QJsonDocument::fromJson(response.body).object();
        result.messageId = message.value(u"sid"_s).toString();
        result.status = message.value(u"status"_s).toString();
        result.recipient = message.value(u"to"_s).toString();
        // Delivery failures arrive here, after the 201: failed/undelivered with an error_code.
        const QJsonValue code = message.value(u"error_code"_s);
        if (!code.isNull() && !code.isUndefined() && code.toInt() != 0)
            result.error = twilioErrorFromCode(code.toInt(), message.value(u"error_message"_s).toString());
        return result;
    });
}

bool TwilioProvider::canFindSent() const
{
    return true;
}

ProviderJob* TwilioProvider::findSent(const SentMessageQuery& query)
{
    auto* outer = new ProviderJob(this);
    const Result<QString> to = normalizePhoneNumber(query.message.to, m_settings.defaultRegion);
    if (!to.isOk()) {
        ProviderResult none; // a number that cannot be read was never sent
        outer->finishLater(none);
        return outer;
    }
    const QDate day = QDateTime::fromMSecsSinceEpoch(query.sentAtMs, Qt::UTC).date();
    constexpr int kPageSize = 50;
    constexpr int kMostPages = 4;
    findSentPage(outer, query, m_requests.listMessages(to.value(), day, kPageSize), kMostPages);
    return outer;
}

void TwilioProvider::findSentPage(
    ProviderJob* outer, const SentMessageQuery& query, QNetworkRequest request, int pagesLeft)
{
    request.setTransferTimeout(transferTimeout());
    qCDebug(lcTwilio) << "GET" << request.url().toDisplayString();
    ProviderJob* page = start(m_network->get(request), [query](const HttpResponse& response) {
        ProviderResult result;
        if (response.status != 200) {
            result.error = twilioErrorFromResponse(response);
            return result;
        }
        const QJsonObject list = QJsonDocument::fromJson(response.body).object();
        result.messageId = matchTwilioSentMessage(list.value(u"messages"_s).toArray(), query);
        result.details.insert(u"next_page_uri"_s, list.value(u"next_page_uri"_s).toString());
        return result;
    });
    connect(page, &ProviderJob::finished, outer, [this, outer, query, pagesLeft](const ProviderResult& result) {
        const QString next = result.details.value(u"next_page_uri"_s).toString();
        if (result.isOk() && result.messageId.isEmpty() && !next.isEmpty() && pagesLeft > 1) {
            findSentPage(outer, query, m_requests.page(next), pagesLeft - 1);
            return;
        }
        ProviderResult answer = result;
        answer.details.remove(u"next_page_uri"_s);
        outer->finishLater(answer);
    });
}
