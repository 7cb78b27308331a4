#include "templatecopyjob.h"

#include "migrationplan.h"
#include "providers/messagingprovider.h"
#include "templatecopy.h"
#include "templates/templatecatalogue.h"
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

TemplateCopyJob::TemplateCopyJob(TemplateCatalogue& catalogue,
    MessagingProvider& provider,
    const ProviderCapabilities& capabilities,
    Profile from,
    Profile to,
    QObject* parent)
    : QObject(parent)
    , m_catalogue(catalogue)
    , m_provider(provider)
    , m_capabilities(capabilities)
    , m_from(std::move(from))
    , m_to(std::move(to))
{ }

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
    m_outstanding = int(originals.size());
    if (m_outstanding == 0)
        return finish();
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
