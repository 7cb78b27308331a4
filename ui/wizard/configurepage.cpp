#include "configurepage.h"

#include "appservices.h"
#include "providerpage.h"
#include "providers/providerregistry.h"
#include "sandbox/sandboxaccounts.h"
#include "setupwizard.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ConfigurePage::ConfigurePage(AppServices& services, QWidget* parent) : QWizardPage(parent), m_services(services)
{
    setObjectName(u"configurePage"_s);
    m_name = new QLineEdit(this);
    m_name->setObjectName(u"senderNameLineEdit"_s);
    m_name->setPlaceholderText(tr("For example: Corner Bakery"));
    auto* nameLabel = new QLabel(tr("&Sender name *"), this);
    nameLabel->setBuddy(m_name);
    auto* top = new QFormLayout;
    top->addRow(nameLabel, m_name);

    m_forms = new QStackedWidget(this);
    for (const ProviderDescriptor& d : services.registry.all()) {
        auto* form = new ConfigForm(d, m_forms);
        m_forms->addWidget(form);
        m_byKind.insert(d.kind, form);
        connect(form, &ConfigForm::changed, this, &ConfigurePage::completeChanged);
    }
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_forms);

    m_demoFill = new QPushButton(tr("Fill in the demo credentials"), this);
    m_demoFill->setObjectName(u"fillDemoButton"_s);
    m_demoFill->setVisible(!services.demoApiBase.isEmpty());
    m_demoFill->setAutoDefault(false); // after it, Enter is Next's
    connect(m_demoFill, &QPushButton::clicked, this, &ConfigurePage::fillDemoCredentials);
    connect(m_name, &QLineEdit::textChanged, this, &ConfigurePage::completeChanged);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_demoFill, 0, Qt::AlignLeft);
    layout->addWidget(scroll, 1);
    // Tab goes from the name to the demo's button, before the provider's fields (made before it).
    setTabOrder(m_name, m_demoFill);
}

QString ConfigurePage::kind() const
{
    return static_cast<SetupWizard*>(wizard())->findChild<ProviderPage*>()->selectedKind();
}

const ProviderDescriptor* ConfigurePage::descriptor() const
{
    return m_services.registry.find(kind());
}

ConfigForm* ConfigurePage::form() const
{
    return m_byKind.value(kind());
}

void ConfigurePage::initializePage()
{
    const ProviderDescriptor* d = m_services.registry.find(kind());
    if (!d)
        return;
    setTitle(tr("Connect %1").arg(d->displayName));
    setSubTitle(tr("Copy these from your %1 account. Fields marked * are needed; hover over a field for where to "
                   "find it.")
                    .arg(d->displayName));
    m_forms->setCurrentWidget(form());
    if (!m_prefillRegion.isEmpty()) {
        QVariantMap settings = form()->values().settings;
        settings.insert(u"default_region"_s, m_prefillRegion);
        form()->setValues(settings);
    }
    if (m_name->text().isEmpty())
        m_name->setFocus();
    else if (form()->firstInput())
        form()->firstInput()->setFocus();
}

bool ConfigurePage::isComplete() const
{
    return !m_name->text().trimmed().isEmpty() && form() && form()->isComplete();
}

QString ConfigurePage::senderName() const
{
    return m_name->text().trimmed();
}

ConfigForm::Values ConfigurePage::values() const
{
    return form() ? form()->values() : ConfigForm::Values();
}

void ConfigurePage::prefill(const QString& name, const QString& region)
{
    m_name->setText(name);
    m_prefillRegion = region;
}

void ConfigurePage::fillDemoCredentials()
{
    const QString base = m_services.demoApiBase;
    if (m_name->text().isEmpty())
        m_name->setText(tr("Demo shop"));
    const SandboxAccounts::Credentials demo = SandboxAccounts::credentialsFor(kind(), base);
    form()->setValues(demo.settings);
    for (auto it = demo.secrets.cbegin(); it != demo.secrets.cend(); ++it)
        form()->setSecret(it.key(), it.value());
}
