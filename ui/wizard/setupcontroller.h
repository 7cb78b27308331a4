#pragma once

#include "forms/configform.h"
#include "model/outgoingmessage.h"
#include "model/profile.h"
#include "providers/providerresult.h"
#include "util/result.h"

#include <QObject>
#include <QPointer>

#include <optional>

struct AppServices;
class ProviderJob;

// The wizard's async work: checking credentials, sending a test message and saving, each through the core.
// Pages only collect input and show what this reports.
class SetupController : public QObject
{
    Q_OBJECT
public:
    explicit SetupController(AppServices& services, QObject* parent = nullptr);

    // Switching provider: the new sender is saved beside the old one, which keeps its broadcasts until the number
    // moves (switched()).
    void setReplacing(const Profile& old);
    std::optional<Profile> replacing() const;

    void verify(const QString& kind, const ConfigForm::Values& values);
    void sendTest(const QString& kind, const ConfigForm::Values& values, const OutgoingMessage& message);
    void save(const QString& name, const QString& kind, const ConfigForm::Values& values);
    // Stops waiting for the running check or test message.
    void cancel();
    AppServices& services();

Q_SIGNALS:
    void verified(const ProviderResult& result);
    void testSent(const ProviderResult& result);
    void saved(const Status& status, const Profile& profile);
    // A sender was set up to replace another (switching provider): the old one waits for its number to move.
    void switched(qint64 oldProfileId, qint64 newProfileId);

private:
    Profile draft(const QString& name, const QString& kind, const ConfigForm::Values& values) const;
    template<typename Signal>
    void run(const QString& kind,
        const ConfigForm::Values& values,
        ProviderJob* (*call)(MessagingProvider*, const OutgoingMessage&),
        const OutgoingMessage& message,
        Signal signal);
    void finishSave(const Status& status, const Profile& profile, const ConfigForm::Values& values);

    AppServices& m_services;
    QPointer<ProviderJob> m_job;
    std::optional<Profile> m_replacing;
    // The last check and what it checked: a sender saved with exactly these values keeps its outcome.
    struct Checked
    {
        QString kind;
        ConfigForm::Values values;
        ProviderResult result;
    };
    std::optional<Checked> m_checked;
};
