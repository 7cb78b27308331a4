#include "verifypage.h"

#include "common/problemtext.h"
#include "configurepage.h"
#include "setupcontroller.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QWizard>

using namespace Qt::StringLiterals;

namespace {
// Meta's quality rating of a number (GREEN, YELLOW, RED, UNKNOWN), as the owner reads it in WhatsApp Manager.
QString qualityInWords(const QString& rating)
{
    if (rating == u"GREEN"_s)
        return VerifyPage::tr("high (green): customers are happy with your messages");
    if (rating == u"YELLOW"_s)
        return VerifyPage::tr("medium (yellow): some customers blocked or reported you lately");
    if (rating == u"RED"_s)
        return VerifyPage::tr("low (red): many customers blocked or reported you; your sending limit may drop");
    return VerifyPage::tr("not rated yet");
}
} // namespace

VerifyPage::VerifyPage(SetupController& controller, QWidget* parent) : QWizardPage(parent), m_controller(controller)
{
    setObjectName(u"verifyPage"_s);
    setTitle(tr("Checking the connection"));
    setSubTitle(tr("Tandem asks the provider whether these credentials work. Nothing is sent to anyone."));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"verifyProgressBar"_s);
    m_progress->setRange(0, 0);
    m_status = new QLabel(this);
    m_status->setObjectName(u"verifyStatusLabel"_s);
    m_status->setWordWrap(true);
    m_details = new QLabel(this);
    m_details->setObjectName(u"verifyDetailsLabel"_s);
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText); // names and errors as the provider wrote them, never markup
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_cancel = new QPushButton(tr("Cancel check"), this);
    m_cancel->setObjectName(u"cancelVerifyButton"_s);
    m_retry = new QPushButton(tr("Try again"), this);
    m_retry->setObjectName(u"retryVerifyButton"_s);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_retry);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_details);
    layout->addLayout(buttons);
    layout->addStretch();
    connect(m_cancel, &QPushButton::clicked, &m_controller, &SetupController::cancel);
    connect(m_retry, &QPushButton::clicked, this, &VerifyPage::start);
    connect(&m_controller, &SetupController::verified, this, &VerifyPage::show);
}

void VerifyPage::initializePage()
{
    start();
}

void VerifyPage::cleanupPage()
{
    if (m_running)
        m_controller.cancel();
}

void VerifyPage::start()
{
    auto* configure = wizard()->findChild<ConfigurePage*>();
    m_ok = false;
    m_running = true;
    m_progress->show();
    m_cancel->show();
    m_cancel->setFocus();
    m_retry->hide();
    m_details->clear();
    m_status->setText(tr("Asking %1…").arg(configure->descriptor() ? configure->descriptor()->displayName : QString()));
    Q_EMIT completeChanged();
    m_controller.verify(configure->kind(), configure->values());
}

void VerifyPage::show(const ProviderResult& result)
{
    m_running = false;
    m_progress->hide();
    m_cancel->hide();
    m_ok = result.isOk();
    if (result.cancelled) {
        m_status->setText(tr("Check cancelled."));
    } else if (m_ok) {
        const QVariantMap& d = result.details;
        m_status->setText(tr("✔ The connection works."));
        if (d.contains(u"display_phone_number"_s))
            m_details->setText(
                tr("Number: %1\nVerified name: %2\nQuality rating: %3")
                    .arg(d.value(u"display_phone_number"_s).toString(), d.value(u"verified_name"_s).toString(),
                        qualityInWords(d.value(u"quality_rating"_s).toString())));
        else if (d.contains(u"webhook_url"_s)) // a key for one number, which names nothing else
            m_details->setText(d.value(u"webhook_url"_s).toString().isEmpty()
                    ? tr("The API key works.\nWebhooks: not set yet; Tandem sets them once its receiver has a public "
                         "address.")
                    : tr("The API key works.\nWebhooks go to: %1").arg(d.value(u"webhook_url"_s).toString()));
        else
            m_details->setText(
                tr("Account: %1\nStatus: %2")
                    .arg(d.value(u"friendly_name"_s).toString(), d.value(u"account_status"_s).toString()));
    } else {
        m_status->setText(tr("✘ The check failed."));
        m_details->setText(result.error.explanation + u"\n\n"_s
            + tr("(%1)").arg(ProblemText::of(errorClassName(result.error.errorClass), result.error.code)));
    }
    m_retry->setVisible(!m_ok);
    Q_EMIT completeChanged();
    // The focused Cancel button just disappeared; put focus where Return should lead, not on Back.
    if (m_ok)
        wizard()->button(QWizard::NextButton)->setFocus();
    else
        m_retry->setFocus();
}

bool VerifyPage::isComplete() const
{
    return m_ok && !m_running;
}
