#pragma once

#include "model/profile.h"
#include "providers/providerdescriptor.h"
#include "templates/messagetemplate.h"

#include <QObject>
#include <QStringList>

class MessagingProvider;
class ProviderRegistry;
class TemplateCatalogue;
struct MigrationPlan;

// Submits, for WhatsApp's review at the new sender of a move, the templates its waiting broadcasts use and the new
// sender lacks: each one's TemplateCopy (as Content for Twilio), one request each. What the provider took is kept
// in the new sender's catalogue, pending, and linked to the original as the same message, so the broadcasts move
// once it is approved. Between two accounts of one business where the provider can copy them (Meta's
// migrate_message_templates: ProviderCapabilities::templateMigration), they are copied in one request, approved as
// they were, and the new sender's catalogue is synced; when the provider will not copy them (accounts of different
// businesses), each is submitted as above. The window's migration assistant and `tandem-cli migrate run
// --create-templates` both use it. Emits finished once.
class TemplateCopyJob : public QObject
{
    Q_OBJECT
public:
    struct Outcome
    {
        int submitted = 0; // submitted for review, or copied
        bool copied = false; // copied between accounts, approved already: no review to wait for
        QStringList problems; // "name: why", one per template that was not taken
        QStringList notes; // what happened instead of what was asked
    };

    // The keys of the templates at the old sender that waiting broadcasts need and the new sender lacks.
    static QStringList missingKeys(const MigrationPlan& plan);

    // `provider` is the new sender's.
    TemplateCopyJob(TemplateCatalogue& catalogue,
        MessagingProvider& provider,
        const ProviderRegistry& registry,
        Profile from,
        Profile to,
        QObject* parent = nullptr);

    void start(const QStringList& keys);

Q_SIGNALS:
    void finished(const TemplateCopyJob::Outcome& outcome);

private:
    void submitEach(const QList<MessageTemplate>& originals);
    void copyBetweenAccounts(const QList<MessageTemplate>& originals);
    void finish();

    TemplateCatalogue& m_catalogue;
    MessagingProvider& m_provider;
    const ProviderCapabilities m_capabilities;
    const Profile m_from;
    const Profile m_to;
    QString m_sourceAccount; // the old sender's account, when the provider can copy from it
    Outcome m_outcome;
    int m_outstanding = 0;
};

Q_DECLARE_METATYPE(TemplateCopyJob::Outcome)
