#include "donepage.h"

#include "appservices.h"
#include "configurepage.h"
#include "setupcontroller.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <QWizard>

using namespace Qt::StringLiterals;

DonePage::DonePage(SetupController& controller, QWidget* parent) : QWizardPage(parent), m_controller(controller)
{
    setObjectName(u"donePage"_s);
    setTitle(tr("Saving your sender"));
    setFinalPage(true);
    m_status = new QLabel(this);
    m_status->setObjectName(u"doneStatusLabel"_s);
    m_status->setWordWrap(true);
    m_retry = new QPushButton(tr("Try saving again"), this);
    m_retry->setObjectName(u"retrySaveButton"_s);
    m_retry->hide();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_retry, 0, Qt::AlignLeft);
    layout->addStretch();
    connect(m_retry, &QPushButton::clicked, this, &DonePage::save);
    connect(&m_controller, &SetupController::saved, this, &DonePage::show);
}

void DonePage::initializePage()
{
    if (m_savedId == 0)
        save();
}

void DonePage::save()
{
    auto* configure = wizard()->findChild<ConfigurePage*>();
    m_saving = true;
    m_retry->hide();
    m_status->setText(tr("Saving…"));
    Q_EMIT completeChanged();
    m_controller.save(configure->senderName(), configure->kind(), configure->values());
}

void DonePage::show(const Status& status, const Profile& profile)
{
    m_saving = false;
    if (status.isOk()) {
        m_savedId = profile.id;
        setTitle(tr("All set"));
        m_status->setText(!m_controller.services().tokensInMemory
                ? tr("\"%1\" is ready. Its settings are saved in Tandem and its token in your system "
                     "keychain. Press Finish to see your senders.")
                      .arg(profile.name)
                : tr("\"%1\" is ready for the demo. Its token stays in memory until Tandem closes. Press Finish "
                     "to see your senders.")
                      .arg(profile.name));
        Q_EMIT profileSaved(profile.id);
    } else {
        m_status->setText(tr("✘ %1").arg(status.error()));
        m_retry->show();
    }
    Q_EMIT completeChanged();
}

bool DonePage::isComplete() const
{
    return !m_saving && m_savedId != 0;
}

qint64 DonePage::savedProfileId() const
{
    return m_savedId;
}
