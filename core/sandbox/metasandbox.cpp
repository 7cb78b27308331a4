#include "metasandbox.h"
#include "sandboxpricinganalytics.h"

#include "metamessagecheck.h"
#include "sandboxaccounts.h"
#include "sandboxcallbacks.h"
#include "sandboxmedia.h"
#include "sandboxstate.h"
#include "templates/templatetext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {
// What the customer reads: the approved body with the request's body parameters in place ({{1}}, {{2}}, … in
// order, named ones by name), so tests can check each recipient got their own values.
QString renderedTemplate(const QJsonObject& t, const QList<SandboxTemplate>& templates)
{
    const QString name = t.value(u"name"_s).toString();
    const QString language = t.value(u"language"_s).toObject().value(u"code"_s).toString();
    QString text;
    for (const SandboxTemplate& candidate : templates) {
        if (candidate.name == name && candidate.language == language)
            text = candidate.body;
    }
    QMap<QString, QString> values;
    for (const QJsonValue& component : t.value(u"components"_s).toArray()) {
        if (component.toObject().value(u"type"_s).toString().toLower() != u"body"_s)
            continue;
        int position = 0;
        for (const QJsonValue& p : component.toObject().value(u"parameters"_s).toArray()) {
            const QJsonObject parameter = p.toObject();
            const QString key = parameter.contains(u"parameter_name"_s)
                ? parameter.value(u"parameter_name"_s).toString()
                : QString::number(++position);
            values.insert(key, parameter.value(u"text"_s).toString());
        }
    }
    return TemplateText::render(text, values);
}

const QRegularExpression kObjectPath(u"^/(v[0-9]+\\.[0-9]+)/([0-9]+)$"_s);
const QRegularExpression kPricingAnalyticsPath(u"^/(v[0-9]+\\.[0-9]+)/([0-9]+)/pricing_analytics$"_s);
const QRegularExpression kMessagesPath(u"^/(v[0-9]+\\.[0-9]+)/([0-9]+)/messages$"_s);
const QRegularExpression kMediaPath(u"^/(v[0-9]+\\.[0-9]+)/([0-9]+)/media$"_s);
const QRegularExpression kSubscribedAppsPath(u"^/(v[0-9]+\\.[0-9]+)/([0-9]+)/subscribed_apps$"_s);
const QRegularExpression kRegisterPath(u"^/(v[0-9]+\\.[0-9]+)/([0-9]+)/register$"_s);

// One of the business's phone numbers (not one of its accounts).
bool isBusinessNumber(const QString& id)
{
    return id == QString::fromUtf16(SandboxAccounts::metaPhoneNumberId)
        || id == QString::fromUtf16(SandboxAccounts::metaSecondPhoneNumberId);
}

QString traceId()
{
    static const QString alphabet = u"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"_s;
    QString id;
    for (int i = 0; i < 23; ++i)
        id += alphabet.at(QRandomGenerator::global()->bounded(int(alphabet.size())));
    return id;
}

QString wamid()
{
    QByteArray raw(24, Qt::Uninitialized);
    for (char& c : raw)
        c = char(QRandomGenerator::global()->bounded(256));
    return u"wamid."_s
        + QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

// HTTP statuses as Meta's error-code page lists them (reference §2.5); Meta asks clients to key on the code.
int httpStatusFor(int code)
{
    if (code == 0 || code == 190)
        return 401;
    if (code == 10 || (code >= 200 && code <= 299) || code == 131005 || code == 131031 || code == 130497 || code == 368)
        return 403;
    if (code == 3 || code == 131000 || code == 131016 || code == 131045 || code == 131057)
        return 500;
    if (code == 2)
        return 503;
    return 400;
}

} // namespace

QString MetaSandbox::titleFor(int code)
{
    switch (code) {
    case 131026:
        return u"Message Undeliverable."_s;
    case 131047:
        return u"Re-engagement message"_s;
    case 131050:
        return u"Unable to deliver the message. This recipient has chosen to stop receiving marketing messages on "
               "WhatsApp from your business."_s;
    case 131056:
        return u"(Business Account, Consumer Account) pair rate limit hit"_s;
    case 130429:
        return u"Rate limit hit"_s;
    case 130472:
        return u"User's number is part of an experiment"_s;
    case 131000:
        return u"Something went wrong"_s;
    case 131042:
        return u"Business eligibility payment issue"_s;
    case 131049:
        return u"This message was not delivered to maintain healthy ecosystem engagement."_s;
    case 131021:
        return u"Recipient cannot be sender."_s;
    case 190:
        return u"Error validating access token: Session has expired."_s;
    default:
        return u"Error %1"_s.arg(code);
    }
}

MetaSandbox::MetaSandbox(SandboxState& state, SandboxCallbacks* callbacks) : m_state(state), m_callbacks(callbacks)
{ }

SandboxReply MetaSandbox::error(
    int httpStatus, int code, const QString& message, const QString& details, const QString& type)
{
    QJsonObject error {{u"message"_s, message}, {u"type"_s, type}, {u"code"_s, code}, {u"fbtrace_id"_s, traceId()}};
    if (!details.isEmpty())
        error.insert(u"error_data"_s, QJsonObject {{u"messaging_product"_s, u"whatsapp"_s}, {u"details"_s, details}});
    return SandboxReply::json(httpStatus, {{u"error"_s, error}});
}

bool MetaSandbox::handles(const SandboxRequest& request) const
{
    return request.path.startsWith(u"/v"_s);
}

SandboxReply MetaSandbox::handle(const SandboxRequest& request)
{
    const QByteArray authorization = request.header("Authorization");
    if (authorization != "Bearer " + QString::fromUtf16(SandboxAccounts::metaAccessToken).toUtf8())
        return error(401, 190, u"Invalid OAuth access token - Cannot parse access token"_s);

    QRegularExpressionMatch match;
    if ((match = kMessagesPath.match(request.path)).hasMatch() && request.method == u"POST"_s) {
        if (!isBusinessNumber(match.captured(2)))
            return error(400, 100,
                u"Unsupported post request. Object with ID '%1' does not exist, cannot be loaded due to "
                "missing permissions, or does not support this operation."_s.arg(match.captured(2)),
                {}, u"GraphMethodException"_s);
        if (!m_state.isRegistered(match.captured(2)))
            return error(400, 133010, u"(#133010) Account not registered"_s, u"Account not registered"_s);
        return sendMessage(request, match.captured(2), u"meta_cloud"_s);
    }
    if ((match = kRegisterPath.match(request.path)).hasMatch() && request.method == u"POST"_s)
        return registerNumber(match.captured(2), request);
    if ((match = kSubscribedAppsPath.match(request.path)).hasMatch() && request.method == u"POST"_s) {
        const QString waba = match.captured(2);
        if (waba != QString::fromUtf16(SandboxAccounts::metaWabaId)
            && waba != QString::fromUtf16(SandboxAccounts::metaSecondWabaId))
            return error(400, 100,
                u"Unsupported post request. Object with ID '%1' does not exist, cannot be loaded due to missing "
                "permissions, or does not support this operation."_s.arg(waba),
                {}, u"GraphMethodException"_s);
        m_state.subscribe(waba);
        return SandboxReply::json(200, {{u"success"_s, true}});
    }
    if ((match = kMediaPath.match(request.path)).hasMatch() && request.method == u"POST"_s) {
        if (!isBusinessNumber(match.captured(2)))
            return error(400, 100,
                u"Unsupported post request. Object with ID '%1' does not exist, cannot be loaded due to "
                "missing permissions, or does not support this operation."_s.arg(match.captured(2)),
                {}, u"GraphMethodException"_s);
        return SandboxMedia::upload(m_state, request, match.captured(2));
    }
    if ((match = kPricingAnalyticsPath.match(request.path)).hasMatch() && request.method == u"GET"_s)
        return SandboxPricingAnalytics::answer(m_state, match.captured(2), request);
    if ((match = kObjectPath.match(request.path)).hasMatch() && request.method == u"GET"_s)
        return fetchPhoneNumber(match.captured(2), request);
    if ((match = kObjectPath.match(request.path)).hasMatch() && request.method == u"POST"_s)
        return configureWebhook(match.captured(2), request);
    return error(400, 2500, u"Unknown path components: %1"_s.arg(request.path));
}

SandboxReply MetaSandbox::fetchPhoneNumber(const QString& id, const SandboxRequest& request) const
{
    if (!isBusinessNumber(id))
        return error(400, 100,
            u"Unsupported get request. Object with ID '%1' does not exist, cannot be loaded due to missing "
            "permissions, or does not support this operation."_s.arg(id),
            {}, u"GraphMethodException"_s);
    const QStringList fields
        = request.query.queryItemValue(u"fields"_s, QUrl::FullyDecoded).split(u',', Qt::SkipEmptyParts);
    if (fields.contains(u"webhook_configuration"_s)) {
        // Where this number's webhooks go: its override, and the app's callback URL.
        QJsonObject configuration;
        const SandboxState::MetaWebhook app = m_state.metaWebhook(u"-"_s);
        const SandboxState::MetaWebhook number = m_state.metaWebhook(id);
        if (!app.url.isEmpty())
            configuration.insert(u"application"_s, app.url);
        if (!number.url.isEmpty() && number.url != app.url)
            configuration.insert(u"phone_number"_s, number.url);
        return SandboxReply::json(200, {{u"webhook_configuration"_s, configuration}, {u"id"_s, id}});
    }
    return SandboxReply::json(200,
        {{u"display_phone_number"_s,
             QString::fromUtf16(id == QString::fromUtf16(SandboxAccounts::metaSecondPhoneNumberId)
                     ? SandboxAccounts::metaSecondDisplayNumber
                     : SandboxAccounts::metaDisplayNumber)},
            {u"verified_name"_s, QString::fromUtf16(SandboxAccounts::metaVerifiedName)},
            {u"quality_rating"_s, u"GREEN"_s}, {u"id"_s, id}});
}

SandboxReply MetaSandbox::configureWebhook(const QString& phoneNumberId, const SandboxRequest& request)
{
    if (!isBusinessNumber(phoneNumberId))
        return error(400, 100,
            u"Unsupported post request. Object with ID '%1' does not exist, cannot be loaded due to missing "
            "permissions, or does not support this operation."_s.arg(phoneNumberId),
            {}, u"GraphMethodException"_s);
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const QJsonObject configuration = body.value(u"webhook_configuration"_s).toObject();
    const QString uri = configuration.value(u"override_callback_uri"_s).toString();
    const QString token = configuration.value(u"verify_token"_s).toString();
    if (!body.contains(u"webhook_configuration"_s))
        return error(400, 100, u"(#100) The parameter webhook_configuration is required."_s);
    if (uri.isEmpty()) {
        // An empty override removes it: the app's callback URL applies again.
        m_state.setMetaWebhook(phoneNumberId, {});
        return SandboxReply::json(200, {{u"success"_s, true}});
    }
    const QUrl url(uri, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"https"_s && url.scheme() != u"http"_s) || uri.size() > 200)
        return error(400, 100, u"(#100) Param override_callback_uri must be a valid URL of at most 200 characters"_s);
    if (token.isEmpty())
        return error(400, 100, u"(#100) The parameter verify_token is required."_s);
    if (!m_callbacks)
        return error(400, 2200, u"(#2200) Callback verification failed: the sandbox cannot make requests."_s);
    // Meta calls the URL with its handshake before it accepts it; the answer waits for that.
    SandboxReply reply;
    SandboxState* state = &m_state;
    SandboxCallbacks* callbacks = m_callbacks;
    reply.deferred = [state, callbacks, phoneNumberId, uri, token](std::function<void(const SandboxReply&)> answer) {
        callbacks->verify(uri, token, [state, phoneNumberId, uri, token, answer](bool ok, const QString& problem) {
            if (!ok)
                return answer(error(
                    400, 2200, u"(#2200) Callback verification failed with the following errors: %1"_s.arg(problem)));
            state->setMetaWebhook(phoneNumberId, {uri, token});
            answer(SandboxReply::json(200, {{u"success"_s, true}}));
        });
    };
    return reply;
}

SandboxReply MetaSandbox::registerNumber(const QString& phoneNumberId, const SandboxRequest& request)
{
    if (!isBusinessNumber(phoneNumberId))
        return error(404, 803, u"Phone number not found"_s, {}, u"GraphMethodException"_s);
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    if (!request.header("Content-Type").startsWith("application/json")
        || body.value(u"messaging_product"_s).toString() != u"whatsapp"_s)
        return error(400, 100, u"(#100) The parameter messaging_product is required."_s);
    static const QRegularExpression sixDigits(u"^[0-9]{6}$"_s);
    if (!body.value(u"pin"_s).isString() || !sixDigits.match(body.value(u"pin"_s).toString()).hasMatch())
        return error(400, 100, u"Invalid PIN format. PIN must be exactly 6 digits"_s);
    m_state.registerNumber(phoneNumberId, body.value(u"pin"_s).toString());
    return SandboxReply::json(200, {{u"success"_s, true}});
}

SandboxReply MetaSandbox::faultReply(int code) const
{
    return error(httpStatusFor(code), code, u"(#%1) %2"_s.arg(code).arg(titleFor(code)),
        code == 130429 ? u"Cloud API message throughput has been reached."_s : QString());
}

SandboxReply MetaSandbox::sendMessage(
    const SandboxRequest& request, const QString& phoneNumberId, const QString& provider)
{
    if (!request.header("Content-Type").startsWith("application/json"))
        return error(400, 100, u"(#100) The parameter messaging_product is required."_s);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return error(400, 100, u"(#100) The parameter messaging_product is required."_s);
    const QJsonObject body = document.object();
    // Meta's numbers send their own account's templates; the practice 360dialog channel shares Meta's first account.
    const QList<SandboxTemplate> templates = m_state.templates(
        provider == u"meta_cloud"_s ? SandboxAccounts::metaTemplateStore(phoneNumberId) : u"meta_cloud"_s);
    if (auto problem = checkMetaMessage(body, templates))
        return *problem;

    const QString recipient = metaRecipient(body.value(u"to"_s).toString());
    if (!m_state.takeRateSlot(phoneNumberId))
        return faultReply(130429); // throughput exceeded: 400 with code 130429, as Meta's error page lists it
    const SandboxFault fault = m_state.takeFault(recipient);
    switch (fault.kind) {
    case SandboxFault::Kind::ProviderError:
        if (!fault.afterAcceptance)
            return faultReply(fault.code);
        break;
    case SandboxFault::Kind::TooManyRequests: {
        SandboxReply reply
            = error(429, 130429, u"(#130429) Rate limit hit"_s, u"Cloud API message throughput has been reached."_s);
        if (fault.retryAfterSeconds >= 0)
            reply.headers.append({"Retry-After", QByteArray::number(fault.retryAfterSeconds)});
        return reply;
    }
    case SandboxFault::Kind::ServerError: {
        const int status = fault.httpStatus > 0 ? fault.httpStatus : 500;
        SandboxReply reply = status == 503 ? error(503, 2, u"(#2) Service temporarily unavailable"_s)
                                           : error(status, 131000, u"(#131000) Something went wrong"_s);
        return reply;
    }
    case SandboxFault::Kind::MalformedBody:
    case SandboxFault::Kind::Drop:
    case SandboxFault::Kind::Hang:
        return *fault.transportReply(200);
    case SandboxFault::Kind::DropAfterAccept:
    case SandboxFault::Kind::HangAfterAccept:
    case SandboxFault::Kind::None:
        break;
    }

    SandboxState::StoredMessage message;
    message.sid = wamid();
    message.provider = provider;
    message.to = recipient;
    const QString type = body.value(u"type"_s).toString();
    message.body = type == u"template"_s ? renderedTemplate(body.value(u"template"_s).toObject(), templates)
        : type == u"interactive"_s
        ? body.value(u"interactive"_s).toObject().value(u"body"_s).toObject().value(u"text"_s).toString()
        : body.value(u"text"_s).toObject().value(u"body"_s).toString();
    if (type == u"template"_s) {
        for (const QJsonValue& c : body.value(u"template"_s).toObject().value(u"components"_s).toArray()) {
            if (c.toObject().value(u"type"_s).toString() != u"header"_s)
                continue;
            for (const QJsonValue& p : c.toObject().value(u"parameters"_s).toArray()) {
                const QJsonObject parameter = p.toObject();
                message.headerLink
                    = parameter.value(parameter.value(u"type"_s).toString()).toObject().value(u"link"_s).toString();
            }
        }
    }
    const QJsonObject action = body.value(u"interactive"_s).toObject().value(u"action"_s).toObject();
    for (const QJsonValue& b : action.value(u"buttons"_s).toArray())
        message.choices << b.toObject().value(u"reply"_s).toObject().value(u"title"_s).toString();
    for (const QJsonValue& section : action.value(u"sections"_s).toArray()) {
        for (const QJsonValue& row : section.toObject().value(u"rows"_s).toArray())
            message.choices << row.toObject().value(u"title"_s).toString();
    }
    message.created = QDateTime::currentDateTimeUtc();
    message.phoneNumberId = phoneNumberId;
    message.asyncErrorCode = fault.kind == SandboxFault::Kind::ProviderError ? fault.code : 0;
    const QJsonObject media = body.value(type).toObject();
    if (media.contains(u"id"_s) && message.asyncErrorCode == 0) {
        message.mediaId = media.value(u"id"_s).toString();
        message.asyncErrorCode = SandboxMedia::sendProblem(m_state, phoneNumberId, type, message.mediaId);
    }
    message.pricingCategory = u"service"_s;
    if (body.value(u"type"_s).toString() == u"template"_s) {
        const QJsonObject t = body.value(u"template"_s).toObject();
        for (const SandboxTemplate& candidate : templates) {
            if (candidate.name == t.value(u"name"_s).toString())
                message.pricingCategory = candidate.category.toLower();
        }
    }
    m_state.recordAccepted(message);
    if (m_callbacks)
        m_callbacks->accepted(message); // reported even when the answer below is lost, as Meta does
    if (fault.kind == SandboxFault::Kind::DropAfterAccept)
        return SandboxReply::withAction(SandboxReply::Action::Drop);
    if (fault.kind == SandboxFault::Kind::HangAfterAccept)
        return SandboxReply::withAction(SandboxReply::Action::Hang);

    return SandboxReply::json(200,
        {{u"messaging_product"_s, u"whatsapp"_s},
            {u"contacts"_s,
                QJsonArray {
                    QJsonObject {{u"input"_s, body.value(u"to"_s).toString()}, {u"wa_id"_s, recipient.mid(1)}}}},
            {u"messages"_s, QJsonArray {QJsonObject {{u"id"_s, message.sid}}}}});
}
