#include "dialog360sandbox.h"

#include "metasandbox.h"
#include "sandboxaccounts.h"
#include "sandboxmedia.h"
#include "sandboxstate.h"
#include "sandboxtemplates.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

using namespace Qt::StringLiterals;

Dialog360Sandbox::Dialog360Sandbox(SandboxState& state, MetaSandbox& meta, SandboxTemplates& templates)
    : m_state(state), m_meta(meta), m_templates(templates)
{ }

SandboxReply Dialog360Sandbox::error(int httpStatus, const QString& developerMessage)
{
    return SandboxReply::json(httpStatus,
        {{u"meta"_s,
            QJsonObject {{u"success"_s, false}, {u"http_code"_s, httpStatus},
                {u"developer_message"_s, developerMessage}, {u"360dialog_trace_id"_s, u"sandbox"_s}}}});
}

bool Dialog360Sandbox::handles(const SandboxRequest& request) const
{
    return request.path == u"/messages"_s || request.path == u"/v1/messages"_s || request.path == u"/media"_s
        || request.path.startsWith(u"/v1/configs/"_s);
}

SandboxReply Dialog360Sandbox::handle(const SandboxRequest& request)
{
    if (request.header("D360-API-KEY") != QString::fromUtf16(SandboxAccounts::dialog360ApiKey).toUtf8())
        return error(401, u"Invalid api_key"_s);
    const bool post = request.method == u"POST"_s;
    if ((request.path == u"/messages"_s || request.path == u"/v1/messages"_s) && post) {
        // 360dialog puts the number's ID in itself; a client must not.
        return m_meta.sendMessage(request, QString::fromUtf16(SandboxAccounts::dialog360PhoneNumberId), u"360dialog"_s);
    }
    if (request.path == u"/media"_s && post) // Meta's upload for the channel's number, its answers passed through
        return SandboxMedia::upload(m_state, request, QString::fromUtf16(SandboxAccounts::dialog360PhoneNumberId));
    if (request.path == u"/v1/configs/webhook"_s && (post || request.method == u"GET"_s))
        return webhook(request);
    if (request.path == u"/v1/configs/templates"_s && request.method == u"GET"_s)
        return listTemplates(request);
    if (request.path == u"/v1/configs/templates"_s && post)
        return m_templates.createMeta(request, u"360dialog"_s); // Meta's checks and errors, passed through
    return error(404, u"Not found"_s);
}

SandboxReply Dialog360Sandbox::webhook(const SandboxRequest& request)
{
    if (request.method == u"GET"_s)
        return SandboxReply::json(200, {{u"url"_s, m_state.dialog360Webhook().url}});
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const QString text = body.value(u"url"_s).toString();
    const QUrl url(text, QUrl::StrictMode);
    if (text.isEmpty() || !url.isValid() || (url.scheme() != u"https"_s && url.scheme() != u"http"_s))
        return error(400, u"Invalid webhook url"_s);
    // "Webhook URLs or headers for Cloud API does not support _ (underscore) or :xxxx (port) in (sub)domain
    // names"; the sandbox lets this computer's own addresses have a port, so a receiver on loopback works.
    const bool local = QHostAddress(url.host()).isLoopback() || url.host() == u"localhost"_s;
    if (url.host().contains(u'_') || (url.port() != -1 && !local))
        return error(400, u"Invalid webhook url: no underscore or port allowed in the domain name"_s);
    if (url.scheme() != u"https"_s && !local)
        return error(400, u"Invalid webhook url: an HTTPS endpoint is required"_s);
    SandboxState::KeyedWebhook hook;
    hook.url = text;
    const QJsonObject headers = body.value(u"headers"_s).toObject();
    for (auto it = headers.begin(); it != headers.end(); ++it) {
        if (it.key().contains(u'_'))
            return error(400, u"Invalid webhook header: no underscore allowed"_s);
        hook.headers.append({it.key().toLatin1(), it.value().toString().toUtf8()});
    }
    m_state.setDialog360Webhook(hook);
    return SandboxReply::json(200, {{u"url"_s, text}});
}

SandboxReply Dialog360Sandbox::listTemplates(const SandboxRequest& request) const
{
    const QList<SandboxTemplate> all = m_state.templates(u"360dialog"_s);
    const int asked = request.query.queryItemValue(u"limit"_s).toInt();
    const int limit = qBound(1, qMin(asked > 0 ? asked : 1000, m_state.templatePageLimit()), 1000);
    const int offset = qMax(0, request.query.queryItemValue(u"offset"_s).toInt());
    QJsonArray page;
    for (int i = offset; i < all.size() && page.size() < limit; ++i)
        page.append(SandboxTemplates::metaJson(all.at(i)));
    return SandboxReply::json(200,
        {{u"count"_s, page.size()}, {u"filters"_s, QJsonObject {}}, {u"limit"_s, limit}, {u"offset"_s, offset},
            {u"sort"_s, QJsonArray {u"id"_s}}, {u"total"_s, all.size()}, {u"waba_templates"_s, page}});
}
