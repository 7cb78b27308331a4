#include "twilioprovider.h"

#include "networkerrors.h"
#include "phone/phonenumbers.h"
#include "sendoncebody.h"
#include "twilioerrors.h"
#include "twilioresponses.h"

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
    return watch(reply, std::move(parser), {m_settings.authSecret}, body);
}

ProviderJob* TwilioProvider::verifyCredentials()
{
    QNetworkRequest request = m_requests.fetchAccount();
    request.setTransferTimeout(transferTimeout());
    qCDebug(lcTwilio) << "GET" << request.url().toDisplayString();
    return start(m_network->get(request), [](const HttpResponse& response) {
        const ProviderResult result = TwilioResponses::account(response);
        if (!result.isOk())
            qCWarning(lcTwilio) << "verify failed" << response.status << result.error.code;
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
            const ProviderResult result = TwilioResponses::created(response, recipient);
            if (result.error.isError())
                qCInfo(lcTwilio) << "send rejected" << response.status << result.error.code;
            return result;
        },
        body);
}

ProviderJob* TwilioProvider::fetchStatus(const QString& providerMessageId)
{
    QNetworkRequest request = m_requests.fetchMessage(providerMessageId);
    request.setTransferTimeout(transferTimeout());
    return start(m_network->get(request), &TwilioResponses::message);
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

ProviderJob* TwilioProvider::listTemplates(const QString& next)
{
    QNetworkRequest request = next.isEmpty() ? m_requests.listContent(50) : m_requests.contentPage(next);
    if (!request.url().isValid()) {
        auto* job = new ProviderJob(this);
        ProviderResult refused;
        refused.error.errorClass = ErrorClass::InvalidRequest;
        refused.error.code = u"foreign-page"_s;
        refused.error.explanation = tr("Twilio named a next page on another host; Tandem did not follow it.");
        job->finishLater(refused);
        return job;
    }
    request.setTransferTimeout(transferTimeout());
    qCDebug(lcTwilio) << "GET" << request.url().toDisplayString();
    return start(m_network->get(request), &TwilioResponses::contentPage);
}

ProviderJob* TwilioProvider::createTemplate(const QJsonObject& definition)
{
    // The Content first, then its WhatsApp approval request.
    QJsonObject content = definition;
    const QJsonObject approval = content.take(u"approval"_s).toObject();
    auto* outer = new ProviderJob(this);
    QNetworkRequest request = m_requests.createContent();
    request.setTransferTimeout(transferTimeout());
    qCDebug(lcTwilio) << "POST" << request.url().toDisplayString();
    ProviderJob* created = start(m_network->post(request, QJsonDocument(content).toJson(QJsonDocument::Compact)),
        &TwilioResponses::contentCreated);
    connect(created, &ProviderJob::finished, outer, [this, outer, approval](const ProviderResult& result) {
        if (!result.isOk() || approval.isEmpty()) {
            outer->finishLater(result);
            return;
        }
        QNetworkRequest ask = m_requests.requestApproval(result.messageId);
        ask.setTransferTimeout(transferTimeout());
        ProviderJob* asked = start(m_network->post(ask, QJsonDocument(approval).toJson(QJsonDocument::Compact)),
            &TwilioResponses::approvalRequested);
        connect(asked, &ProviderJob::finished, outer, [outer, result](const ProviderResult& approved) {
            ProviderResult combined = approved;
            combined.messageId = result.messageId;
            combined.details.insert(u"template"_s, result.details.value(u"template"_s));
            outer->finishLater(combined);
        });
    });
    return outer;
}

bool TwilioProvider::canListInbound() const
{
    return !m_settings.from.isEmpty(); // a Messaging Service's numbers are not known here
}

ProviderJob* TwilioProvider::listInbound(qint64 sinceMs)
{
    auto* outer = new ProviderJob(this);
    const QDate day = QDateTime::fromMSecsSinceEpoch(sinceMs, Qt::UTC).date();
    constexpr int kPageSize = 100;
    constexpr int kMostPages = 5;
    inboundPage(outer, sinceMs, m_requests.listInbound(day, kPageSize), {}, kMostPages);
    return outer;
}

void TwilioProvider::inboundPage(
    ProviderJob* outer, qint64 sinceMs, QNetworkRequest request, QVariantList found, int pagesLeft)
{
    request.setTransferTimeout(transferTimeout());
    qCDebug(lcTwilio) << "GET" << request.url().toDisplayString();
    ProviderJob* page = start(m_network->get(request),
        [sinceMs](const HttpResponse& response) { return TwilioResponses::inboundPage(response, sinceMs); });
    connect(page, &ProviderJob::finished, outer,
        [this, outer, sinceMs, found, pagesLeft](const ProviderResult& result) mutable {
            if (!result.isOk()) {
                outer->finishLater(result);
                return;
            }
            found << result.details.value(u"messages"_s).toList();
            const QString next = result.details.value(u"next_page_uri"_s).toString();
            if (!result.details.value(u"older_reached"_s).toBool() && !next.isEmpty() && pagesLeft > 1) {
                inboundPage(outer, sinceMs, m_requests.page(next), found, pagesLeft - 1);
                return;
            }
            ProviderResult answer;
            answer.details.insert(u"messages"_s, found);
            outer->finishLater(answer);
        });
}

void TwilioProvider::findSentPage(
    ProviderJob* outer, const SentMessageQuery& query, QNetworkRequest request, int pagesLeft)
{
    request.setTransferTimeout(transferTimeout());
    qCDebug(lcTwilio) << "GET" << request.url().toDisplayString();
    ProviderJob* page = start(m_network->get(request),
        [query](const HttpResponse& response) { return TwilioResponses::sentPage(response, query); });
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
