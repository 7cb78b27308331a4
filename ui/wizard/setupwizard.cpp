#include "setupwizard.h"
#include "common/screenfit.h"

#include "appservices.h"
#include "configurepage.h"
#include "donepage.h"
#include "providerpage.h"
#include "setupcontroller.h"
#include "testmessagepage.h"
#include "verifypage.h"
#include "welcomepage.h"

using namespace Qt::StringLiterals;

SetupWizard::SetupWizard(AppServices& services, QWidget* parent)
    : QWizard(parent), m_controller(new SetupController(services, this))
{
    setObjectName(u"setupWizard"_s);
    setWindowTitle(tr("Set up WhatsApp"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(WelcomePageId, new WelcomePage(services.comparison, !services.demoApiBase.isEmpty(), this));
    setPage(ProviderPageId, new ProviderPage(services, this));
    setPage(ConfigurePageId, new ConfigurePage(services, this));
    setPage(VerifyPageId, new VerifyPage(*m_controller, this));
    setPage(TestMessagePageId, new TestMessagePage(*m_controller, this));
    auto* done = new DonePage(*m_controller, this);
    setPage(DonePageId, done);
    connect(done, &DonePage::profileSaved, this, &SetupWizard::profileSaved);
    connect(m_controller, &SetupController::switched, this, &SetupWizard::switched);
    fitToScreen(this, {1000, 700});
}

void SetupWizard::switchFrom(const Profile& profile)
{
    m_controller->setReplacing(profile);
    setWindowTitle(tr("Switch \"%1\" to another provider").arg(profile.name));
    findChild<ConfigurePage*>()->prefill(profile.name, profile.setting(u"default_region"_s));
    findChild<ProviderPage*>()->selectAnotherThan(profile.kind);
}

SetupController& SetupWizard::controller()
{
    return *m_controller;
}
