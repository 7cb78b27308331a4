#pragma once

#include "forms/configform.h"

#include <QHash>
#include <QWizardPage>

struct AppServices;
struct ProviderDescriptor;
class QLineEdit;
class QPushButton;
class QStackedWidget;

// The settings of the chosen provider in a form generated from the registry, and the sender's name. Next stays
// disabled until every required field is valid.
class ConfigurePage : public QWizardPage
{
    Q_OBJECT
public:
    ConfigurePage(AppServices& services, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

    QString kind() const;
    // The chosen provider's descriptor (nullptr before one is chosen).
    const ProviderDescriptor* descriptor() const;
    QString senderName() const;
    ConfigForm::Values values() const;
    // Values to start from (switching provider keeps the name and the country).
    void prefill(const QString& name, const QString& region);

private:
    ConfigForm* form() const;
    void fillDemoCredentials();

    AppServices& m_services;
    QLineEdit* m_name;
    QStackedWidget* m_forms;
    QHash<QString, ConfigForm*> m_byKind;
    QPushButton* m_demoFill;
    QString m_prefillRegion;
};
