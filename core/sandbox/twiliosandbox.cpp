#include "twiliosandbox.h"

#include "sandboxaccounts.h"
#include "sandboxcallbacks.h"
#include "sandboxstate.h"
#include "templates/templatetext.h"
#include "util/formencoding.h"

#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>
#include <QUrlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {
const QRegularExpression kAccountPath(u"^/2010-04-01/Accounts/([^/]+)\\.json$"_s);
const QRegularExpression kMessagesPath(u"^/2010-04-01/Accounts/([^/]+)/Messages\\.json$"_s);
const QRegularExpression kMessagePath(u"^/2010-04-01/Accounts/([^/]+)/Messages/([^/]+)\\.json$"_s);
const QRegularExpression kAccountSid(u"^AC[0-9a-fA-F]{32}$"_s);
const QRegularExpression kContentSid(u"^HX[0-9a-fA-F]{32}$"_s);
const QRegularExpression kServiceSid(u"^MG[0-9a-fA-F]{32}$"_s);
const QRegularExpression kWhatsAppAddress(u"^whatsapp:\\+[1-9][0-9]{6,14}$"_s);

// Codes that Twilio reports after accepting the message (status callback / error_code), not in the 201.
bool isAsyncCode(int code)
{
    static const QList<int> codes = {63016, 63024, 63032, 30007, 63003, 63027, 63028, 63029, 30036, 63017, 63018};
    return codes.contains(code);
}

QString rfc2822(const QDateTime& when)
{
    return QLocale::c().toString(when.toUTC(), u"ddd, dd MMM yyyy HH:mm:ss '+0000'"_s);
}

QString newSid(const QString& prefix)
{
    return prefix + QUuid::createUuid().toString(QUuid::Id128);
}

int httpStatusFor(int code)
{
    switch (code) {
    case 20003:
        return 401;
    case 20404:
        return 404;
    case 20429:
        return 429;
    default:
        return 400;
    }
}

} // namespace

QString TwilioSandbox::messageFor(int code)
{
    switch (code) {
    case 20003:
        return u"Authenticate"_s;
    case 20429:
        return u"Too Many Requests"_s;
    case 21211:
        return u"The 'To' number is not a valid phone number."_s;
    case 21408:
        return u"Permission to send an SMS has not been enabled for the region indicated by the 'To' number."_s;
    case 21610:
        return u"Attempt to send to unsubscribed recipient"_s;
    case 63007:
        return u"Twilio could not find a Channel with the specified From address"_s;
    case 63016:
        return u"Failed to send freeform message because you are outside the allowed window. If you are using "
               "WhatsApp, please use a Message Template."_s;
    case 63024:
        return u"Invalid message recipient"_s;
    case 63032:
        return u"We cannot send this message to this user because of a WhatsApp limitation."_s;
    case 30007:
        return u"Message filtered"_s;
    case 63018:
        return u"Rate limit exceeded for Channel"_s;
    default:
        return u"Error %1"_s.arg(code);
    }
}

TwilioSandbox::TwilioSandbox(SandboxState& state, SandboxCallbacks* callbacks) : m_state(state), m_callbacks(callbacks)
{ }

SandboxReply TwilioSandbox::error(int httpStatus, int code, const QString& message)
{
    return SandboxReply::json(httpStatus,
        {{u"code"_s, code}, {u"message"_s, message},
            {u"more_info"_s, u"https://www.twilio.com/docs/errors/%1"_s.arg(code)}, {u"status"_s, httpStatus}});
}

bool TwilioSandbox::handles(const SandboxRequest& request) const
{
    return request.path.startsWith(u"/2010-04-01/"_s);
}

bool TwilioSandbox::authenticated(const QString& accountSid, const SandboxRequest& request) const
{
    const QByteArray header = request.header("Authorization");
    if (!header.startsWith("Basic "))
        return false;
    const QString credentials = QString::fromUtf8(QByteArray::fromBase64(header.mid(6)));
    const QString user = credentials.section(u':', 0, 0);
    const QString password = credentials.section(u':', 1);
    if (accountSid != QString::fromUtf16(SandboxAccounts::twilioAccountSid))
        return false;
    if (user == QString::fromUtf16(SandboxAccounts::twilioAccountSid))
        return password == QString::fromUtf16(SandboxAccounts::twilioAuthToken);
    if (user == QString::fromUtf16(SandboxAccounts::twilioApiKeySid))
        return password == QString::fromUtf16(SandboxAccounts::twilioApiKeySecret);
    return false;
}

SandboxReply TwilioSandbox::handle(const SandboxRequest& request)
{
    QRegularExpressionMatch match;
    QString accountSid;
    if ((match = kMessagePath.match(request.path)).hasMatch() || (match = kMessagesPath.match(request.path)).hasMatch()
        || (match = kAccountPath.match(request.path)).hasMatch())
        accountSid = match.captured(1);
    else
        return error(404, 20404, u"The requested resource %1 was not found"_s.arg(request.path));

    if (!authenticated(accountSid, request))
        return error(401, 20003, u"Authenticate"_s);

    if (kMessagePath.match(request.path).hasMatch() && request.method == u"GET"_s)
        return fetchMessage(accountSid, kMessagePath.match(request.path).captured(2));
    if (kMessagesPath.match(request.path).hasMatch()) {
        if (request.method == u"POST"_s)
            return createMessage(accountSid, request);
        if (request.method == u"GET"_s)
            return listMessages(accountSid, request);
    }
    if (kAccountPath.match(request.path).hasMatch() && request.method == u"GET"_s)
        return fetchAccount(accountSid);
    return error(405, 20004, u"Method not allowed"_s);
}

SandboxReply TwilioSandbox::fetchAccount(const QString& accountSid) const
{
    const QString now = rfc2822(QDateTime::currentDateTimeUtc());
    return SandboxReply::json(200,
        {{u"sid"_s, accountSid}, {u"friendly_name"_s, u"Tandem Sandbox Account"_s}, {u"status"_s, u"active"_s},
            {u"type"_s, u"Full"_s}, {u"owner_account_sid"_s, accountSid}, {u"date_created"_s, now},
            {u"date_updated"_s, now}, {u"auth_token"_s, u"[hidden]"_s},
            {u"uri"_s, u"/2010-04-01/Accounts/%1.json"_s.arg(accountSid)}});
}

SandboxReply TwilioSandbox::createMessage(const QString& accountSid, const SandboxRequest& request)
{
    if (!request.header("Content-Type").startsWith("application/x-www-form-urlencoded"))
        return error(400, 20001, u"Content-Type must be application/x-www-form-urlencoded"_s);
    const FormFields form = decodeForm(request.body);
    const QString to = formValue(form, u"To"_s);
    const QString from = formValue(form, u"From"_s);
    const QString service = formValue(form, u"MessagingServiceSid"_s);
    const QString body = formValue(form, u"Body"_s);
    const QStringList media = formValues(form, u"MediaUrl"_s);
    const QString contentSid = formValue(form, u"ContentSid"_s);
    const QString contentVariables = formValue(form, u"ContentVariables"_s);

    if (to.isEmpty())
        return error(400, 21604, u"A 'To' phone number is required."_s);
    if (from.isEmpty() && service.isEmpty())
        return error(400, 21603, u"A 'From' phone number is required."_s);
    if (!service.isEmpty() && !kServiceSid.match(service).hasMatch())
        return error(400, 21701, u"The Messaging Service Sid %1 is invalid."_s.arg(service));
    if (!kWhatsAppAddress.match(to).hasMatch())
        return error(400, 21211, u"The 'To' number %1 is not a valid phone number."_s.arg(to));
    if (!from.isEmpty() && from != u"whatsapp:"_s + QString::fromUtf16(SandboxAccounts::twilioSender))
        return error(400, 63007, messageFor(63007));
    if (body.isEmpty() && media.isEmpty() && contentSid.isEmpty())
        return error(400, 21619, u"A text message body or media urls must be specified."_s);
    if (body.size() > 1600)
        return error(400, 21617, u"The concatenated message body exceeds the 1600 character limit."_s);
    if (media.size() > 10)
        return error(400, 21623, u"The number of media files exceeds the maximum of 10."_s);
    for (const QString& url : media) {
        const QUrl parsed(url, QUrl::StrictMode);
        if (!parsed.isValid() || !(parsed.scheme() == u"https"_s || parsed.scheme() == u"http"_s))
            return error(400, 21620, u"Invalid media URL(s)"_s);
    }
    int asyncCode = 0;
    QString renderedContent; // Twilio fills a Content template's text into the message's body
    QStringList contentChoices; // its quick replies or list items
    if (!contentSid.isEmpty()) {
        if (!kContentSid.match(contentSid).hasMatch())
            return error(400, 21655, u"The ContentSid is Invalid."_s);
        const QList<SandboxTemplate> contents = m_state.templates(u"twilio"_s);
        const SandboxTemplate* content = nullptr;
        for (const SandboxTemplate& t : contents) {
            if (t.name == contentSid)
                content = &t;
        }
        if (!content)
            return error(404, 21655, u"The ContentSid is Invalid."_s);
        int given = 0;
        if (!contentVariables.isEmpty()) {
            QJsonParseError parseError;
            const QJsonDocument variables = QJsonDocument::fromJson(contentVariables.toUtf8(), &parseError);
            if (parseError.error != QJsonParseError::NoError || !variables.isObject())
                return error(400, 21656, u"The ContentVariables Parameter is invalid."_s);
            const QJsonObject values = variables.object();
            for (const QJsonValue& value : values) {
                if (!value.isString())
                    return error(400, 21656, u"The ContentVariables Parameter is invalid."_s);
                ++given;
            }
        }
        if (given < content->bodyVariables)
            asyncCode = 63028; // Twilio accepts, then the message fails
        renderedContent = content->body;
        const QJsonObject types = content->submitted.value(u"types"_s).toObject();
        for (const QJsonValue& a : types.value(u"twilio/quick-reply"_s).toObject().value(u"actions"_s).toArray())
            contentChoices << a.toObject().value(u"title"_s).toString();
        for (const QJsonValue& i : types.value(u"twilio/list-picker"_s).toObject().value(u"items"_s).toArray())
            contentChoices << i.toObject().value(u"item"_s).toString();
        if (!contentVariables.isEmpty()) {
            QMap<QString, QString> values;
            const QJsonObject variables = QJsonDocument::fromJson(contentVariables.toUtf8()).object();
            for (auto it = variables.begin(); it != variables.end(); ++it)
                values.insert(it.key(), it.value().toString());
            renderedContent = TemplateText::render(content->body, values);
        }
    }

    const QString recipient = to.mid(9);
    if (!m_state.takeRateSlot(accountSid + from + service)) {
        SandboxReply reply = error(429, 20429, messageFor(20429));
        reply.headers.append({QByteArray("Retry-After"), QByteArray("1")});
        return reply;
    }
    const SandboxFault fault = m_state.takeFault(recipient);
    switch (fault.kind) {
    case SandboxFault::Kind::ProviderError:
        if (!isAsyncCode(fault.code) && !fault.afterAcceptance)
            return error(httpStatusFor(fault.code), fault.code, messageFor(fault.code));
        asyncCode = fault.code;
        break;
    case SandboxFault::Kind::TooManyRequests: {
        SandboxReply reply = error(429, 20429, messageFor(20429));
        if (fault.retryAfterSeconds >= 0)
            reply.headers.append({"Retry-After", QByteArray::number(fault.retryAfterSeconds)});
        return reply;
    }
    case SandboxFault::Kind::ServerError: {
        const int status = fault.httpStatus > 0 ? fault.httpStatus : 500;
        return status == 503 ? error(503, 20503, u"Service Unavailable"_s)
                             : error(status, 20500, u"An internal server error has occurred"_s);
    }
    case SandboxFault::Kind::MalformedBody:
    case SandboxFault::Kind::Drop:
    case SandboxFault::Kind::Hang:
        return *fault.transportReply(201);
    case SandboxFault::Kind::DropAfterAccept:
    case SandboxFault::Kind::HangAfterAccept:
    case SandboxFault::Kind::None:
        break;
    }

    SandboxState::StoredMessage message;
    message.sid = newSid(media.isEmpty() ? u"SM"_s : u"MM"_s);
    message.provider = u"twilio"_s;
    message.from = from;
    message.to = recipient;
    message.body = contentSid.isEmpty() ? body : renderedContent;
    message.choices = contentChoices;
    message.created = QDateTime::currentDateTimeUtc();
    message.asyncErrorCode = asyncCode;
    message.messagingServiceSid = service;
    message.numMedia = int(media.size());
    message.accountSid = accountSid;
    message.statusCallback = formValue(form, u"StatusCallback"_s);
    m_state.recordAccepted(message);
    if (m_callbacks)
        m_callbacks->accepted(message); // reported even when the answer below is lost, as Twilio does

    if (fault.kind == SandboxFault::Kind::DropAfterAccept)
        return SandboxReply::withAction(SandboxReply::Action::Drop);
    if (fault.kind == SandboxFault::Kind::HangAfterAccept)
        return SandboxReply::withAction(SandboxReply::Action::Hang);

    QJsonObject resource = messageResource(accountSid, message.sid);
    // The create answer is always the initial status; a failure shows up later.
    resource.insert(u"status"_s, service.isEmpty() ? u"queued"_s : u"accepted"_s);
    resource.insert(u"error_code"_s, QJsonValue::Null);
    resource.insert(u"error_message"_s, QJsonValue::Null);
    return SandboxReply::json(201, resource);
}

QJsonObject TwilioSandbox::messageResource(const QString& accountSid, const QString& sid) const
{
    const std::optional<SandboxState::StoredMessage> m = m_state.message(sid);
    if (m->inbound) {
        const QString at = rfc2822(m->created);
        return {{u"account_sid"_s, accountSid}, {u"api_version"_s, u"2010-04-01"_s}, {u"body"_s, m->body},
            {u"date_created"_s, at}, {u"date_sent"_s, at}, {u"date_updated"_s, at}, {u"direction"_s, u"inbound"_s},
            {u"error_code"_s, QJsonValue::Null}, {u"error_message"_s, QJsonValue::Null}, {u"from"_s, m->from},
            {u"messaging_service_sid"_s, QJsonValue::Null}, {u"num_media"_s, u"0"_s}, {u"num_segments"_s, u"1"_s},
            {u"price"_s, QJsonValue::Null}, {u"price_unit"_s, u"USD"_s}, {u"sid"_s, m->sid},
            {u"status"_s, u"received"_s}, {u"to"_s, QString(u"whatsapp:"_s + m->to)},
            {u"uri"_s, u"/2010-04-01/Accounts/%1/Messages/%2.json"_s.arg(accountSid, m->sid)}};
    }
    const qint64 age = m->created.msecsTo(QDateTime::currentDateTimeUtc());
    const SandboxLifecycle::Step step = m_state.lifecycle().at(m->sid, m->provider, m->asyncErrorCode, age);
    QString status
        = step.status.isEmpty() ? (m->messagingServiceSid.isEmpty() ? u"queued"_s : u"accepted"_s) : step.status;
    QJsonValue errorCode = QJsonValue::Null;
    QJsonValue errorMessage = QJsonValue::Null;
    if (step.errorCode != 0) {
        errorCode = step.errorCode;
        errorMessage = messageFor(step.errorCode);
    }
    const QString created = rfc2822(m->created);
    const QString updated = rfc2822(m->created.addMSecs(step.afterMs));
    // Twilio prices a WhatsApp message once it is sent; a failed one costs nothing.
    const QJsonValue price = step.status == u"sent"_s || step.status == u"delivered"_s || step.status == u"read"_s
        ? QJsonValue(u"-0.00500"_s)
        : QJsonValue(QJsonValue::Null);
    return {{u"account_sid"_s, accountSid}, {u"api_version"_s, u"2010-04-01"_s}, {u"body"_s, m->body},
        {u"date_created"_s, created}, {u"date_sent"_s, created}, {u"date_updated"_s, updated},
        {u"direction"_s, u"outbound-api"_s}, {u"error_code"_s, errorCode}, {u"error_message"_s, errorMessage},
        {u"from"_s, m->from.isEmpty() ? QJsonValue::Null : QJsonValue(m->from)},
        {u"messaging_service_sid"_s,
            m->messagingServiceSid.isEmpty() ? QJsonValue::Null : QJsonValue(m->messagingServiceSid)},
        {u"num_media"_s, QString::number(m->numMedia)}, {u"num_segments"_s, u"1"_s}, {u"price"_s, price},
        {u"price_unit"_s, u"USD"_s}, {u"sid"_s, m->sid}, {u"status"_s, status},
        {u"subresource_uris"_s,
            QJsonObject {{u"media"_s, u"/2010-04-01/Accounts/%1/Messages/%2/Media.json"_s.arg(accountSid, m->sid)}}},
        {u"to"_s, QString(u"whatsapp:"_s + m->to)},
        {u"uri"_s, u"/2010-04-01/Accounts/%1/Messages/%2.json"_s.arg(accountSid, m->sid)}};
}

SandboxReply TwilioSandbox::fetchMessage(const QString& accountSid, const QString& messageSid) const
{
    if (!m_state.message(messageSid))
        return error(404, 20404,
            u"The requested resource /2010-04-01/Accounts/%1/Messages/%2.json was not found"_s.arg(
                accountSid, messageSid));
    return SandboxReply::json(200, messageResource(accountSid, messageSid));
}

SandboxReply TwilioSandbox::listMessages(const QString& accountSid, const SandboxRequest& request) const
{
    // Filters as Twilio's list does: To and From exactly (whatsapp:+… addresses), DateSent on, before or after a
    // day (DateSent, DateSent<, DateSent>: YYYY-MM-DD, GMT); newest first, PageSize at a time (50 unless given).
    QString to = request.query.queryItemValue(u"To"_s, QUrl::FullyDecoded);
    if (to.startsWith(u"whatsapp:"_s))
        to = to.mid(9);
    const QString from = request.query.queryItemValue(u"From"_s, QUrl::FullyDecoded);
    const auto day = [&](const QString& key) {
        return QDate::fromString(request.query.queryItemValue(key, QUrl::FullyDecoded).left(10), Qt::ISODate);
    };
    const QDate on = day(u"DateSent"_s);
    const QDate before = day(u"DateSent<"_s);
    const QDate after = day(u"DateSent>"_s);
    bool sizeOk = false;
    int pageSize = request.query.queryItemValue(u"PageSize"_s).toInt(&sizeOk);
    if (!sizeOk)
        pageSize = 50;
    if (pageSize < 1 || pageSize > 1000)
        return error(400, 20001, u"PageSize must be between 1 and 1000"_s);
    const int page = qMax(0, request.query.queryItemValue(u"Page"_s).toInt());

    QList<SandboxState::StoredMessage> matching;
    for (const SandboxState::StoredMessage& m : m_state.messages(u"twilio"_s, to)) {
        const QDate sent = m.created.date();
        if (!from.isEmpty() && m.from != from)
            continue;
        if ((on.isValid() && sent != on) || (before.isValid() && sent > before) || (after.isValid() && sent < after))
            continue;
        matching << m;
    }
    QJsonArray messages;
    for (qsizetype i = qsizetype(page) * pageSize; i < matching.size() && messages.size() < pageSize; ++i)
        messages.append(messageResource(accountSid, matching.at(i).sid));
    QUrlQuery next = request.query;
    next.removeAllQueryItems(u"Page"_s);
    next.removeAllQueryItems(u"PageSize"_s);
    next.addQueryItem(u"PageSize"_s, QString::number(pageSize));
    const QString uri = u"/2010-04-01/Accounts/%1/Messages.json"_s.arg(accountSid);
    auto pageUri = [&](int n) {
        QUrlQuery q = next;
        q.addQueryItem(u"Page"_s, QString::number(n));
        return QString(uri + u'?' + q.toString(QUrl::FullyEncoded));
    };
    const bool more = qsizetype(page + 1) * pageSize < matching.size();
    return SandboxReply::json(200,
        {{u"messages"_s, messages}, {u"page"_s, page}, {u"page_size"_s, pageSize}, {u"first_page_uri"_s, pageUri(0)},
            {u"next_page_uri"_s, more ? QJsonValue(pageUri(page + 1)) : QJsonValue()},
            {u"previous_page_uri"_s, page > 0 ? QJsonValue(pageUri(page - 1)) : QJsonValue()},
            {u"start"_s, page * pageSize}, {u"end"_s, page * pageSize + int(messages.size()) - 1}, {u"uri"_s, uri}});
}
