#include "editprofiledialog.h"
#include "common/screenfit.h"

#include "appservices.h"
#include "configform.h"
#include "profiles/profileservice.h"
#include "providers/providerregistry.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

EditProfileDialog::EditProfileDialog(AppServices& services, const Profile& profile, QWidget* parent)
    : QDialog(parent), m_services(services), m_profile(profile)
{
    setObjectName(u"editProfileDialog"_s);
    setWindowTitle(tr("Edit \"%1\"").arg(profile.name));
    auto* layout = new QVBoxLayout(this);
    m_status = new QLabel(services.tokensInMemory ? QString() : tr("Reading the keychain…"), this);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setObjectName(u"editStatusLabel"_s);
    m_status->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(u"saveButton"_s);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(false);
    if (const ProviderDescriptor* d = services.registry.find(profile.kind)) {
        m_form = new ConfigForm(*d, this);
        m_form->setSecretsInMemory(services.tokensInMemory);
        m_form->setEnabled(false);
        layout->addWidget(scrollable(m_form, this), 1); // its advanced settings scroll on a small screen
        connect(m_form, &ConfigForm::changed, this,
            [this] { m_buttons->button(QDialogButtonBox::Save)->setEnabled(m_form->isComplete()); });
    }
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &EditProfileDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    fitToScreen(this, {640, 560});

    // Only which secrets exist is kept here, never their values.
    ProfileJob* job = services.profileService.loadSecrets(profile);
    connect(job, &ProfileJob::finished, this, [this](const ProfileOutcome& outcome) {
        if (!m_form)
            return;
        QSet<QString> stored;
        for (auto it = outcome.secrets.cbegin(); it != outcome.secrets.cend(); ++it)
            stored.insert(it.key());
        m_form->setValues(m_profile.settings, stored);
        m_form->setEnabled(true);
        m_status->setText(outcome.status.isOk() ? QString() : outcome.status.error());
        m_buttons->button(QDialogButtonBox::Save)->setEnabled(m_form->isComplete());
    });
}

void EditProfileDialog::save()
{
    const ConfigForm::Values values = m_form->values();
    Profile changed = m_profile;
    changed.settings = values.settings;
    m_buttons->setEnabled(false);
    m_status->setText(tr("Saving…"));
    ProfileJob* job = m_services.profileService.update(changed, values.secrets);
    connect(job, &ProfileJob::finished, this, [this](const ProfileOutcome& outcome) {
        m_buttons->setEnabled(true);
        if (!outcome.status.isOk()) {
            m_status->setText(outcome.status.error());
            return;
        }
        Q_EMIT profileSaved(outcome.profile.id);
        accept();
    });
}
