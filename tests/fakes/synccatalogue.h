#pragma once

// Reads a sender's templates from its provider into the catalogue, as the Templates screen's Sync does, and waits
// for it (at most 10 s) (tst_templates, tst_templatemigration).
#include "providers/messagingprovider.h"
#include "providers/providerregistry.h"
#include "storage/database.h"
#include "templates/templatecatalogue.h"
#include "templates/templatesync.h"

#include <QSignalSpy>

inline TemplateSync::Outcome syncCatalogue(
    Database& database, MessagingProvider& provider, const ProviderRegistry& registry, const Profile& sender)
{
    TemplateCatalogue catalogue(database);
    TemplateSync job(catalogue, provider, registry.find(sender.kind)->capabilities, sender.id);
    QSignalSpy done(&job, &TemplateSync::finished);
    job.start();
    if (!done.wait(10000))
        return {Status::failure(QStringLiteral("no answer within 10 s")), 0, 0};
    return done.first().first().value<TemplateSync::Outcome>();
}
