#pragma once

#include <QWizard>

struct AppServices;
struct Profile;
class SetupController;

// "Set up WhatsApp": welcome, choose a provider (with the comparison), configure, verify, optional test
// message, done. Also used to switch a saved sender to the other provider.
class SetupWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId
    {
        WelcomePageId,
        ProviderPageId,
        ConfigurePageId,
        VerifyPageId,
        TestMessagePageId,
        DonePageId
    };

    explicit SetupWizard(AppServices& services, QWidget* parent = nullptr);

    // Starts from a saved sender: its name and country are filled in; once the new one is saved, switched() offers
    // to move the number and the pending broadcasts to it.
    void switchFrom(const Profile& profile);
    SetupController& controller();

Q_SIGNALS:
    void profileSaved(qint64 profileId);
    void switched(qint64 oldProfileId, qint64 newProfileId);

private:
    SetupController* m_controller;
};
