#include "sandboxtemplates.h"

#include "metasandbox.h"
#include "sandboxaccounts.h"
#include "sandboxcallbacks.h"
#include "sandboxstate.h"
#include "sandboxtemplatemigration.h"
#include "twiliosandbox.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUrlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {
const QRegularExpression kMetaTemplates(u"^/(v[0-9]+\\.[0-9]+)/([0-9]+)/message_templates$"_s);
const QRegularExpression kMigrateTemplates(u"^/(v[0-9]+\\.[0-9]+)/([0-9]+)/migrate_message_templates$"_s);
const QRegularExpression kContentApproval(u"^/v1/Content/(HX[0-9a-fA-F]{32})/ApprovalRequests/whatsapp$"_s);
const QRegularExpression kPlaceholder(u"\\{\\{\\s*([^{}\\s]*)\\s*\\}\\}"_s);

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// Why WhatsApp would reject this body, as its review says it; empty when it passes.
QString reviewBody(const QString& body, int examples)
{
    const QString trimmed = body.trimmed();
    QStringList seen;
    for (const QRegularExpressionMatch& m : kPlaceholder.globalMatch(body))
        seen << m.captured(1);
    if (seen.isEmpty())
        return QString();
    if (trimmed.startsWith(u"{{"_s) || trimmed.endsWith(u"}}"_s))
        return u"INVALID_FORMAT: variables can't be at the start or end of the template"_s;
    if (QRegularExpression(u"\\}\\}\\s*\\{\\{"_s).match(body).hasMatch())
        return u"INVALID_FORMAT: variables can't be next to each other"_s;
    bool positional = true;
    for (const QString& name : seen)
        positional = positional && !name.isEmpty() && name.at(0).isDigit();
    if (positional) {
        QStringList distinct = seen;
        distinct.removeDuplicates();
        for (int i = 0; i < distinct.size(); ++i) {
            if (distinct.at(i) != QString::number(i + 1))
                return u"INVALID_FORMAT: variable parameters must be numbered in sequence from {{1}}"_s;
        }
        if (examples < distinct.size())
            return u"INVALID_FORMAT: every variable needs a sample"_s;
    }
    return QString();
}

QJsonObject describeMeta(const SandboxTemplate& t)
{
    if (!t.submitted.isEmpty()) {
        QJsonObject o = t.submitted;
        o.insert(u"id"_s, t.id);
        o.insert(u"status"_s, t.status);
        if (!t.rejectedReason.isEmpty() && t.status == u"REJECTED"_s)
            o.insert(u"rejected_reason"_s, t.rejectedReason);
        return o;
    }
    QJsonArray components;
    if (!t.headerFormat.isEmpty()) {
        QJsonObject header {{u"type"_s, u"HEADER"_s}, {u"format"_s, t.headerFormat}};
        if (t.headerFormat == u"TEXT"_s)
            header.insert(u"text"_s, t.headerVariables > 0 ? u"Our {{1}} is on!"_s : u"News"_s);
        components.append(header);
    }
    components.append(QJsonObject {{u"type"_s, u"BODY"_s}, {u"text"_s, t.body}});
    return {{u"name"_s, t.name}, {u"language"_s, t.language}, {u"status"_s, t.status}, {u"category"_s, t.category},
        {u"components"_s, components}, {u"id"_s, t.id}};
}

QJsonObject twilioJson(const SandboxTemplate& t)
{
    QJsonObject types = t.submitted.value(u"types"_s).toObject();
    if (types.isEmpty())
        types = {{u"twilio/text"_s, QJsonObject {{u"body"_s, t.body}}}};
    QJsonObject approval;
    if (!t.status.isEmpty() && t.status != u"unsubmitted"_s)
        approval = {{u"name"_s, t.friendlyName}, {u"category"_s, t.category},
            {u"content_type"_s, types.keys().value(0)}, {u"status"_s, t.status},
            {u"rejection_reason"_s, t.status == u"rejected"_s ? t.rejectedReason : QString()},
            {u"allow_category_change"_s, false}};
    return {{u"sid"_s, t.name}, {u"account_sid"_s, QString::fromUtf16(SandboxAccounts::twilioAccountSid)},
        {u"friendly_name"_s, t.friendlyName}, {u"language"_s, t.language},
        {u"variables"_s, t.submitted.value(u"variables"_s).toObject()}, {u"types"_s, types},
        {u"approval_requests"_s, approval}};
}

bool twilioAuthorized(const SandboxRequest& request)
{
    const QByteArray header = request.header("Authorization");
    if (!header.startsWith("Basic "))
        return false;
    const QString credentials = QString::fromUtf8(QByteArray::fromBase64(header.mid(6)));
    return (credentials.section(u':', 0, 0) == QString::fromUtf16(SandboxAccounts::twilioAccountSid)
               && credentials.section(u':', 1) == QString::fromUtf16(SandboxAccounts::twilioAuthToken))
        || (credentials.section(u':', 0, 0) == QString::fromUtf16(SandboxAccounts::twilioApiKeySid)
            && credentials.section(u':', 1) == QString::fromUtf16(SandboxAccounts::twilioApiKeySecret));
}
} // namespace

SandboxTemplates::SandboxTemplates(SandboxState& state, SandboxCallbacks* callbacks)
    : m_state(state), m_callbacks(callbacks)
{ }

bool SandboxTemplates::handles(const SandboxRequest& request) const
{
    return kMetaTemplates.match(request.path).hasMatch() || kMigrateTemplates.match(request.path).hasMatch()
        || request.path.startsWith(u"/v1/Content"_s);
}

SandboxReply SandboxTemplates::handle(const SandboxRequest& request)
{
    const QRegularExpressionMatch meta = kMetaTemplates.match(request.path);
    const QRegularExpressionMatch migrate = kMigrateTemplates.match(request.path);
    if (meta.hasMatch() || migrate.hasMatch()) {
        if (request.header("Authorization")
            != "Bearer " + QString::fromUtf16(SandboxAccounts::metaAccessToken).toUtf8())
            return MetaSandbox::error(401, 190, u"Invalid OAuth access token - Cannot parse access token"_s);
        const QString account = (meta.hasMatch() ? meta : migrate).captured(2);
        const bool known = account == QString::fromUtf16(SandboxAccounts::metaWabaId)
            || account == QString::fromUtf16(SandboxAccounts::metaSecondWabaId);
        if (!known)
            return MetaSandbox::error(400, 100,
                u"Unsupported %1 request. Object with ID '%2' does not exist, cannot be loaded due to missing "
                "permissions, or does not support this operation."_s.arg(request.method.toLower(), account),
                {}, u"GraphMethodException"_s);
        const QString store = SandboxAccounts::metaTemplateStore(account);
        if (migrate.hasMatch())
            return request.method == u"POST"_s ? SandboxTemplateMigration::migrate(m_state, request, account)
                                               : MetaSandbox::error(400, 100, u"(#100) Unsupported request"_s);
        return request.method == u"POST"_s ? createMeta(request, u"meta_cloud"_s, store) : listMeta(request, store);
    }
    if (!twilioAuthorized(request))
        return TwilioSandbox::error(401, 20003, u"Authenticate"_s);
    if (request.path == u"/v1/ContentAndApprovals"_s && request.method == u"GET"_s)
        return listTwilio(request);
    if (request.path == u"/v1/Content"_s && request.method == u"POST"_s)
        return createTwilio(request);
    const QRegularExpressionMatch approval = kContentApproval.match(request.path);
    if (approval.hasMatch() && request.method == u"POST"_s)
        return approveTwilio(approval.captured(1), request);
    return TwilioSandbox::error(404, 20404, u"The requested resource %1 was not found"_s.arg(request.path));
}

QJsonObject SandboxTemplates::metaJson(const SandboxTemplate& t)
{
    return describeMeta(t);
}

SandboxReply SandboxTemplates::listMeta(const SandboxRequest& request, const QString& store) const
{
    const QList<SandboxTemplate> all = m_state.templates(store);
    // Meta may answer with fewer than asked for; the sandbox can be told to (template_page_limit), to test paging.
    const int asked
        = request.query.queryItemValue(u"limit"_s).toInt() > 0 ? request.query.queryItemValue(u"limit"_s).toInt() : 25;
    const int limit = qBound(1, qMin(asked, m_state.templatePageLimit()), 100);
    // Cursors are opaque to clients; here they are the position, base64-encoded.
    const QByteArray after = QByteArray::fromBase64(request.query.queryItemValue(u"after"_s).toLatin1());
    const int from = after.isEmpty() ? 0 : after.toInt();
    QJsonArray data;
    for (int i = from; i < all.size() && data.size() < limit; ++i)
        data.append(describeMeta(all.at(i)));
    QJsonObject paging {{u"cursors"_s,
        QJsonObject {{u"before"_s, QString::fromLatin1(QByteArray::number(from).toBase64())},
            {u"after"_s, QString::fromLatin1(QByteArray::number(from + int(data.size())).toBase64())}}}};
    if (from + data.size() < all.size())
        paging.insert(u"next"_s,
            u"https://graph.facebook.com%1?limit=%2&after=%3"_s.arg(request.path)
                .arg(limit)
                .arg(QString::fromLatin1(QByteArray::number(from + int(data.size())).toBase64())));
    return SandboxReply::json(200, {{u"data"_s, data}, {u"paging"_s, paging}});
}

SandboxReply SandboxTemplates::createMeta(const SandboxRequest& request, const QString& provider, const QString& store)
{
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const QString name = body.value(u"name"_s).toString();
    const QString language = body.value(u"language"_s).toString();
    const QString category = body.value(u"category"_s).toString().toUpper();
    if (name.isEmpty() || language.isEmpty() || body.value(u"components"_s).toArray().isEmpty())
        return MetaSandbox::error(
            400, 100, u"(#100) The parameters name, language, category and components are required."_s);
    if (category != u"MARKETING"_s && category != u"UTILITY"_s && category != u"AUTHENTICATION"_s)
        return MetaSandbox::error(
            400, 100, u"(#100) Param category must be one of {AUTHENTICATION, MARKETING, UTILITY}"_s);
    if (!QRegularExpression(u"^[a-z0-9_]{1,512}$"_s).match(name).hasMatch())
        return MetaSandbox::error(400, 100, u"(#100) Invalid parameter"_s,
            u"Template name can only contain lowercase alphanumeric characters and underscores"_s);
    for (const SandboxTemplate& t : m_state.templates(store)) {
        if (t.name == name && t.language == language)
            return MetaSandbox::error(400, 2388024, u"Content in this language already exists"_s,
                u"The template %1 already has content in %2."_s.arg(name, language));
    }
    SandboxTemplate t;
    t.name = name;
    t.language = language;
    t.category = category;
    t.status = u"PENDING"_s;
    t.id = QString::number(1689556908200000LL + QRandomGenerator::global()->bounded(99999));
    t.submitted = body;
    QString reason;
    for (const QJsonValue& v : body.value(u"components"_s).toArray()) {
        const QJsonObject c = v.toObject();
        const QString type = c.value(u"type"_s).toString().toUpper();
        if (type == u"BODY"_s) {
            t.body = c.value(u"text"_s).toString();
            const QJsonArray examples
                = c.value(u"example"_s).toObject().value(u"body_text"_s).toArray().first().toArray();
            t.bodyVariables = int(QStringList([&] {
                QStringList names;
                for (const QRegularExpressionMatch& m : kPlaceholder.globalMatch(t.body))
                    names << m.captured(1);
                names.removeDuplicates();
                return names;
            }())
                                      .size());
            reason = reviewBody(t.body, int(examples.size()));
        } else if (type == u"HEADER"_s) {
            t.headerFormat = c.value(u"format"_s).toString().toUpper();
            if (t.headerFormat == u"TEXT"_s)
                t.headerVariables = int(kPlaceholder.globalMatch(c.value(u"text"_s).toString()).hasNext() ? 1 : 0);
        }
    }
    t.decideAtMs = nowMs() + m_state.templateReviewMs();
    t.decision = reason.isEmpty() ? u"APPROVED"_s : u"REJECTED"_s;
    t.rejectedReason = reason.section(u':', 0, 0);
    m_state.addTemplate(store, t);
    if (m_callbacks)
        m_callbacks->templateReviewed(t, provider);
    return SandboxReply::json(200, {{u"id"_s, t.id}, {u"status"_s, u"PENDING"_s}, {u"category"_s, category}});
}

SandboxReply SandboxTemplates::listTwilio(const SandboxRequest& request) const
{
    const QList<SandboxTemplate> all = m_state.templates(u"twilio"_s);
    bool sizeOk = false;
    int pageSize = request.query.queryItemValue(u"PageSize"_s).toInt(&sizeOk);
    if (!sizeOk)
        pageSize = 50;
    pageSize = qBound(1, qMin(pageSize, m_state.templatePageLimit()), 500);
    const int page = qMax(0, request.query.queryItemValue(u"Page"_s).toInt());
    QJsonArray contents;
    for (qsizetype i = qsizetype(page) * pageSize; i < all.size() && contents.size() < pageSize; ++i)
        contents.append(twilioJson(all.at(i)));
    const QString host = QString::fromLatin1(request.header("Host"));
    const QString base = u"http://%1/v1/ContentAndApprovals?PageSize=%2&Page=%3"_s.arg(host).arg(pageSize);
    const bool more = qsizetype(page + 1) * pageSize < all.size();
    return SandboxReply::json(200,
        {{u"contents"_s, contents},
            {u"meta"_s,
                QJsonObject {{u"page"_s, page}, {u"page_size"_s, pageSize}, {u"first_page_url"_s, base.arg(0)},
                    {u"previous_page_url"_s, page > 0 ? QJsonValue(base.arg(page - 1)) : QJsonValue()},
                    {u"next_page_url"_s, more ? QJsonValue(base.arg(page + 1)) : QJsonValue()},
                    {u"url"_s, base.arg(page)}, {u"key"_s, u"contents"_s}}}});
}

namespace {
// The quick-reply and list-picker types as the Content API's schema has them (no property besides its own) and
// WhatsApp's limits for lists; empty when it would be accepted.
QString interactiveContentProblem(const QJsonObject& types)
{
    auto unknown = [](const QJsonObject& o, const QStringList& allowed) {
        for (const QString& key : o.keys()) {
            if (!allowed.contains(key))
                return key;
        }
        return QString();
    };
    if (types.contains(u"twilio/quick-reply"_s)) {
        const QJsonObject q = types.value(u"twilio/quick-reply"_s).toObject();
        if (const QString bad = unknown(q, {u"body"_s, u"actions"_s}); !bad.isEmpty())
            return u"Unknown property %1 in twilio/quick-reply"_s.arg(bad);
        const QJsonArray actions = q.value(u"actions"_s).toArray();
        if (q.value(u"body"_s).toString().isEmpty() || actions.isEmpty() || actions.size() > 10)
            return u"twilio/quick-reply needs a body and 1 to 10 actions"_s;
        for (const QJsonValue& a : actions) {
            if (const QString bad = unknown(a.toObject(), {u"type"_s, u"title"_s, u"id"_s}); !bad.isEmpty())
                return u"Unknown property %1 in a quick-reply action"_s.arg(bad);
            if (a.toObject().value(u"title"_s).toString().isEmpty()
                || a.toObject().value(u"title"_s).toString().size() > 20)
                return u"A quick-reply action's title must be 1 to 20 characters"_s;
        }
    }
    if (types.contains(u"twilio/list-picker"_s)) {
        const QJsonObject l = types.value(u"twilio/list-picker"_s).toObject();
        if (const QString bad = unknown(l, {u"body"_s, u"button"_s, u"items"_s}); !bad.isEmpty())
            return u"Unknown property %1 in twilio/list-picker"_s.arg(bad);
        const QJsonArray items = l.value(u"items"_s).toArray();
        if (l.value(u"body"_s).toString().isEmpty() || l.value(u"button"_s).toString().isEmpty()
            || l.value(u"button"_s).toString().size() > 20 || items.isEmpty() || items.size() > 10)
            return u"twilio/list-picker needs a body, a button of at most 20 characters and 1 to 10 items"_s;
        for (const QJsonValue& i : items) {
            const QJsonObject item = i.toObject();
            if (const QString bad = unknown(item, {u"id"_s, u"item"_s, u"description"_s}); !bad.isEmpty())
                return u"Unknown property %1 in a list-picker item"_s.arg(bad);
            if (item.value(u"id"_s).toString().isEmpty() || item.value(u"item"_s).toString().isEmpty()
                || item.value(u"item"_s).toString().size() > 24 || item.value(u"description"_s).toString().size() > 72)
                return u"A list-picker item needs an id, an item of at most 24 characters and a description of at "
                       "most 72"_s;
        }
    }
    return QString();
}
} // namespace

SandboxReply SandboxTemplates::createTwilio(const SandboxRequest& request)
{
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    if (body.value(u"language"_s).toString().isEmpty() || body.value(u"types"_s).toObject().isEmpty())
        return TwilioSandbox::error(400, 20001, u"Missing required parameter language or types in the post body"_s);
    if (const QString problem = interactiveContentProblem(body.value(u"types"_s).toObject()); !problem.isEmpty())
        return TwilioSandbox::error(400, 20001, problem);
    SandboxTemplate t;
    t.name = u"HX"_s + QUuid::createUuid().toString(QUuid::Id128);
    t.friendlyName = body.value(u"friendly_name"_s).toString();
    t.language = body.value(u"language"_s).toString();
    t.status = u"unsubmitted"_s;
    t.submitted = body;
    const QJsonObject types = body.value(u"types"_s).toObject();
    t.body = types.value(types.keys().value(0)).toObject().value(u"body"_s).toString();
    t.bodyVariables = int(body.value(u"variables"_s).toObject().size());
    m_state.addTemplate(u"twilio"_s, t);
    QJsonObject created = twilioJson(t);
    created.remove(u"approval_requests"_s);
    created.insert(u"url"_s, u"https://content.twilio.com/v1/Content/%1"_s.arg(t.name));
    return SandboxReply::json(201, created);
}

SandboxReply SandboxTemplates::approveTwilio(const QString& sid, const SandboxRequest& request)
{
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const QString name = body.value(u"name"_s).toString();
    const QString category = body.value(u"category"_s).toString().toUpper();
    if (name.isEmpty() || category.isEmpty())
        return TwilioSandbox::error(400, 20001, u"Missing required parameter name or category in the post body"_s);
    for (SandboxTemplate t : m_state.templates(u"twilio"_s)) {
        if (t.name != sid)
            continue;
        t.friendlyName = name;
        t.category = category;
        t.status = u"received"_s;
        const QString reason = QRegularExpression(u"^[a-z0-9_]+$"_s).match(name).hasMatch()
            ? reviewBody(t.body, t.bodyVariables)
            : u"INVALID_FORMAT: the template name can only contain lowercase letters, digits and underscores"_s;
        t.decideAtMs = nowMs() + m_state.templateReviewMs();
        t.decision = reason.isEmpty() ? u"approved"_s : u"rejected"_s;
        t.rejectedReason = reason;
        m_state.updateTemplate(u"twilio"_s, t);
        return SandboxReply::json(201,
            {{u"name"_s, name}, {u"category"_s, category}, {u"content_type"_s, u"twilio/text"_s},
                {u"status"_s, u"received"_s}, {u"rejection_reason"_s, QString()}, {u"allow_category_change"_s, false}});
    }
    return TwilioSandbox::error(404, 20404, u"The requested resource /v1/Content/%1 was not found"_s.arg(sid));
}
