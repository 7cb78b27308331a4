#include "templatecopyjob.h"

#include "migrationplan.h"
#include "providers/messagingprovider.h"
#include "providers/providerregistry.h"
#include "templatecopy.h"
#include "templates/templatecatalogue.h"
#include "templates/templatesync.h"
#include "templates/twiliocontent.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

QStringList TemplateCopyJob::missingKeys(const MigrationPlan& plan)
{
    QStringList keys;
    for (const MigrationPlan::PendingBroadcast& b : plan.broadcasts) {
        if (!b.problem.isEmpty() && !b.templateKey.isEmpty() && b.newTemplateKey.isEmpty()
            && !keys.contains(b.templateKey))
            keys << b.templateKey;
    }
    return keys;
}

namespace {
ProviderCapabilities capabilitiesOf(const ProviderRegistry& registry, const QString& kind)
{
    const ProviderDescriptor* d = registry.find(kind);
    return d ? d->capabilities : ProviderCapabilities {};
}

// The account a sender's templates belong to, where its provider names one.
QString accountOf(const ProviderRegistry& registry, const Profile& sender)
{
    const ProviderDescriptor* d = registry.find(sender.kind);
    return d && !d->accountSetting.isEmpty() ? sender.setting(d->accountSetting).trimmed() : QString();
}
} // namespace

TemplateCopyJob::TemplateCopyJob(TemplateCatalogue& catalogue,
    MessagingProvider& provider,
    const ProviderRegistry& registry,
    Profile from,
    Profile to,
    QObject* parent)
    : QObject(parent)
    , m_catalogue(catalogue)
    , m_provider(provider)
    , m_capabilities(capabilitiesOf(registry, to.kind))
    , m_from(std::move(from))
    , m_to(std::move(to))
{
    const QString source = accountOf(registry, m_from);
    const QString destination = accountOf(registry, m_to);
    if (m_capabilities.templateMigration && capabilitiesOf(registry, m_from.kind).templateMigration && !source.isEmpty()
        && !destination.isEmpty() && source != destination)
        m_sourceAccount = source;
}

void TemplateCopyJob::start(const QStringList& keys)
{
    QList<MessageTemplate> originals;
    for (const QString& key : keys) {
        const Result<std::optional<MessageTemplate>> found = m_catalogue.find(m_from.id, key);
        if (found.isOk() && found.value())
            originals << *found.value();
        else
            m_outcome.problems << QCoreApplication::translate(
                "MigrationPlan", "%1: Tandem does not have its text; sync \"%2\"'s templates first.")
                                      .arg(key, m_from.name);
    }
    if (originals.isEmpty())
        return finish();
    if (!m_sourceAccount.isEmpty())
        return copyBetweenAccounts(originals);
    submitEach(originals);
}

void TemplateCopyJob::copyBetweenAccounts(const QList<MessageTemplate>& originals)
{
    QStringList ids;
    for (const MessageTemplate& t : originals) {
        if (!t.providerId.isEmpty())
            ids << t.providerId;
    }
    ProviderJob* job = m_provider.migrateTemplates(m_sourceAccount, ids);
    connect(job, &ProviderJob::finished, this, [this, originals](const ProviderResult& result) {
        if (!result.isOk()) {
            // Accounts of different businesses, for one: each template goes for review instead.
            m_outcome.notes << QCoreApplication::translate("MigrationPlan",
                "The templates were not copied between the accounts (%1); each one is submitted for review instead.")
                                   .arg(result.error.providerMessage.isEmpty() ? result.error.explanation
                                                                               : result.error.providerMessage);
            return submitEach(originals);
        }
        const QStringList migrated = result.details.value(u"migrated"_s).toStringList();
        const QVariantMap failed = result.details.value(u"failed"_s).toMap();
        for (const MessageTemplate& t : originals) {
            if (migrated.contains(t.providerId))
                ++m_outcome.submitted;
            else
                m_outcome.problems << u"%1: %2"_s.arg(t.name,
                    failed.value(t.providerId, QCoreApplication::translate("MigrationPlan", "not copied")).toString());
        }
        m_outcome.copied = m_outcome.submitted > 0;
        // The copies have ids of their own in the new account: its catalogue is read again.
        auto* sync = new TemplateSync(m_catalogue, m_provider, m_capabilities, m_to.id, this);
        connect(sync, &TemplateSync::finished, this, [this, sync](const TemplateSync::Outcome& synced) {
            sync->deleteLater();
            if (!synced.status.isOk())
                m_outcome.problems << QCoreApplication::translate(
                    "MigrationPlan", "Copied, but \"%1\"'s templates could not be read: %2")
                                          .arg(m_to.name, synced.status.error());
            finish();
        });
        sync->start();
    });
}

void TemplateCopyJob::submitEach(const QList<MessageTemplate>& originals)
{
    m_outstanding = int(originals.size());
    const bool content = m_capabilities.templateStyle == TemplateStyle::ContentSid;
    for (const MessageTemplate& original : std::as_const(originals)) {
        const TemplateCopy copy = TemplateCopy::of(original);
        ProviderJob* job = m_provider.createTemplate(content ? twilioContentFrom(copy.definition) : copy.definition);
        connect(job, &ProviderJob::finished, this, [this, original, copy, content](const ProviderResult& result) {
            if (result.isOk()) {
                MessageTemplate t = MessageTemplate::fromMeta(copy.definition, m_to.id);
                t.provider = m_to.kind;
                t.style = content ? TemplateStyle::ContentSid : TemplateStyle::NamedWithLanguage;
                t.providerId = result.messageId;
                t.status = result.status.isEmpty() ? u"pending"_s : result.status;
                const Status kept = m_catalogue.upsert(t);
                const Status linked
                    = kept.isOk() ? m_catalogue.link(m_from.id, original.key(), m_to.id, t.key()) : kept;
                if (linked.isOk())
                    ++m_outcome.submitted;
                else
                    m_outcome.problems << u"%1: %2"_s.arg(original.name, linked.error());
            } else {
                m_outcome.problems << u"%1: %2"_s.arg(original.name, result.error.explanation);
            }
            if (--m_outstanding == 0)
                finish();
        });
    }
}

void TemplateCopyJob::finish()
{
    QMetaObject::invokeMethod(
        this, [this] { Q_EMIT finished(m_outcome); }, Qt::QueuedConnection);
}
