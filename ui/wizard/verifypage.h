#pragma once

#include "providers/providerresult.h"

#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;
class SetupController;

// Checks the credentials with the provider as soon as the page opens: a progress bar and Cancel while it runs,
// what the provider reported on success, the explanation and Retry on failure. The window never blocks.
class VerifyPage : public QWizardPage
{
    Q_OBJECT
public:
    VerifyPage(SetupController& controller, QWidget* parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

private:
    void start();
    void show(const ProviderResult& result);

    SetupController& m_controller;
    QProgressBar* m_progress;
    QLabel* m_status;
    QLabel* m_details;
    QPushButton* m_cancel;
    QPushButton* m_retry;
    bool m_running = false;
    bool m_ok = false;
};
