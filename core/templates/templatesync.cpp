#include "templatesync.h"

#include "providers/messagingprovider.h"
#include "templatecatalogue.h"

#include <QDateTime>
#include <QJsonObject>

using namespace Qt::StringLiterals;

TemplateSync::TemplateSync(TemplateCatalogue& catalogue,
    MessagingProvider& provider,
    const ProviderCapabilities& capabilities,
    qint64 profileId,
    QObject* parent)
    : QObject(parent)
    , m_catalogue(catalogue)
    , m_provider(provider)
    , m_capabilities(capabilities)
    , m_profileId(profileId)
{ }

void TemplateSync::start()
{
    page(QString());
}

void TemplateSync::page(const QString& next)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (m_capabilities.templateRequestsPerHour > 0) {
        const Result<bool> allowed = m_catalogue.takeRequests(m_profileId, 1, now);
        if (!allowed.isOk())
            return finish({allowed.status(), 0, m_pages});
        if (!allowed.value())
            return finish({Status::failure(tr("Meta allows %1 template requests an hour for an account, and this "
                                              "hour's are used up. Try again in an hour; the catalogue stays as it "
                                              "was.")
                                               .arg(TemplateCatalogue::kRequestsPerHour)),
                0, m_pages});
    }
    ProviderJob* job = m_provider.listTemplates(next);
    connect(job, &ProviderJob::finished, this, [this](const ProviderResult& result) {
        if (!result.isOk())
            return finish({Status::failure(result.error.explanation), 0, m_pages});
        ++m_pages;
        for (const QVariant& v : result.details.value(u"templates"_s).toList())
            m_found << QJsonObject::fromVariantMap(v.toMap());
        const QString following = result.details.value(u"next"_s).toString();
        if (!following.isEmpty() && m_pages < kMostPages)
            return page(following);
        QList<MessageTemplate> templates;
        const bool content = m_capabilities.templateStyle == TemplateStyle::ContentSid;
        for (const QJsonObject& raw : std::as_const(m_found))
            templates << (content ? MessageTemplate::fromTwilio(raw, m_profileId)
                                  : MessageTemplate::fromMeta(raw, m_profileId));
        const Status stored = m_catalogue.replace(m_profileId, templates, QDateTime::currentMSecsSinceEpoch());
        finish({stored, int(templates.size()), m_pages});
    });
}

void TemplateSync::finish(const Outcome& outcome)
{
    QMetaObject::invokeMethod(
        this, [this, outcome] { Q_EMIT finished(outcome); }, Qt::QueuedConnection);
}
