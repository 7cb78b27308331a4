#pragma once

#include "model/profile.h"
#include "providers/providerdescriptor.h"

#include <QObject>
#include <QStringList>

class MessagingProvider;
class TemplateCatalogue;
struct MigrationPlan;

// Submits, for WhatsApp's review at the new sender of a move, the templates its waiting broadcasts use and the new
// sender lacks: each one's TemplateCopy (as Content for Twilio), one request each. What the provider took is kept
// in the new sender's catalogue, pending, and linked to the original as the same message, so the broadcasts move
// once it is approved. The window's migration assistant and `tandem-cli migrate run --create-templates` both use
// it. Emits finished once.
class TemplateCopyJob : public QObject
{
    Q_OBJECT
public:
    struct Outcome
    {
        int submitted = 0;
        QStringList problems; // "name: why", one per template that was not taken
    };

    // The keys of the templates at the old sender that waiting broadcasts need and the new sender lacks.
    static QStringList missingKeys(const MigrationPlan& plan);

    TemplateCopyJob(TemplateCatalogue& catalogue,
        MessagingProvider& provider,
        const ProviderCapabilities& capabilities,
        Profile from,
        Profile to,
        QObject* parent = nullptr);

    void start(const QStringList& keys);

Q_SIGNALS:
    void finished(const TemplateCopyJob::Outcome& outcome);

private:
    void finish();

    TemplateCatalogue& m_catalogue;
    MessagingProvider& m_provider;
    const ProviderCapabilities m_capabilities;
    const Profile m_from;
    const Profile m_to;
    Outcome m_outcome;
    int m_outstanding = 0;
};

Q_DECLARE_METATYPE(TemplateCopyJob::Outcome)
