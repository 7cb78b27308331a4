#pragma once

#include "providers/providerdescriptor.h"
#include "util/result.h"

#include <QObject>

class MessagingProvider;
class TemplateCatalogue;

// Reads every page of a sender's templates from its provider (Meta's message templates, Twilio's Content with
// approvals) and replaces the sender's catalogue with them. Meta's management requests are counted against its
// allowance of 200 an hour, page by page; a sync that would go over stops and says when to try again, keeping the
// catalogue as it was. Emits finished once.
class TemplateSync : public QObject
{
    Q_OBJECT
public:
    struct Outcome
    {
        Status status = Status::success();
        int templates = 0;
        int pages = 0;
    };
    static constexpr int kMostPages = 40;

    TemplateSync(TemplateCatalogue& catalogue,
        MessagingProvider& provider,
        const ProviderCapabilities& capabilities,
        qint64 profileId,
        QObject* parent = nullptr);

    void start();

Q_SIGNALS:
    void finished(const TemplateSync::Outcome& outcome);

private:
    void page(const QString& next);
    void finish(const Outcome& outcome);

    TemplateCatalogue& m_catalogue;
    MessagingProvider& m_provider;
    const ProviderCapabilities m_capabilities;
    qint64 m_profileId;
    QList<QJsonObject> m_found;
    int m_pages = 0;
};

Q_DECLARE_METATYPE(TemplateSync::Outcome)
