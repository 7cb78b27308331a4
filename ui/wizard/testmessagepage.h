#pragma once

#include "providers/providerresult.h"

#include <QWizardPage>

class ConfigurePage;
class QLabel;
class QLineEdit;
class QPushButton;
class SetupController;

// Optional: one message to the owner's own phone, to see it arrive. Meta only lets a business start a chat with
// an approved template, so Meta senders send the hello_world template every WhatsApp account has.
class TestMessagePage : public QWizardPage
{
    Q_OBJECT
public:
    TestMessagePage(SetupController& controller, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

private:
    ConfigurePage* configure() const;
    void send();
    void show(const ProviderResult& result);

    SetupController& m_controller;
    QLineEdit* m_number;
    QLabel* m_what;
    QPushButton* m_send;
    QLabel* m_result;
    bool m_sending = false;
};
