#include "sandboxtemplatemigration.h"

#include "metasandbox.h"
#include "sandboxaccounts.h"
#include "sandboxstate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace {
constexpr int kMostPerRequest = 500;
} // namespace

namespace SandboxTemplateMigration {
SandboxReply migrate(SandboxState& state, const SandboxRequest& request, const QString& destinationWabaId)
{
    QJsonParseError parseError;
    const QJsonObject body = QJsonDocument::fromJson(request.body, &parseError).object();
    if (parseError.error != QJsonParseError::NoError)
        return MetaSandbox::error(400, 100, u"(#100) The parameter source_waba_id is required."_s);
    const QString source = body.value(u"source_waba_id"_s).toVariant().toString();
    if (source.isEmpty())
        return MetaSandbox::error(400, 100, u"(#100) The parameter source_waba_id is required."_s);
    const QString sourceStore = SandboxAccounts::metaTemplateStore(source);
    const bool account = source == QString::fromUtf16(SandboxAccounts::metaWabaId)
        || source == QString::fromUtf16(SandboxAccounts::metaSecondWabaId);
    if (!account || sourceStore.isEmpty())
        return MetaSandbox::error(400, 100, u"(#100) Invalid parameter"_s,
            u"Templates can only be migrated between WhatsApp Business Accounts owned by the same business."_s);
    if (source == destinationWabaId)
        return MetaSandbox::error(400, 100, u"(#100) Invalid parameter"_s,
            u"The source and destination WhatsApp Business Accounts must differ."_s);
    const int count = body.contains(u"count"_s) ? body.value(u"count"_s).toInt(-1) : kMostPerRequest;
    if (count < 1 || count > kMostPerRequest)
        return MetaSandbox::error(400, 100, u"(#100) Param count must be between 1 and 500"_s);
    const int page = body.value(u"page_number"_s).toInt(0);
    if (page < 0)
        return MetaSandbox::error(400, 100, u"(#100) Param page_number must be a non-negative integer"_s);
    QStringList named;
    for (const QJsonValue& v : body.value(u"template_ids"_s).toArray())
        named << v.toVariant().toString();
    if (named.size() > kMostPerRequest)
        return MetaSandbox::error(400, 100, u"(#100) Param template_ids must have at most 500 elements"_s);

    const QString destinationStore = SandboxAccounts::metaTemplateStore(destinationWabaId);
    const QList<SandboxTemplate> sources = state.templates(sourceStore);
    const QList<SandboxTemplate> existing = state.templates(destinationStore);
    QList<SandboxTemplate> chosen;
    QJsonObject failed;
    if (!named.isEmpty()) {
        for (const QString& id : std::as_const(named)) {
            const auto found = std::find_if(
                sources.cbegin(), sources.cend(), [&id](const SandboxTemplate& t) { return t.id == id; });
            if (found == sources.cend())
                failed.insert(id, u"Template not found in the source WhatsApp Business Account."_s);
            else
                chosen << *found;
        }
    } else {
        for (qsizetype i = qsizetype(page) * count; i < sources.size() && chosen.size() < count; ++i)
            chosen << sources.at(i);
    }
    QJsonArray migrated;
    for (const SandboxTemplate& t : std::as_const(chosen)) {
        if (t.status != u"APPROVED"_s) {
            failed.insert(t.id, u"Only APPROVED templates with a GREEN or UNKNOWN quality score can be migrated."_s);
            continue;
        }
        const bool taken = std::any_of(existing.cbegin(), existing.cend(),
            [&t](const SandboxTemplate& e) { return e.name == t.name && e.language == t.language; });
        if (taken) {
            failed.insert(t.id, u"A template with this name and language already exists in the destination."_s);
            continue;
        }
        SandboxTemplate copy = t; // recreated, with the status it had; Meta may re-check its category later
        copy.id = QString::number(1689556908300000LL + QRandomGenerator::global()->bounded(99999));
        copy.decision.clear();
        copy.decideAtMs = 0;
        state.addTemplate(destinationStore, copy);
        migrated.append(t.id);
    }
    return SandboxReply::json(200, {{u"migrated_templates"_s, migrated}, {u"failed_templates"_s, failed}});
}
} // namespace SandboxTemplateMigration
