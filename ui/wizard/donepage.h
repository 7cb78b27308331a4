#pragma once

#include "model/profile.h"
#include "util/result.h"

#include <QWizardPage>

class QLabel;
class QPushButton;
class SetupController;

// Saves the sender (settings in the database, tokens in the keychain) and says so; a keychain failure is shown
// with a retry, and nothing is left half-saved.
class DonePage : public QWizardPage
{
    Q_OBJECT
public:
    DonePage(SetupController& controller, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    qint64 savedProfileId() const;

Q_SIGNALS:
    void profileSaved(qint64 profileId);

private:
    void save();
    void show(const Status& status, const Profile& profile);

    SetupController& m_controller;
    QLabel* m_status;
    QPushButton* m_retry;
    qint64 m_savedId = 0;
    bool m_saving = false;
};
